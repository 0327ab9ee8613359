import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN } from '../../src/fan/hyphenate.ts';
import { joinLines, layOutCard } from '../../src/fan/layout.ts';
import { cardGeometry } from '../../src/fan/geometry.ts';
import { column, body } from '../../src/fan/blocks.ts';
import type { Paint } from '../../src/fan/svg.ts';

const shown = (s: string) => s.replaceAll(SOFT_HYPHEN, '|');

describe('Dutch hyphenation', () => {
  it('breaks long compounds only between syllables', () => {
    expect(shown(hyphenate('kinderopvangvoorzieningen'))).toBe('kin|der|op|vang|voor|zie|nin|gen');
    expect(shown(hyphenate('vrijetijdsparticipatie'))).toBe('vrije|tijds|par|ti|ci|pa|tie');
  });

  it('leaves short words whole', () => {
    expect(hyphenate('Je mag gewoon komen.')).toBe('Je mag gewoon komen.');
  });

  it('prints a visible hyphen where a line breaks inside a word, and nothing elsewhere', () => {
    const run = (x: number, y: number, text: string, width = 10): Paint => ({ kind: 'text', x, y, width, size: 9, bold: false, fill: { r: 0, g: 0, b: 0 }, text });
    const lines = joinLines([run(0, 10, `kin${SOFT_HYPHEN}`), run(10, 10, `der${SOFT_HYPHEN}`), run(0, 22, 'opvang')]);
    expect(lines.map((p) => (p.kind === 'text' ? p.text : ''))).toEqual(['kinder-', 'opvang']);
  });

  it('fits a long compound on a 50 mm card by hyphenating it, with the hyphen printed', async () => {
    const g = cardGeometry({ card: { widthMm: 50, heightMm: 190 } });
    const card = await layOutCard(g, {
      id: 't', kind: 'offer', source: 'aanbod/t.md', title: 't',
      blocks: [{ key: 'a', place: 'flow', element: column(g, [body('Kinderopvangvoorzieningengebruikersvergadering')]) }],
    });
    expect(card.problems).toEqual([]);
    const texts = card.sides[0]!.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts[0]).toMatch(/-$/);
    expect(texts.join('').replaceAll('-', '')).toBe('Kinderopvangvoorzieningengebruikersvergadering');
  });
});
