/**
 * The fan as a reader with low vision gets it: pdf.js reads the size of every character back from
 * the PDFs (most at 12 pt or more, none under 9 pt), poppler finds every phone number and address
 * whole on one line, on the sample content and with the longest texts the schema allows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { fanOffers, layOutDeck, officePdf, printShopPdf, singleCardPdf, fanProblems } from '../../src/fan/index.ts';
import { SUMMARY_MAX, TITLE_MAX } from '../../src/model/schema.ts';
import type { Site } from '../../src/model/types.ts';
import { parsePhone } from '../../src/model/contact.ts';
import { charactersBySize, pdfLines, textRuns } from '../support/pdf-read.ts';

const BUILD_DATE = '2026-11-26';
const sample = (): Site => checkContent('content', { buildDate: BUILD_DATE }).site!;
const dir = mkdtempSync(path.join(tmpdir(), 'fan-legible-'));

/** Fills a text up to exactly `max` characters with ordinary long Dutch words. */
function longest(start: string, max: number): string {
  const words = ['vrijetijdsaanbod', 'kinderopvang', 'sportvereniging', 'gemeentelijke', 'wijkwerking', 'inschrijvingen'];
  let out = start;
  for (let i = 0; out.length < max - 1; i++) out += ` ${words[i % words.length]}`;
  return `${out.slice(0, max - 1).trimEnd()}.`.padEnd(max, '.');
}

/** The sample with one offer at the schema's limits and long names, addresses and numbers. */
function longestTexts(): Site {
  const site = sample();
  const offers = site.offers.map((o) => (o.id === 'zwemmen-dilkom' ? structuredClone(o) : o));
  const o = offers.find((x) => x.id === 'zwemmen-dilkom')!;
  o.title = longest('Zwemmen', TITLE_MAX);
  o.summary = longest('Zwem in het warme binnenbad', SUMMARY_MAX);
  o.place = { ...o.place!, name: 'Gemeentelijk Sport- en Recreatiecentrum Dilkom', address: 'Kaudenaardestraat 118 bus 3, 1700 Sint-Martens-Bodegem' };
  o.contact = { phone: parsePhone('0470 12 34 56'), email: 'inschrijvingen.sport@dilbeek.example.be', website: 'https://www.example.be/sport/zwemmen/baantjes-trekken-en-vrij-zwemmen-in-dilkom' };
  return { ...site, offers };
}

async function pdfs(site: Site, name: string): Promise<{ label: string; bytes: Uint8Array; file: string }[]> {
  const deck = await layOutDeck(site);
  const out = [
    { label: `${name} waaier.pdf`, bytes: await officePdf(deck) },
    { label: `${name} waaier-drukker.pdf`, bytes: await printShopPdf(deck) },
    { label: `${name} kaart/zwemmen-dilkom.pdf`, bytes: await singleCardPdf(deck, 'zwemmen-dilkom', { subset: true }) },
  ];
  return out.map((p, i) => {
    const file = path.join(dir, `${name}-${i}.pdf`);
    writeFileSync(file, p.bytes);
    return { ...p, file };
  });
}

describe.each([['sample', sample], ['longest texts', longestTexts]] as const)('the fan of the %s', (name, make) => {
  it('fits its cards', { timeout: 120_000 }, async () => {
    expect(await fanProblems(make())).toEqual([]);
  });

  it('prints most characters at 12 pt or more and none under 9 pt', { timeout: 120_000 }, async () => {
    for (const pdf of await pdfs(make(), name.replace(' ', '-'))) {
      const sizes = charactersBySize(await textRuns(pdf.bytes));
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      const large = [...sizes].filter(([s]) => s >= 12 - 0.01).reduce((a, [, n]) => a + n, 0);
      const small = [...sizes].filter(([s]) => s < 9 - 0.01);
      expect(small, `${pdf.label}: characters under 9 pt`).toEqual([]);
      expect(large / total, `${pdf.label}: share of characters at 12 pt or more`).toBeGreaterThan(0.8);
    }
  });

  it('never splits a phone number, e-mail address or web address over two lines', { timeout: 120_000 }, async () => {
    const site = make();
    const files = await pdfs(site, `${name.replace(' ', '-')}-lines`);
    const lines = files.flatMap((f) => pdfLines(f.file));
    const whole = (s: string) => lines.some((l) => l.includes(s));
    for (const d of fanOffers(site)) {
      const c = d.contact!;
      if (c.phone) expect(whole(c.phone.display), `${d.offer.id}: ${c.phone.display}`).toBe(true);
      if (c.email) expect(whole(c.email), `${d.offer.id}: ${c.email}`).toBe(true);
    }
    expect(whole(site.settings.contact.phone!.display)).toBe(true);
    // The host of the site, or the page's full short address when that fits, is never broken.
    expect(lines.filter((l) => /vrijetijdswaaier\.dilbeek\.be/.test(l)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => /(?:^|\s)(?:www\.|vrijetijdswaaier\.)\S*-\s*$/.test(l))).toEqual([]);
  });
});
