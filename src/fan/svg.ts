/**
 * The paint items a laid-out card is made of (flow.ts writes them, the PDF writers draw them), and
 * the SVG pieces the cards use: colours, and pictogram shapes as path data. Anything else throws,
 * naming it, because a silently skipped shape would be a silently missing part of a printed card.
 */

export interface Rgb { r: number; g: number; b: number }

/** Canvas coordinates in points, y pointing down. */
export type Paint =
  /** `radius` rounds the corners: only the link previews use it (the PDF writers refuse it). */
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb; radius?: number }
  /**
   * `y` is the baseline; `width` is the measured advance. `tag` ("H1#3") names the element of
   * the structure tree the text belongs to: its role, then a number unique within the card.
   */
  | { kind: 'text'; x: number; y: number; width: number; size: number; bold: boolean; fill: Rgb; text: string; tag?: string }
  /**
   * An SVG path drawn at (x, y), scaled from its viewBox; `height` is its box's (the path stays
   * inside, half its stroke aside). `figure` is set on a QR code: the address it leads to.
   */
  | { kind: 'shape'; x: number; y: number; height: number; scale: number; d: string; fill?: Rgb; stroke?: Rgb; strokeWidth: number; figure?: string }
  | { kind: 'link'; x: number; y: number; width: number; height: number; url: string };

class UnsupportedSvgError extends Error {}

/** The colour keywords the element trees use. */
const NAMED: Record<string, Rgb> = { black: { r: 0, g: 0, b: 0 }, white: { r: 1, g: 1, b: 1 } };

export function parseColour(value: string | undefined): Rgb | undefined {
  if (!value || value === 'none' || value === 'transparent') return undefined;
  const named = NAMED[value];
  if (named) return named;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (m) return { r: parseInt(m[1]! + m[1], 16) / 255, g: parseInt(m[2]! + m[2], 16) / 255, b: parseInt(m[3]! + m[3], 16) / 255 };
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (m) return { r: parseInt(m[1]!, 16) / 255, g: parseInt(m[2]!, 16) / 255, b: parseInt(m[3]!, 16) / 255 };
  m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*1\s*)?\)$/.exec(value);
  if (m) return { r: Number(m[1]) / 255, g: Number(m[2]) / 255, b: Number(m[3]) / 255 };
  throw new UnsupportedSvgError(`Unsupported SVG colour "${value}"`);
}

const num = (a: Record<string, string>, key: string, fallback = 0): number => (a[key] === undefined ? fallback : Number(a[key]));

/** Tabler pictograms use these shapes; each becomes path data so the PDF writer has one case. */
export function shapeToPath(name: string, a: Record<string, string>): string {
  const n = (k: string): number => num(a, k);
  switch (name) {
    case 'path':
      return a['d'] ?? '';
    case 'circle':
      return ellipsePath(n('cx'), n('cy'), n('r'), n('r'));
    case 'ellipse':
      return ellipsePath(n('cx'), n('cy'), n('rx'), n('ry'));
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polyline':
    case 'polygon':
      return `M${(a['points'] ?? '').trim().split(/[\s,]+/).reduce<string[]>((acc, v, i) => (i % 2 ? (acc[acc.length - 1] += ` ${v}`, acc) : [...acc, v]), []).join('L')}${name === 'polygon' ? 'Z' : ''}`;
    case 'rect': {
      const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
      const r = Math.min(num(a, 'rx', num(a, 'ry')), w / 2, h / 2);
      if (!r) return `M${x} ${y}h${w}v${h}h${-w}Z`;
      return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${2 * r - w}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - h}a${r} ${r} 0 0 1 ${r} ${-r}Z`;
    }
    default:
      throw new UnsupportedSvgError(`Unsupported SVG element <${name}> in an inline pictogram`);
  }
}

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
}
