import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN, WORD_JOINER } from '../../src/fan/hyphenate.ts';
import { joinLines, layOutCard } from '../../src/fan/layout.ts';
import { cardGeometry } from '../../src/fan/geometry.ts';
import { column, body } from '../../src/fan/blocks.ts';
import type { Paint } from '../../src/fan/svg.ts';

const shown = (s: string) => s.replaceAll(SOFT_HYPHEN, '|');
const g = cardGeometry({ card: { widthMm: 80, heightMm: 190 } });

async function lines(value: string, geometry = g): Promise<{ texts: string[]; problems: unknown[] }> {
  const card = await layOutCard(geometry, {
    id: 't', kind: 'offer', source: 'aanbod/t.md', title: 't',
    blocks: [{ key: 'a', place: 'flow', element: column(geometry, [body(value)]) }],
  });
  return { texts: card.sides[0]!.flatMap((p) => (p.kind === 'text' ? [p.text] : [])), problems: card.problems };
}

describe('Dutch hyphenation', () => {
  it('breaks long compounds at their parts, never at a last short syllable', () => {
    expect(shown(hyphenate('vrijetijdswaaier'))).toBe('vrije|tijds|waaier');
    expect(shown(hyphenate('kinderopvangvoorzieningen'))).toBe('kinder|op|vang|voor|zie|ningen');
  });

  it('leaves short words and names inside a sentence whole', () => {
    expect(hyphenate('Je mag gewoon komen.')).toBe('Je mag gewoon komen.');
    expect(hyphenate('Welkom in de Vrijetijdswaaier Dilbeek en Sportcomplexdilkom.')).not.toContain(SOFT_HYPHEN);
  });

  it('keeps web addresses, e-mail addresses and phone numbers in one piece', () => {
    const out = hyphenate('Bel 02 451 68 00, mail info@wolfsputten.be of kijk op www.wolfsputten.be/wandelen-in-de-wolfsputten.');
    expect(out).not.toContain(SOFT_HYPHEN);
    expect(out).toContain(['0', '2', ' ', '4'].join(WORD_JOINER));
    expect(out).toContain(['-', 'i', 'n', '-'].join(WORD_JOINER));
    expect(out.endsWith('n.')).toBe(true);
  });

  it('prints a visible hyphen where a line breaks inside a word, and nothing elsewhere', () => {
    const run = (x: number, y: number, text: string, width = 10): Paint => ({ kind: 'text', x, y, width, size: 9, bold: false, fill: { r: 0, g: 0, b: 0 }, text });
    const joined = joinLines([run(0, 10, `kin${SOFT_HYPHEN}`), run(10, 10, `der${SOFT_HYPHEN}`), run(0, 22, `op${WORD_JOINER}vang`)]);
    expect(joined.map((p) => (p.kind === 'text' ? p.text : ''))).toEqual(['kinder-', 'opvang']);
  });

  it('fits a long compound on an 80 mm card by hyphenating it, with the hyphen printed', async () => {
    const { texts, problems } = await lines('Kinderopvangvoorzieningengebruikersvergadering');
    expect(problems).toEqual([]);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts[0]).toMatch(/-$/);
    expect(texts.join('').replaceAll('-', '')).toBe('Kinderopvangvoorzieningengebruikersvergadering');
  });

  it('never breaks a web address over two lines on a card, even where it has hyphens', async () => {
    const { texts } = await lines('Meer uitleg vind je op www.wolfsputten.be/wandelen-in-de-wolfsputten en bij de gids.');
    expect(texts.some((t) => t.includes('www.wolfsputten.be/wandelen-in-de-wolfsputten'))).toBe(true);
    expect(texts.filter((t) => t.endsWith('-'))).toEqual([]);
  });
});
