/**
 * The decks are assembled from card fragments (src/fan/fragment.ts): each card side drawn once by
 * its card job and placed in waaier.pdf and waaier-drukker.pdf. Read back, an assembled deck is the
 * deck drawn card by card: the same text, the same structure tree in the same reading order, the
 * same pixels (up to anti-aliasing), and valid PDF. And a changed offer redraws only its card.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import { checkContent } from '../../src/source/read-content.ts';
import { layOutDeck, officePdf, printShopPdf } from '../../src/fan/index.ts';
import { fragmentDeck } from '../../src/fan/cached-decks.ts';
import { cacheFragments } from '../../src/fan/fragment.ts';
import { keepGlyphs } from '../../src/fan/font-subset.ts';
import { fontBytes } from '../../src/fan/fonts.ts';
import { cardGeometry } from '../../src/fan/geometry.ts';
import { deckSpecs } from '../../src/fan/deck.ts';
import { layOutCard } from '../../src/fan/layout.ts';
import { placedSingleCardPdf, singleCardPdf } from '../../src/fan/single-card.ts';
import { cacheRoot } from '../../src/cache/disk-cache.ts';
import type { Site } from '../../src/model/types.ts';
import { itWithTools } from '../support/tools.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fan-fragments-'));
let site: Site;
const files = {} as Record<'officeDrawn' | 'officePlaced' | 'shopDrawn' | 'shopPlaced' | 'fewDrawn' | 'fewPlaced', string>;
/** poppler's -struct-text takes seconds per dozen cards: the tree is compared on the first sheets. */
const FEW = 7;

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  site = checkContent('content', { buildDate: '2026-11-26' }).site!;
  const deck = await layOutDeck(site);
  files.officeDrawn = write('office-drawn.pdf', await officePdf(deck));
  files.shopDrawn = write('shop-drawn.pdf', await printShopPdf(deck));
  files.officePlaced = write('office-placed.pdf', await officePdf(await fragmentDeck(site, 'screen')));
  const print = await fragmentDeck(site, 'print');
  files.shopPlaced = write('shop-placed.pdf', await printShopPdf(print));
  files.fewDrawn = write('few-drawn.pdf', await officePdf({ ...deck, cards: deck.cards.slice(0, FEW) }));
  files.fewPlaced = write('few-placed.pdf', await officePdf({ ...print, cards: (await fragmentDeck(site, 'screen')).cards.slice(0, FEW) }));
}, 240_000);

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
/** The structure tree as poppler reads it; object numbers of link annotations may differ. */
const structure = (file: string) => execFileSync('pdfinfo', ['-struct-text', file], { maxBuffer: 64 << 20 }).toString('utf8').replace(/Object \d+ 0/g, 'Object n');

/** Grey pixels of every page at 30 dpi: [page][pixel]. */
function pixels(file: string): Buffer[] {
  const prefix = path.join(dir, `${path.basename(file, '.pdf')}-px`);
  execFileSync('pdftoppm', ['-r', '30', '-gray', file, prefix]);
  return readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix))).sort().map((f) => {
    const pgm = readFileSync(path.join(dir, f));
    // P5 header: magic, size, maximum, then the pixels.
    let lines = 0;
    let at = 0;
    while (lines < 3) if (pgm[at++] === 0x0a) lines++;
    return pgm.subarray(at);
  });
}

describe('decks assembled from card fragments', () => {
  itWithTools('pdftotext')('carry the same text as decks drawn card by card', () => {
    expect(text(files.officePlaced)).toBe(text(files.officeDrawn));
    expect(text(files.shopPlaced)).toBe(text(files.shopDrawn));
  });

  itWithTools('pdfinfo')('carry the same structure tree, in the same reading order', () => {
    expect(structure(files.fewPlaced)).toBe(structure(files.fewDrawn));
  }, 120_000);

  itWithTools('pdftoppm')('look the same: no pixel differs by more than anti-aliasing', () => {
    for (const [drawn, placed] of [[files.officeDrawn, files.officePlaced], [files.shopDrawn, files.shopPlaced]] as const) {
      const a = pixels(drawn);
      const b = pixels(placed);
      expect(b.length).toBe(a.length);
      a.forEach((page, i) => {
        expect(b[i]!.length).toBe(page.length);
        let off = 0;
        for (let p = 0; p < page.length; p++) if (Math.abs(page[p]! - b[i]![p]!) > 48) off++;
        expect(off, `page ${i + 1} of ${path.basename(placed)}`).toBeLessThanOrEqual(2);
      });
    }
  }, 120_000);

  itWithTools('qpdf')('print only in CMYK in the print file: no RGB or grey colour operator is left', () => {
    const plain = execFileSync('qpdf', ['--qdf', '--object-streams=disable', files.shopPlaced, '-'], { maxBuffer: 256 << 20 }).toString('latin1');
    expect(plain).toMatch(/ k\n/);
    expect(plain).not.toMatch(/ (rg|RG|g|G)\n/);
  });

  itWithTools('qpdf')('are valid PDF', () => {
    for (const file of [files.officePlaced, files.shopPlaced]) {
      expect(execFileSync('qpdf', ['--check', file]).toString()).toMatch(/No syntax or stream encoding errors/);
    }
  });

  itWithTools('pdftotext')('redraw only the changed card when one offer changes', async () => {
    const folder = path.join(cacheRoot(), 'card-fragments');
    const before = new Set(readdirSync(folder));
    const [first, ...rest] = site.offers;
    // A title no earlier run drew: the cache folder is shared with other runs.
    const token = Date.now().toString(36);
    const title = `${first!.title} (uur ${token})`;
    const changed: Site = { ...site, offers: [{ ...first!, title }, ...rest] };
    const file = write('office-changed.pdf', await officePdf(await fragmentDeck(changed, 'screen')));
    const added = readdirSync(folder).filter((f) => !before.has(f) && f.endsWith('.json'));
    // That one card, once (in screen inks; the print deck converts it); the others come from the cache.
    expect(added).toHaveLength(1);
    expect(text(file)).toContain(token);
  }, 120_000);
});

