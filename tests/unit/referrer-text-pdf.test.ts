/** The plain A4 text PDF behind /nieuw.pdf and the list on /op-maat/: wrapped, continued, every word kept. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { fontBytes } from '../../src/fan/fonts.ts';
import { textPdf, withEmbeddedFonts, type TextBlock } from '../../src/referrer/text-pdf.ts';

async function render(blocks: TextBlock[]) {
  const bytes = await textPdf({ ...(await withEmbeddedFonts(fontkit, fontBytes())), title: 'Test', subject: 's', author: 'a', date: new Date('2026-11-26T00:00:00Z'), blocks });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vtw-text-pdf-')), 'x.pdf');
  writeFileSync(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { bytes, pages, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

describe('text PDF', { timeout: 60_000 }, () => {
  test('a long list goes on to a second page and loses nothing; long words are cut to fit', async () => {
    const items: TextBlock[] = Array.from({ length: 60 }, (_, i) => ({ kind: 'item', title: `Activiteit ${i + 1}`, lines: ['Woensdag van 14.00 tot 16.00 uur', '€ 4,50 per beurt'] }));
    const { pages, text } = await render([{ kind: 'title', text: 'Lijst' }, { kind: 'heading', text: 'Alles' }, ...items, { kind: 'text', text: `https://${'x'.repeat(300)}.be` }]);
    expect(pages).toBeGreaterThan(1);
    for (let i = 1; i <= 60; i++) expect(text).toContain(`Activiteit ${i} `);
    expect(text.replace(/ /g, '')).toContain(`https://${'x'.repeat(300)}.be`);
  });

  test('the same input gives the same bytes', async () => {
    const blocks: TextBlock[] = [{ kind: 'title', text: 'Één titel' }, { kind: 'text', text: 'Tekst.' }];
    expect((await render(blocks)).bytes).toEqual((await render(blocks)).bytes);
  });
});

describe('the list font without fontkit (as the browser makes the list)', { timeout: 60_000 }, () => {
  test('the carrier and its metrics give real, extractable text in Atkinson Hyperlegible Next', async () => {
    const { buildCarrier, fromCarrier } = await import('../../src/referrer/list-fonts.ts');
    const { pdf, metrics } = await buildCarrier(fontkit, fontBytes(), new Date('2026-11-26T00:00:00Z'));
    const ready = await fromCarrier(pdf, JSON.parse(JSON.stringify(metrics)));
    const text = 'Zwemmen in Dilkom € 4,50 · Bel 02 451 68 00 · één, “ja”';
    const bytes = await textPdf({ ...ready, title: 'Lijst', subject: 's', author: 'a', date: new Date('2026-11-26T00:00:00Z'), blocks: [{ kind: 'item', title: 'Titel', lines: [text] }] });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vtw-list-font-')), 'x.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toContain(text);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/AtkinsonHyperlegibleNext-Regular\S* +CID TrueType +Identity-H +yes/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    // The widths are the font's: the same line measures the same as with fontkit.
    const embedded = await withEmbeddedFonts(fontkit, fontBytes());
    expect(ready.fonts.regular.widthOfTextAtSize('Baantjes trekken', 11)).toBeCloseTo(embedded.fonts.regular.widthOfTextAtSize('Baantjes trekken', 11), 0);
  });
});
