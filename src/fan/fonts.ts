/**
 * Atkinson Hyperlegible Next, made for readers with low vision. Read once per process: the layout
 * measures with the same bytes that each PDF embeds, so positions and glyphs always agree.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { packageVersion, sha256 } from '../cache/disk-cache.ts';
import { memoFile } from '../cache/memo-file.ts';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const FILES = {
  regular: '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  bold: '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
} as const;
export type Weight = keyof typeof FILES;
export const FONT_FAMILY = 'Atkinson Hyperlegible Next';

let loaded: Record<Weight, Uint8Array> | undefined;

export function fontBytes(): Record<Weight, Uint8Array> {
  loaded ??= {
    regular: readFileSync(require.resolve(FILES.regular)),
    bold: readFileSync(require.resolve(FILES.bold)),
  };
  return loaded;
}

let characters: Set<number> | undefined;

/** Code points both weights can draw; any other character would print as an empty box. */
export function drawableCodePoints(): Set<number> {
  if (!characters) {
    const [regular, bold] = (['regular', 'bold'] as const).map((w) => new Set<number>((fontkit.create(Buffer.from(fontBytes()[w])) as unknown as { characterSet: number[] }).characterSet));
    characters = new Set([...regular!].filter((c) => bold!.has(c)));
  }
  return characters;
}

/** Characters in `text` the font cannot draw (soft hyphens and word joiners are never drawn, so they do not count). */
export function undrawable(text: string): string[] {
  const set = drawableCodePoints();
  const missing = new Set<string>();
  for (const ch of text) if (ch !== '\u00ad' && ch !== '\u2060' && ch !== '\n' && !set.has(ch.codePointAt(0)!)) missing.add(ch);
  return [...missing];
}

interface ShapedRun {
  advanceWidth: number;
  glyphs: { id: number; path: { toSVG(): string }; bbox: { minY: number; maxY: number } }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}
type Measurer = { layout(text: string): ShapedRun; unitsPerEm: number; ascent: number; descent: number; lineGap: number };
const measurers: Partial<Record<Weight, Measurer>> = {};

const measurer = (weight: Weight): Measurer => (measurers[weight] ??= fontkit.create(Buffer.from(fontBytes()[weight])) as unknown as Measurer);

/** The advance width of one line of text in points, as the layout (flow.ts) and the PDF measure it. */
export function textWidth(text: string, size: number, bold = false): number {
  const weight: Weight = bold ? 'bold' : 'regular';
  const key = `${weight}\n${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = measurer(weight);
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    // Shaping is the slow part; the same words, addresses and titles come back on many cards,
    // and from one build to the next (memo-file.ts).
    widths.set(key, em);
  }
  return em * size;
}

/** A run of text shaped by fontkit (kerning, ligatures): its glyphs with their outlines and positions, in font units. */
export function shape(text: string, bold: boolean): ShapedRun & { unitsPerEm: number } {
  const font = measurer(bold ? 'bold' : 'regular');
  return Object.assign(font.layout(text), { unitsPerEm: font.unitsPerEm });
}

/** The font's vertical metrics (its hhea table, as browsers use them) per point of font size; descent positive. */
export function fontMetrics(bold: boolean): { ascent: number; descent: number; lineGap: number } {
  const font = measurer(bold ? 'bold' : 'regular');
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm, lineGap: font.lineGap / font.unitsPerEm };
}
/** Widths in em by weight and text: the fonts' bytes and fontkit's version name the file. */
const widths = memoFile(
  'text-widths',
  () => sha256(`fontkit ${packageVersion('@pdf-lib/fontkit')}`, fontBytes().regular, fontBytes().bold),
  (value): value is number => typeof value === 'number' && Number.isFinite(value),
);
