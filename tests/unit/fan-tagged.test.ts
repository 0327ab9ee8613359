/**
 * The fan's PDFs are tagged: read back with pdf.js and poppler, every text run is in the structure
 * tree or an artifact, and the tree reads each card in order (title, blocks, front then back).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { layOutDeck, officePdf, printShopPdf, singleCardPdf, type Deck } from '../../src/fan/index.ts';
import { ARTIFACT } from '../../src/fan/layout.ts';
import { pageStructure, popplerStructure, sectionTexts, untaggedRuns } from '../support/pdf-structure.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fan-tagged-'));
const qdf = (file: string) => execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let deck: Deck;
const files: Record<'single' | 'office' | 'shop' | 'officeFew' | 'shopFew', { file: string; bytes: Uint8Array }> = {} as never;
/** poppler's -struct-text takes seconds per dozen cards: the order is read from a few sheets' worth. */
const FEW = 7;

/** What a reader should hear for a card: its runs in layout order, front then back, without the repeated band. */
function readingOrder(cardId: string): string {
  const card = deck.cards.find((c) => c.spec.id === cardId)!;
  return squash(card.sides.flat().flatMap((p) => (p.kind === 'text' && p.tag !== ARTIFACT ? [p.text] : [])).join(' '));
}

beforeAll(async () => {
  deck = await layOutDeck(checkContent('content', { buildDate: '2026-11-26' }).site!);
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return { file, bytes };
  };
  files.single = write('single.pdf', await singleCardPdf(deck, 'zwemmen-dilkom', { subset: true }));
  files.office = write('office.pdf', await officePdf(deck));
  files.shop = write('shop.pdf', await printShopPdf(deck));
  const few = { ...deck, cards: deck.cards.slice(0, FEW) };
  files.officeFew = write('office-few.pdf', await officePdf(few));
  files.shopFew = write('shop-few.pdf', await printShopPdf(few));
}, 180_000);

describe('tagged fan PDFs', () => {
  it.each(['single', 'office', 'shop'] as const)('%s: marked, tagged, Dutch, shows its title', (name) => {
    const plain = qdf(files[name].file);
    expect(plain).toMatch(/\/MarkInfo <<\s*\/Marked true\s*>>/);
    expect(plain).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(plain).toMatch(/\/Lang \(nl-BE\)/);
    expect(plain).toMatch(/\/DisplayDocTitle true/);
    expect(plain).toMatch(/\/Tabs \/S/);
  });

  it.each(['single', 'office', 'shop'] as const)('%s: every text run is in the structure tree or an artifact (pdf.js)', { timeout: 120_000 }, async (name) => {
    expect(await untaggedRuns(files[name].bytes)).toEqual([]);
  });

  it('a single card reads title, blocks, front then back, and the QR code as a figure with its address', async () => {
    const elements = popplerStructure(files.single.file);
    const sections = sectionTexts(elements);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^Druk af op ware grootte/);
    expect(sections[1]).toBe(readingOrder('zwemmen-dilkom'));
    const roles = elements.map((e) => e.role);
    const h1 = elements.find((e) => e.role === 'H1')!;
    expect(squash(h1.texts.join(' '))).toBe('Baantjes trekken en vrij zwemmen in Dilkom');
    expect(elements.filter((e) => e.role === 'H2').map((e) => e.texts.join(' '))).toEqual(expect.arrayContaining(['Wat betaal je?', 'Wanneer?', 'Waar?', 'Inschrijven', 'Goed om te weten']));
    expect(roles.filter((r) => r === 'L').length).toBeGreaterThanOrEqual(2);
    expect(roles).toContain('LI');
    const tree = await pageStructure(files.single.bytes, 1);
    const figures: { alt?: string }[] = [];
    const walk = (n: { role?: string; alt?: string; children?: unknown[] }) => { if (n.role === 'Figure') figures.push(n); (n.children as typeof n[] | undefined)?.forEach(walk); };
    walk(tree!);
    expect(figures).toEqual([expect.objectContaining({ alt: 'QR-code naar https://vrijetijdswaaier.dilbeek.be/aanbod/zwemmen-dilkom/' })]);
  });

  it('A4 sheets read each card whole, front then back, in deck order', { timeout: 60_000 }, () => {
    const sections = sectionTexts(popplerStructure(files.officeFew.file));
    // The printing guide first, then one section per card of the deck.
    expect(sections[0]).toMatch(/^Zo maak je de waaier/);
    expect(sections.slice(1)).toEqual(deck.cards.slice(0, FEW).map((c) => readingOrder(c.spec.id)));
  });

  it('the print-shop file reads the same cards in the same order', { timeout: 60_000 }, () => {
    expect(sectionTexts(popplerStructure(files.shopFew.file))).toEqual(deck.cards.slice(0, FEW).map((c) => readingOrder(c.spec.id)));
  });
});
