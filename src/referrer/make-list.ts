/**
 * "Maak een lijst" on /op-maat/: the chosen activities on A4 (name, when, where, price, phone), in
 * the fan's font. Loaded only on that click, with pdf-lib; the font comes ready-made from the build
 * (op-maat/lettertype.pdf and .json), so fontkit never loads in the browser.
 */
import { shortUrl } from '../model/contact.ts';
import { fromCarrier, type FontMetrics } from './list-fonts.ts';
import type { ChoiceData, ChoosableCard } from './choose.ts';
import { opMaat as s } from './strings.ts';
import { textPdf, type TextBlock } from './text-pdf.ts';

async function fetched(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export function listBlocks(data: Pick<ChoiceData, 'site' | 'url'>, cards: readonly ChoosableCard[]): TextBlock[] {
  return [
    { kind: 'title', text: s.listTitle(data.site) },
    { kind: 'text', text: s.listIntro(cards.length) },
    ...cards.map((c): TextBlock => ({
      kind: 'item',
      title: c.title,
      lines: [c.when, c.where, c.price, c.phone && `${s.phone} ${c.phone}`, shortUrl(new URL(c.page, data.url).href)].filter((l): l is string => Boolean(l)),
    })),
    { kind: 'text', text: s.listMore(shortUrl(data.url)), muted: true },
  ];
}

/** `base`: the folder of /op-maat/, where the build put the font files. */
export async function makeList(data: ChoiceData, cards: readonly ChoosableCard[], base: URL): Promise<Uint8Array> {
  const [carrier, metrics] = await Promise.all([
    fetched(new URL('lettertype.pdf', base)).then(async (r) => new Uint8Array(await r.arrayBuffer())),
    fetched(new URL('lettertype.json', base)).then((r) => r.json() as Promise<FontMetrics>),
  ]);
  return textPdf({
    ...(await fromCarrier(carrier, metrics)),
    title: s.listTitle(data.site),
    subject: s.listIntro(cards.length),
    author: data.site,
    date: new Date(),
    blocks: listBlocks(data, cards),
  });
}
