import { describe, expect, it } from 'vitest';
import { flow } from '../../src/fan/flow.ts';
import { joinLines, RoleKeys } from '../../src/fan/layout.ts';
import { textWidth } from '../../src/fan/fonts.ts';
import { SOFT_HYPHEN, unbreakable } from '../../src/fan/hyphenate.ts';
import { shapeToPath, type Paint } from '../../src/fan/svg.ts';
import { div, icon, qrCode, text, type Element } from '../../src/fan/tree.ts';

type TextPaint = Extract<Paint, { kind: 'text' }>;
const texts = (paints: Paint[]): TextPaint[] => paints.filter((p): p is TextPaint => p.kind === 'text');
const column = (width: number, children: Element[], style: Record<string, string | number> = {}) =>
  div({ flexDirection: 'column', width, ...style }, children);
const LONG = 'Zwem in het warme binnenbad van Dilkom. Je kan baantjes trekken of gewoon plezier maken in het water.';

describe('the card layout engine', () => {
  it('wraps a paragraph inside its column, line under line, each line as wide as its words', () => {
    const { paints, boxes } = flow(column(150, [{ ...text({ fontSize: 12, lineHeight: 1.2 }, LONG), key: 'p' }]), 150);
    const lines = texts(paints);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((l) => l.text).join(' ')).toBe(LONG);
    for (const [i, l] of lines.entries()) {
      expect(l.x).toBe(0);
      expect(l.x + l.width).toBeLessThanOrEqual(150.001);
      // Measured word by word: kerning across a space may differ from the whole line's by a fraction of a point.
      expect(Math.abs(l.width - textWidth(l.text, 12))).toBeLessThan(0.5);
      if (i > 0) expect(l.y - lines[i - 1]!.y).toBeCloseTo(14.4, 5);
      // Greedy filling: the first word of the next line would not have fitted on this one.
      const next = lines[i + 1];
      if (next) expect(textWidth(`${l.text} ${next.text.split(' ')[0]}`, 12)).toBeGreaterThan(150);
    }
    expect(boxes.get('p')).toEqual({ left: 0, top: 0, width: 150, height: lines.length * 14.4 });
    // The baseline sits inside the first line, below its top.
    expect(lines[0]!.y).toBeGreaterThan(8);
    expect(lines[0]!.y).toBeLessThan(14.4);
  });

  it('breaks at a soft hyphen with a visible hyphen, and keeps a word with joiners whole', () => {
    const word = `vrijetijds${SOFT_HYPHEN}participatie`;
    const width = textWidth('Een vrijetijds-', 12) + 1;
    const hyphenated = joinLines(texts(flow(column(width, [text({ fontSize: 12 }, `Een ${word}`)]), width).paints));
    expect(hyphenated.map((p) => (p as TextPaint).text)).toEqual(['Een vrijetijds-', 'participatie']);
    const address = unbreakable('www.dilbeek.be/vrije-tijd');
    const whole = texts(flow(column(60, [text({ fontSize: 12 }, `Kijk op ${address} voor meer`)]), 60).paints);
    expect(whole.map((p) => p.text.replaceAll('\u2060', ''))).toContain('www.dilbeek.be/vrije-tijd');
  });

  it('puts a shrinking text next to a pictogram and wraps it in the room that is left', () => {
    const line = div({ alignItems: 'flex-start' }, [icon('bus', 16, '#000000'), text({ marginLeft: 6, fontSize: 12, flexShrink: 1 }, LONG)]);
    const { paints } = flow(column(200, [line]), 200);
    const shapes = paints.filter((p) => p.kind === 'shape');
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes[0]).toMatchObject({ x: 0, y: 0, scale: 16 / 24, strokeWidth: 2, stroke: { r: 0, g: 0, b: 0 } });
    for (const l of texts(paints)) {
      expect(l.x).toBe(22);
      expect(l.x + l.width).toBeLessThanOrEqual(200.001);
    }
  });

  it('aligns children across a row: centred in the band, at the foot beside the QR code', () => {
    const band = div({ backgroundColor: '#00677F', paddingTop: 10, paddingBottom: 4, alignItems: 'center' }, [icon('ball-football', 18, '#ffffff'), text({ marginLeft: 6, fontSize: 12, fontWeight: 700, color: '#ffffff' }, 'Sport')]);
    const { paints, boxes } = flow(column(200, [{ ...band, key: 'band' }]), 200);
    const rect = paints[0]!;
    expect(rect).toMatchObject({ kind: 'rect', x: 0, y: 0, width: 200, fill: { r: 0, g: 0x67 / 255, b: 0x7f / 255 } });
    expect(boxes.get('band')!.height).toBe(10 + 18 + 4);
    const word = texts(paints)[0]!;
    expect(word).toMatchObject({ text: 'Sport', bold: true, fill: { r: 1, g: 1, b: 1 } });
    // Centred: the word's line box is shorter than the pictogram, so it starts lower.
    expect(word.y).toBeGreaterThan(10 + 9);
    expect(word.y).toBeLessThan(10 + 18);

    const qr = div({ alignItems: 'flex-end' }, [qrCode('https://example.be/aanbod/zwemmen', 50), div({ flexDirection: 'column', marginLeft: 6, flexShrink: 1 }, [text({ fontSize: 10 }, 'Scan de code.')])]);
    const foot = flow(column(200, [qr]), 200).paints;
    expect(foot.filter((p) => p.kind === 'shape')).toEqual([expect.objectContaining({ figure: 'https://example.be/aanbod/zwemmen', fill: { r: 0, g: 0, b: 0 } })]);
    expect(foot.find((p) => p.kind === 'link')).toMatchObject({ x: 0, y: 0, width: 50, height: 50, url: 'https://example.be/aanbod/zwemmen' });
    const scan = texts(foot)[0]!;
    expect(scan.x).toBe(56);
    expect(scan.y).toBeGreaterThan(40); // at the foot of the 50 pt code, not at its top
  });

  it('lets text run out of a box of fixed height, so that the fit check can see it', () => {
    const { paints, boxes } = flow(column(100, [{ ...div({ flexDirection: 'column', height: 20, backgroundColor: '#000000' }, [text({ fontSize: 12, lineHeight: 1.2 }, LONG)]), key: 'band' }]), 100);
    expect(boxes.get('band')!.height).toBe(20);
    expect(paints[0]).toMatchObject({ kind: 'rect', height: 20 });
    expect(Math.max(...texts(paints).map((p) => p.y))).toBeGreaterThan(40);
  });

  it('tags each text run with its element in the structure tree, numbered in tree order', () => {
    const tree = new RoleKeys().keyed(column(200, [text({ fontSize: 16 }, 'Zwemles', 'H1'), text({ fontSize: 12 }, 'Leer zwemmen.'), text({ fontSize: 12 }, 'Elke woensdag', 'LI')]));
    expect(texts(flow(tree, 200).paints).map((p) => p.tag)).toEqual(['H1#0', 'P#1', 'LI#2']);
  });

  it('fails loudly on a style or element it does not lay out, instead of drawing it wrong', () => {
    expect(() => flow(column(100, [text({ fontSize: 12, textAlign: 'center' }, 'x')]), 100)).toThrow('Unsupported style "textAlign"');
    expect(() => flow(column(100, [{ type: 'img', props: {} }]), 100)).toThrow('Unsupported element <img>');
    expect(() => flow(column(100, [text({ fontSize: '12px' }, 'x')]), 100)).toThrow('Unsupported value "12px" for fontSize');
    expect(() => flow(column(100, [text({ fontSize: 12 }, 'x')], { lineClamp: 2 }), 100)).toThrow('Unsupported style "lineClamp" on a box');
    expect(() => flow(column(100, [text({ color: 'hsl(0 0% 0%)' }, 'x')]), 100)).toThrow('Unsupported SVG colour');
  });

  it('never loses or repeats a word, and keeps every line inside the column unless one word is too long (200 random texts)', () => {
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const letters = 'abcdefghijklmnopqrstuvwxyzéëï';
    const word = () => {
      const length = 1 + Math.floor(random() ** 3 * 30);
      let w = '';
      for (let i = 0; i < length; i++) w += letters[Math.floor(random() * letters.length)];
      const r = random();
      if (r < 0.15 && w.length > 6) return `${w.slice(0, 3)}${SOFT_HYPHEN}${w.slice(3)}`;
      if (r < 0.25) return unbreakable(`${w}@example.be`);
      if (r < 0.3) return `${w}-${w}`;
      return w;
    };
    for (let n = 0; n < 200; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 40) }, word);
      const value = words.join(random() < 0.5 ? ' ' : '  \n ');
      const width = 60 + random() * 200;
      const size = [9, 10, 12, 14, 16][Math.floor(random() * 5)]!;
      const { paints, height } = flow(column(width, [text({ fontSize: size, lineHeight: 1.2 }, value)]), width);
      const lines = texts(paints);
      const visible = (t: string) => t.replaceAll(SOFT_HYPHEN, '').replaceAll('\u2060', '');
      // The words, in order, each once: a soft hyphen at a line end is still in the text (joinLines prints it).
      const joined = lines.map((l, i) => (i && !/[-\u00ad]$/.test(lines[i - 1]!.text) ? ' ' : '') + l.text).join('');
      expect(visible(joined).replace(/\s+/g, ' ')).toBe(visible(words.join(' ')));
      expect(height).toBeCloseTo(lines.length * size * 1.2, 5);
      for (const [i, l] of lines.entries()) {
        const pieces = l.text.split(/(?<=[ \-\u00ad])/).filter((piece) => piece.trim());
        if (pieces.length > 1) expect(l.width, `line ${i} of ${JSON.stringify(value)} at ${width}`).toBeLessThanOrEqual(width + 0.01);
        expect(l.y).toBeCloseTo(lines[0]!.y + i * size * 1.2, 5);
      }
    }
  });

  it('turns pictogram shapes into path data', () => {
    expect(shapeToPath('line', { x1: '1', y1: '2', x2: '3', y2: '4' })).toBe('M1 2L3 4');
    expect(shapeToPath('polyline', { points: '1 2 3 4 5 6' })).toBe('M1 2L3 4L5 6');
    expect(shapeToPath('circle', { cx: '12', cy: '12', r: '2' })).toBe('M10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0Z');
    expect(() => shapeToPath('foreignObject', {})).toThrow('Unsupported SVG element <foreignObject>');
  });
});
