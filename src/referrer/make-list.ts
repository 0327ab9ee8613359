/**
 * "Maak een lijst" on /op-maat/: the chosen activities on A4 (name, when, where, price, phone), in
 * the fan's font. Loaded only on that click, with pdf-lib, fontkit and the two font files.
 */
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf?url';
import { shortUrl } from '../model/contact.ts';
import type { ChoiceData, ChoosableCard } from './choose.ts';
import { opMaat as s } from './strings.ts';
import { textPdf, type TextBlock } from './text-pdf.ts';

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function listBlocks(data: Pick<ChoiceData, 'site' | 'url'>, cards: readonly ChoosableCard[]): TextBlock[] {
  return [
    { kind: 'title', text: s.listTitle(data.site) },
    { kind: 'text', text: s.listIntro(cards.length) },
    ...cards.map((c): TextBlock => ({
      kind: 'item',
      title: c.title,
      lines: [c.when, c.where, c.price, c.phone && `${s.phone} ${c.phone}`, shortUrl(`${data.url}${c.page}`)].filter((l): l is string => Boolean(l)),
    })),
    { kind: 'text', text: s.listMore(shortUrl(data.url)), muted: true },
  ];
}

export async function makeList(data: ChoiceData, cards: readonly ChoosableCard[]): Promise<Uint8Array> {
  const [regular, bold] = await Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]);
  return textPdf({
    fonts: { regular, bold },
    fontkit,
    title: s.listTitle(data.site),
    subject: s.listIntro(cards.length),
    author: data.site,
    date: new Date(),
    blocks: listBlocks(data, cards),
  });
}
