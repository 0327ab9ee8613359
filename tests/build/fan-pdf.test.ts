/** The fan PDFs of the built sample site, read back as a print shop, an office worker and a PDF reader would. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES, BUILD_DATE } from '../support/sites.ts';
import { toolsAvailable } from '../support/tools.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { describeOffer } from '../../src/model/describe.ts';
import { layOutDeck, officePdf, printShopPdf, singleCardPdf } from '../../src/fan/index.ts';
import { fragmentDeck } from '../../src/fan/cached-decks.ts';

// FAN_OUT lets you check PDFs written by a script while the rest of the site does not build.
const out = process.env['FAN_OUT'] ?? SITES.sample.out;
const file = (name: string) => path.join(out, name);
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const text = (pdf: string) => run('pdftotext', '-enc', 'UTF-8', pdf, '-').replace(/\s+/g, ' ');
const site = checkContent(SITES.sample.content, { buildDate: BUILD_DATE }).site!;
const onFan = site.offers.map((o) => describeOffer(site, o)).filter((d) => d.onFan);
const MM = 72 / 25.4;

// qpdf and poppler check the structure a print shop's software relies on (fonts, boxes, syntax).
describe.skipIf(!toolsAvailable(['qpdf', 'pdffonts', 'pdfinfo', 'pdftotext']))('fan PDFs of the sample site', () => {
  it.each(['waaier-drukker.pdf', 'waaier.pdf', 'kaart/zwemmen-dilkom.pdf'])('%s passes qpdf --check and embeds its fonts', (name) => {
    expect(run('qpdf', '--check', file(name))).toMatch(/No syntax or stream encoding errors/);
    const fonts = run('pdffonts', file(name)).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) {
      expect(f).toMatch(/AtkinsonHyperlegibleNext/);
      expect(f).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    }
    const info = run('pdfinfo', file(name));
    expect(info).toMatch(/Author:\s+Dilbeek/);
    expect(info).toMatch(/Title:\s+\S/);
    expect(info).toMatch(/Subject:\s+\S/);
    expect(info).toMatch(/CreationDate:.*2026/);
    const plain = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file(name), '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
    expect(plain).toMatch(/\/Lang \(nl-BE\)/);
    expect(plain).toMatch(/\/Outlines \d+ 0 R/);
    expect(plain).toMatch(/\/TrimBox|\/Subtype \/Link/);
  });

  it('has the title and every price of every fan offer, and no stale, expired or off-fan offer', () => {
    for (const name of ['waaier-drukker.pdf', 'waaier.pdf']) {
      const all = text(file(name));
      for (const d of onFan) {
        expect(all, `${d.offer.id} in ${name}`).toContain(d.offer.title.split(' ')[0]);
        // pdftotext gives the non-breaking space after € back as a plain space.
        for (const p of d.prices) expect(all, `${p.text} of ${d.offer.id} in ${name}`).toContain(p.text.replace(/\u00a0/g, ' ').split(' met ')[0]);
        // The page's address when it fits on one line, else the site's short address: never broken.
        expect(all).toContain(all.includes(d.shortUrl) ? d.shortUrl : new URL(d.url).host);
      }
      for (const gone of ['Schaakclub', 'Pairi Daiza', 'e-boeken']) expect(all).not.toContain(gone);
    }
    const dilkom = text(file('kaart/zwemmen-dilkom.pdf'));
    for (const want of ['Baantjes trekken', '€ 4,50 per beurt', '€ 0,90 met participatiepas', '02 451 68 50', 'Nagekeken op 1 oktober 2026']) expect(dilkom).toContain(want);
  });

  it('has one single-card PDF per fan offer and none for others', () => {
    const cards = readdirSync(file('kaart')).sort();
    expect(cards).toEqual(onFan.map((d) => `${d.offer.id}.pdf`).sort());
  });

  it('gives the print shop trim 80 x 190 mm, 3 mm bleed and crop marks outside the bleed', () => {
    const boxes = run('pdfinfo', '-box', '-f', '1', '-l', '2', file('waaier-drukker.pdf'));
    const box = (name: string) => {
      const m = new RegExp(`Page\\s+1 ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(boxes)!;
      const [x1, y1, x2, y2] = m.slice(1).map(Number) as [number, number, number, number];
      return { w: (x2 - x1) / MM, h: (y2 - y1) / MM, x1, y1, x2, y2 };
    };
    expect(box('TrimBox').w).toBeCloseTo(80, 2);
    expect(box('TrimBox').h).toBeCloseTo(190, 2);
    expect(box('BleedBox').w).toBeCloseTo(86, 2);
    expect(box('BleedBox').h).toBeCloseTo(196, 2);
    expect(box('MediaBox').w).toBeGreaterThan(box('BleedBox').w + 10);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file('waaier-drukker.pdf')))![1]);
    expect(pages % 2).toBe(0);
  });

  it('imposes the office file on A4 with a printing guide first, three 80 mm cards on each landscape sheet', () => {
    const info = run('pdfinfo', file('waaier.pdf'));
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    const first = run('pdftotext', '-f', '1', '-l', '1', file('waaier.pdf'), '-');
    expect(first).toMatch(/Zo maak je de waaier/);
    expect(first).toMatch(/omslaan langs de korte kant/);
    const sheet = run('pdfinfo', '-f', '3', '-l', '3', file('waaier.pdf'));
    expect(sheet).toMatch(/Page\s+3 size:\s+841\.8\d* x 595\.2\d* pts/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBe(2 + 2 * Math.ceil((onFan.length + 2 + site.categories.filter((c) => onFan.some((d) => d.category.id === c.id)).length) / 3));
  });

  it('renders ink where the text is (no blank-text font bug)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fan-'));
    // Page 3 is the first offer's front: render only its title line region and count dark pixels.
    run('pdftoppm', '-gray', '-r', '72', '-f', '3', '-l', '3', file('waaier-drukker.pdf'), path.join(dir, 'p'));
    const png = readdirSync(dir).find((f) => f.endsWith('.pgm'))!;
    const pgm = readFileSync(path.join(dir, png));
    const [w, h] = pgm.toString('latin1', 0, 20).split(/\s+/).slice(1, 3).map(Number) as [number, number];
    const pixels = pgm.subarray(pgm.length - w * h);
    // The title sits below the colour band, inside the safe zone: dark pixels there can only be glyphs.
    let dark = 0;
    for (let y = Math.round(h * 0.14); y < Math.round(h * 0.2); y++) for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 100) dark++;
    expect(dark).toBeGreaterThan(150);
  });

  it('makes the same bytes twice for the same content and BUILD_DATE', async () => {
    const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const one = await layOutDeck(site);
    const two = await layOutDeck(checkContent(SITES.sample.content, { buildDate: BUILD_DATE }).site!);
    expect(hash(await printShopPdf(one))).toBe(hash(await printShopPdf(two)));
    expect(hash(await officePdf(one))).toBe(hash(await officePdf(two)));
    expect(hash(await singleCardPdf(one, 'zwemmen-dilkom', { subset: true }))).toBe(hash(await singleCardPdf(two, 'zwemmen-dilkom', { subset: true })));
    // The build assembles the decks from the cards' fragments: that way too, the same bytes every time.
    const placed = await printShopPdf(await fragmentDeck(site, 'print'));
    expect(hash(placed)).toBe(hash(await printShopPdf(await fragmentDeck(two.site, 'print'))));
    expect(hash(placed)).toBe(hash(readFileSync(file('waaier-drukker.pdf'))));
  });

  it('has the built files', () => {
    for (const name of ['waaier-drukker.pdf', 'waaier.pdf']) expect(existsSync(file(name))).toBe(true);
  });
});