/**
 * A single-card PDF (kaart/<id>.pdf) places the card job's screen fragment instead of drawing the
 * card again; its fonts are subset with the glyph ids kept (src/fan/font-subset.ts).
 */
describe('single-card PDFs placed from card fragments', () => {
  const cards = {} as Record<'drawn' | 'placed', string[]>;
  beforeAll(async () => {
    const geometry = cardGeometry(site.settings);
    const specs = deckSpecs(site, geometry).filter((s) => s.kind === 'offer').slice(0, 3);
    cards.drawn = [];
    cards.placed = [];
    for (const spec of specs) {
      const card = await layOutCard(geometry, spec);
      cards.drawn.push(write(`${spec.id}-drawn.pdf`, await singleCardPdf({ site, geometry, cards: [card] }, spec.id, { subset: true })));
      const art = cacheFragments(geometry, card);
      // Not through the disk cache: other runs may have cached this card's PDF.
      cards.placed.push(write(`${spec.id}-placed.pdf`, await placedSingleCardPdf(site, art)));
    }
  }, 120_000);

  itWithTools('pdftotext')('carry the same text as cards drawn from their layout', () => {
    expect(cards.placed).toHaveLength(3);
    cards.placed.forEach((placed, i) => expect(text(placed)).toBe(text(cards.drawn[i]!)));
  });

  itWithTools('pdftoppm')('look the same', () => {
    cards.placed.forEach((placed, i) => {
      const [a, b] = [pixels(cards.drawn[i]!), pixels(placed)];
      expect(b.length).toBe(a.length);
      a.forEach((page, p) => {
        let off = 0;
        for (let k = 0; k < page.length; k++) if (Math.abs(page[k]! - b[p]![k]!) > 48) off++;
        expect(off).toBeLessThanOrEqual(2);
      });
    });
  });

  itWithTools('qpdf', 'pdffonts')('are valid PDF with both fonts embedded, and no bigger than before', () => {
    cards.placed.forEach((placed, i) => {
      expect(execFileSync('qpdf', ['--check', placed]).toString()).toMatch(/No syntax or stream encoding errors/);
      const fonts = execFileSync('pdffonts', [placed]).toString();
      expect(fonts).toMatch(/AtkinsonHyperlegibleNext-Regular\S* +CID TrueType +Identity-H +yes/);
      expect(fonts).toMatch(/AtkinsonHyperlegibleNext-Bold\S* +CID TrueType +Identity-H +yes/);
      // A subset: far below the two whole fonts (about 96 KB), no bigger than pdf-lib's own subsets.
      expect(readFileSync(placed).length).toBeLessThanOrEqual(readFileSync(cards.drawn[i]!).length * 1.05);
    });
  });
});

describe('font subsets that keep glyph ids', () => {
  const whole = fontBytes().regular;
  const font = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as {
    numGlyphs: number; getGlyph(id: number): { path: { toSVG(): string } }; layout(text: string): { glyphs: { id: number }[] };
  };

  it('keep the outlines of the glyphs used under their own ids, and empty all others', () => {
    const ids = font(whole).layout('Zwemmen € 4,50').glyphs.map((g) => g.id);
    const subset = keepGlyphs(whole, ids);
    const [a, b] = [font(whole), font(subset)];
    expect(b.numGlyphs).toBe(a.numGlyphs);
    for (const id of ids) expect(b.getGlyph(id).path.toSVG()).toBe(a.getGlyph(id).path.toSVG());
    const unused = font(whole).layout('q').glyphs[0]!.id;
    expect(ids).not.toContain(unused);
    expect(a.getGlyph(unused).path.toSVG()).not.toBe('');
    expect(b.getGlyph(unused).path.toSVG()).toBe('');
    expect(subset.length).toBeLessThan(whole.length / 3);
  });

  it('do not change the font they were made from', () => {
    const before = Buffer.from(whole);
    keepGlyphs(whole, [36]);
    expect(Buffer.compare(before, whole)).toBe(0);
  });
});

describe('light card specs (the deck jobs carry no element trees)', () => {
  it('find the same layout and fragments as the full spec, and never lay out an empty card', async () => {
    const { lightSpec, layoutKey } = await import('../../src/fan/layout.ts');
    const g = cardGeometry(site.settings);
    const spec = deckSpecs(site).find((s) => s.kind === 'offer')!;
    const light = lightSpec(g, spec);
    expect(light.blocks).toEqual([]);
    expect(layoutKey(g, light)).toBe(layoutKey(g, spec));
    // A light spec whose layout is not in the cache: an error, not a blank card.
    const missing = { ...light, layoutKey: { ...light.layoutKey!, key: 'nergens-in-de-cache' } };
    expect(() => layOutCard(g, missing)).toThrow(/not in the cache/);
  });
});
