/**
 * Reads the SVG that satori writes for our cards (embedFont: false) into paint items for the PDF.
 * Only the subset our designs produce is understood; anything else throws, naming the element,
 * because a silently skipped element would be a silently missing part of a printed card.
 */

export interface Rgb { r: number; g: number; b: number }

/** Canvas coordinates in points, y pointing down, as satori laid them out. */
export type Paint =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb }
  /**
   * `y` is the baseline; `width` is satori's measured advance. `tag` ("H1#3") names the element of
   * the structure tree the text belongs to: its role, then a number unique within the card.
   */
  | { kind: 'text'; x: number; y: number; width: number; size: number; bold: boolean; fill: Rgb; text: string; tag?: string }
  /** An SVG path drawn at (x, y), scaled from its viewBox. `figure` is set on a QR code: the address it leads to. */
  | { kind: 'shape'; x: number; y: number; scale: number; d: string; fill?: Rgb; stroke?: Rgb; strokeWidth: number; figure?: string }
  | { kind: 'link'; x: number; y: number; width: number; height: number; url: string };

class UnsupportedSvgError extends Error {}

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([a-zA-Z:-]+)="([^"]*)"/g;
/** Definitions satori writes for every box (overflow masks, image clips): our boxes never clip, so they draw nothing. */
const DEFINITIONS = new Set(['mask', 'clipPath', 'defs']);
const IGNORED_ATTRIBUTES = new Set(['mask', 'clip-path', 'preserveAspectRatio', 'font-family', 'font-style', 'height', 'width', 'x', 'y', 'fill', 'font-size', 'font-weight', 'href', 'id']);

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos' || e === '#39') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, k, v] of source.matchAll(ATTRIBUTE)) out[k!] = decodeEntities(v!);
  return out;
}

/** The colour keywords satori writes for its defaults. */
const NAMED: Record<string, Rgb> = { black: { r: 0, g: 0, b: 0 }, white: { r: 1, g: 1, b: 1 } };

function parseColour(value: string | undefined): Rgb | undefined {
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

function checkAttributes(name: string, a: Record<string, string>, allowed: readonly string[]): void {
  for (const key of Object.keys(a)) {
    if (!IGNORED_ATTRIBUTES.has(key) && !allowed.includes(key)) throw new UnsupportedSvgError(`Unsupported SVG attribute "${key}" on <${name}>`);
  }
}

export function parseCardSvg(svg: string): Paint[] {
  const paints: Paint[] = [];
  let depthInDefinitions = 0;
  let openText: { attrs: Record<string, string>; start: number } | undefined;
  let sawRoot = false;
  for (const match of svg.matchAll(TAG)) {
    const [whole, closing, name, attrSource, selfClosing] = match as unknown as [string, string, string, string, string];
    if (closing) {
      if (DEFINITIONS.has(name)) depthInDefinitions--;
      if (name === 'text' && openText) {
        paints.push(textPaint(openText.attrs, decodeEntities(svg.slice(openText.start, match.index))));
        openText = undefined;
      }
      continue;
    }
    if (name === 'svg' && !sawRoot) { sawRoot = true; continue; }
    if (DEFINITIONS.has(name)) { if (!selfClosing) depthInDefinitions++; continue; }
    if (depthInDefinitions > 0) {
      if (name !== 'rect') throw new UnsupportedSvgError(`Unsupported SVG element <${name}> inside a mask or clip path`);
      continue;
    }
    const a = attributes(attrSource);
    if (name === 'rect') {
      checkAttributes(name, a, []);
      const fill = parseColour(a['fill'] ?? 'black');
      if (fill) paints.push({ kind: 'rect', x: num(a, 'x'), y: num(a, 'y'), width: num(a, 'width'), height: num(a, 'height'), fill });
    } else if (name === 'text') {
      checkAttributes(name, a, []);
      if (selfClosing) continue;
      openText = { attrs: a, start: match.index + whole.length };
    } else if (name === 'image') {
      checkAttributes(name, a, []);
      paints.push(...imagePaints(a));
    } else {
      throw new UnsupportedSvgError(`Unsupported SVG element <${name}>`);
    }
  }
  return paints;
}

function textPaint(a: Record<string, string>, value: string): Paint {
  const weight = a['font-weight'] ?? 'normal';
  return {
    kind: 'text', x: num(a, 'x'), y: num(a, 'y'), width: num(a, 'width'), size: num(a, 'font-size', 16),
    bold: weight === 'bold' || Number(weight) >= 600, fill: parseColour(a['fill'] ?? 'black') ?? { r: 0, g: 0, b: 0 }, text: value,
  };
}

const SVG_DATA = 'data:image/svg+xml;utf8,';

/** Pictograms and QR codes: satori inlines each <svg> child as an image holding that SVG. */
function imagePaints(a: Record<string, string>): Paint[] {
  const href = a['href'] ?? '';
  if (!href.startsWith(SVG_DATA)) throw new UnsupportedSvgError(`Unsupported <image> source "${href.slice(0, 30)}": only inline SVG pictograms`);
  const inner = decodeURIComponent(href.slice(SVG_DATA.length));
  const x = num(a, 'x');
  const y = num(a, 'y');
  const width = num(a, 'width');
  const height = num(a, 'height');
  const rootMatch = /^<svg\b([^>]*)>/.exec(inner);
  if (!rootMatch) throw new UnsupportedSvgError('Unsupported <image>: no <svg> inside');
  const root = attributes(rootMatch[1]!);
  const [vx = 0, vy = 0, vw = width] = (root['viewBox'] ?? `0 0 ${width} ${height}`).split(/[\s,]+/).map(Number);
  if (vx !== 0 || vy !== 0) throw new UnsupportedSvgError('Unsupported viewBox offset in an inline SVG');
  const scale = width / vw;
  const out: Paint[] = [];
  for (const m of inner.slice(rootMatch[0].length).matchAll(TAG)) {
    const [, closing, name, attrSource] = m as unknown as [string, string, string, string];
    if (closing) continue;
    const s = { ...root, ...attributes(attrSource) };
    const d = shapeToPath(name, s);
    out.push({
      kind: 'shape', x, y, scale, d,
      fill: parseColour(s['fill'] ?? 'black'),
      stroke: parseColour(s['stroke']),
      strokeWidth: Number(s['stroke-width'] ?? 1),
      ...(root['data-link'] ? { figure: root['data-link'] } : {}),
    });
  }
  if (root['data-link']) out.push({ kind: 'link', x, y, width, height, url: root['data-link'] });
  return out;
}

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
