/**
 * The layout engine of the cards and the fixed text pages of the PDFs: the part of CSS flexbox our
 * element trees use (tree.ts), in points, straight to paint items. Columns and rows of boxes with
 * padding, margins, a background colour and cross-axis alignment; text wrapped at the Unicode line
 * break opportunities (UAX #14, the `linebreak` package, as browsers do), with soft
 * hyphens shown as a hyphen at a line end and word joiners keeping a word whole; pictograms and
 * QR codes as path shapes.
 *
 * It replaced satori for the cards: satori shapes every word with HarfBuzz in WebAssembly and runs
 * a general flexbox engine, about 26 ms per card; this takes about 1 ms. Anything outside the
 * subset (a style, an element) throws, naming it: a silently ignored style would be a silently
 * wrong printed card. Boxes are border-box, as in Yoga (the flexbox engine satori uses): `width`
 * and `height` include the padding. The link previews (src/share/render.ts) use it too, with
 * `justifyContent`, `alignItems: baseline`, rounded boxes, `lineClamp` and balanced titles.
 */
import LineBreaker from 'linebreak';
import { FONT_FAMILY, fontMetrics, textWidth } from './fonts.ts';
import { SOFT_HYPHEN, WORD_JOINER } from './hyphenate.ts';
import { parseColour, shapeToPath, type Paint, type Rgb } from './svg.ts';
import { ROLE, type Child, type Element, type Style } from './tree.ts';

interface Box { left: number; top: number; width: number; height: number }

export interface Flowed {
  paints: Paint[];
  /** The box of every element that has a `key`, by that key. */
  boxes: Map<string, Box>;
  /** The bottom of the lowest box. */
  height: number;
}

/** Lays out `root` in a canvas `width` points wide, top left at (0, 0). */
export function flow(root: Element, width: number): Flowed {
  const node = build(root, ROOT_TEXT);
  measure(node, width);
  const out: Flowed = { paints: [], boxes: new Map(), height: 0 };
  place(node, 0, 0, out);
  return out;
}

/** The inherited text properties (CSS inheritance: colour and font). */
interface TextStyle { size: number; bold: boolean; lineHeight: number | undefined; fill: Rgb }
const ROOT_TEXT: TextStyle = { size: 16, bold: false, lineHeight: undefined, fill: { r: 0, g: 0, b: 0 } };

const BOX_STYLES = new Set([
  'display', 'flexDirection', 'width', 'height', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom',
  'marginLeft', 'marginRight', 'marginTop', 'marginBottom', 'backgroundColor', 'alignItems', 'flexShrink',
  'fontSize', 'fontWeight', 'lineHeight', 'color', 'whiteSpace', 'fontFamily',
  // The link previews (src/share/preview.ts) also use these.
  'justifyContent', 'borderRadius', 'lineClamp', 'textWrap',
]);

interface Common {
  key?: string;
  margin: { left: number; right: number; top: number; bottom: number };
  shrink: number;
  /** Filled in by measure: the border-box size. */
  width: number;
  height: number;
}
interface BoxNode extends Common {
  type: 'box';
  row: boolean;
  fixedWidth?: number;
  fixedHeight?: number;
  padding: { left: number; right: number; top: number; bottom: number };
  align: Align;
  justify: 'flex-start' | 'center' | 'flex-end' | 'space-between';
  background?: Rgb;
  radius: number;
  children: LayoutNode[];
}
interface TextNode extends Common {
  type: 'text';
  style: TextStyle;
  nowrap: boolean;
  /** At most this many lines; the last one then ends in an ellipsis. */
  clamp?: number;
  /** Lines of about equal length (CSS `text-wrap: balance`), for titles. */
  balance: boolean;
  /** The text, white space collapsed, cut at its break opportunities. */
  segments: Segment[];
  tag?: string;
  lines: Line[];
}
interface ShapeNode extends Common {
  type: 'svg';
  paints: (x: number, y: number) => Paint[];
}
type LayoutNode = BoxNode | TextNode | ShapeNode;
type Align = 'stretch' | 'flex-start' | 'center' | 'flex-end' | 'baseline';
const ALIGN = new Set(['stretch', 'flex-start', 'center', 'flex-end', 'baseline']);
const JUSTIFY = new Set(['flex-start', 'center', 'flex-end', 'space-between']);

interface Segment {
  /** As written, with its break hints and its trailing space. */
  raw: string;
  /** Width without the trailing space (and without the hyphen a soft hyphen shows at a line end: see `hyphen`). */
  core: number;
  /** Width with its trailing space, as it counts inside a line. */
  full: number;
  /** Width of the hyphen drawn when the line breaks after this segment. */
  hyphen: number;
}
interface Line { text: string; width: number }

class UnsupportedLayoutError extends Error {}

const numberStyle = (style: Style, key: string): number | undefined => {
  const v = style[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new UnsupportedLayoutError(`Unsupported value ${JSON.stringify(v)} for ${key}: only numbers (points)`);
  return v;
};

function checkStyle(style: Style): void {
  for (const key of Object.keys(style)) {
    if (!BOX_STYLES.has(key)) throw new UnsupportedLayoutError(`Unsupported style "${key}" in a card layout`);
  }
  if (style['display'] !== undefined && style['display'] !== 'flex') throw new UnsupportedLayoutError(`Unsupported display "${String(style['display'])}"`);
  if (style['fontFamily'] !== undefined && style['fontFamily'] !== FONT_FAMILY) throw new UnsupportedLayoutError(`Unsupported font "${String(style['fontFamily'])}"`);
  if (style['whiteSpace'] !== undefined && style['whiteSpace'] !== 'normal' && style['whiteSpace'] !== 'nowrap') throw new UnsupportedLayoutError(`Unsupported whiteSpace "${String(style['whiteSpace'])}"`);
}

function inherit(parent: TextStyle, style: Style): TextStyle {
  const weight = style['fontWeight'];
  const lineHeight = style['lineHeight'];
  if (lineHeight !== undefined && lineHeight !== 'normal' && typeof lineHeight !== 'number') throw new UnsupportedLayoutError(`Unsupported lineHeight ${JSON.stringify(lineHeight)}`);
  return {
    size: numberStyle(style, 'fontSize') ?? parent.size,
    bold: weight === undefined ? parent.bold : Number(weight) >= 600 || weight === 'bold',
    lineHeight: lineHeight === undefined ? parent.lineHeight : lineHeight === 'normal' ? undefined : lineHeight,
    fill: typeof style['color'] === 'string' ? colourOf(style['color']) : parent.fill,
  };
}

function colourOf(value: string): Rgb {
  const rgb = parseColour(value);
  if (!rgb) throw new UnsupportedLayoutError(`Unsupported colour "${value}" for text`);
  return rgb;
}

function common(element: Element, style: Style): Common {
  return {
    ...(element.key !== undefined ? { key: element.key } : {}),
    margin: { left: numberStyle(style, 'marginLeft') ?? 0, right: numberStyle(style, 'marginRight') ?? 0, top: numberStyle(style, 'marginTop') ?? 0, bottom: numberStyle(style, 'marginBottom') ?? 0 },
    shrink: numberStyle(style, 'flexShrink') ?? 1,
    width: 0,
    height: 0,
  };
}

function build(element: Element, parentText: TextStyle): LayoutNode {
  if (element.type === 'svg') return buildSvg(element);
  if (element.type !== 'div') throw new UnsupportedLayoutError(`Unsupported element <${element.type}> in a card layout`);
  const style = element.props.style ?? {};
  checkStyle(style);
  const textStyle = inherit(parentText, style);
  const children = element.props.children;
  if (typeof children === 'string') {
    const role = element.props[ROLE];
    const clamp = numberStyle(style, 'lineClamp');
    if (style['textWrap'] !== undefined && style['textWrap'] !== 'balance') throw new UnsupportedLayoutError(`Unsupported textWrap "${String(style['textWrap'])}"`);
    return {
      type: 'text', ...common(element, style), style: textStyle, nowrap: style['whiteSpace'] === 'nowrap',
      ...(clamp !== undefined ? { clamp } : {}), balance: style['textWrap'] === 'balance',
      segments: segmentsOf(children, textStyle), lines: [],
      ...(typeof role === 'string' && element.key?.includes('#') ? { tag: element.key } : {}),
    };
  }
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  if (list.some((c: Child) => typeof c === 'string')) throw new UnsupportedLayoutError('Unsupported mixed content: text and elements in one box');
  const align = style['alignItems'] ?? 'stretch';
  if (!ALIGN.has(String(align))) throw new UnsupportedLayoutError(`Unsupported alignItems "${String(align)}"`);
  const justify = style['justifyContent'] ?? 'flex-start';
  if (!JUSTIFY.has(String(justify))) throw new UnsupportedLayoutError(`Unsupported justifyContent "${String(justify)}"`);
  const direction = style['flexDirection'] ?? 'row';
  if (direction !== 'row' && direction !== 'column') throw new UnsupportedLayoutError(`Unsupported flexDirection "${String(direction)}"`);
  for (const key of ['lineClamp', 'textWrap', 'whiteSpace']) {
    if (style[key] !== undefined) throw new UnsupportedLayoutError(`Unsupported style "${key}" on a box: it applies to text only`);
  }
  const fixedWidth = numberStyle(style, 'width');
  const fixedHeight = numberStyle(style, 'height');
  return {
    type: 'box', ...common(element, style), row: direction === 'row', align: align as Align, justify: justify as BoxNode['justify'],
    radius: numberStyle(style, 'borderRadius') ?? 0,
    ...(fixedWidth !== undefined ? { fixedWidth } : {}),
    ...(fixedHeight !== undefined ? { fixedHeight } : {}),
    padding: { left: numberStyle(style, 'paddingLeft') ?? 0, right: numberStyle(style, 'paddingRight') ?? 0, top: numberStyle(style, 'paddingTop') ?? 0, bottom: numberStyle(style, 'paddingBottom') ?? 0 },
    ...(typeof style['backgroundColor'] === 'string' ? { background: colourOf(style['backgroundColor']) } : {}),
    children: (list as Element[]).map((c) => build(c, textStyle)),
  };
}

/** A pictogram or QR code: each shape becomes one path, scaled from the viewBox. */
function buildSvg(element: Element): ShapeNode {
  const { width, height, viewBox, fill, stroke, strokeWidth, style = {}, children } = element.props as Record<string, unknown> & { style?: Style };
  if (typeof width !== 'number' || typeof height !== 'number') throw new UnsupportedLayoutError('An inline SVG needs a width and a height in points');
  const [vx = 0, vy = 0, vw = width] = String(viewBox ?? `0 0 ${width} ${height}`).split(/[\s,]+/).map(Number);
  if (vx !== 0 || vy !== 0) throw new UnsupportedLayoutError('Unsupported viewBox offset in an inline SVG');
  const link = element.props['data-link'];
  const figure = typeof link === 'string' ? link : undefined;
  const shapes = (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Element[];
  const scale = width / vw;
  const node: ShapeNode = {
    type: 'svg', ...common(element, style), width, height,
    paints: (x, y) => {
      const out: Paint[] = shapes.map((shape) => {
        const own = shape.props as Record<string, unknown>;
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(own)) if (typeof v === 'string' || typeof v === 'number') attrs[k] = String(v);
        // A pictogram's own colour is its stroke (tree.ts `icon`); a filled part says "currentColor".
        const current = (value: unknown) => (value === 'currentColor' ? stroke : value) as string | undefined;
        const fillRgb = parseColour(current(own['fill'] ?? fill ?? 'black'));
        const strokeRgb = parseColour(current(own['stroke'] ?? stroke));
        return {
          kind: 'shape', x, y, height, scale, d: shapeToPath(shape.type, attrs),
          ...(fillRgb ? { fill: fillRgb } : {}),
          ...(strokeRgb ? { stroke: strokeRgb } : {}),
          strokeWidth: Number(own['strokeWidth'] ?? strokeWidth ?? 1),
          ...(figure ? { figure } : {}),
        } as Paint;
      });
      if (figure) out.push({ kind: 'link', x, y, width, height, url: figure });
      return out;
    },
  };
  return node;
}

// ---------------------------------------------------------------------------------------------
// Text

/** White space as CSS `white-space: normal` and `nowrap` treat it: every run becomes one space. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ');
const visible = (text: string): string => text.replaceAll(SOFT_HYPHEN, '').replaceAll(WORD_JOINER, '');

function segmentsOf(text: string, style: TextStyle): Segment[] {
  const value = collapse(text);
  const out: Segment[] = [];
  const breaker = new LineBreaker(value);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const raw = value.slice(last, bk.position);
    last = bk.position;
    if (raw) out.push(segment(raw, style));
  }
  return out;
}

function segment(raw: string, style: TextStyle): Segment {
  const trimmed = raw.replace(/ +$/, '');
  const core = textWidth(visible(trimmed), style.size, style.bold);
  const spaces = raw.length - trimmed.length;
  const full = core + (spaces ? spaces * textWidth(' ', style.size, style.bold) : 0);
  const hyphen = trimmed.endsWith(SOFT_HYPHEN) ? textWidth('-', style.size, style.bold) : 0;
  return { raw, core, full, hyphen };
}

/** The width of the text on one line (its max-content width). */
function singleLineWidth(node: TextNode): number {
  let width = 0;
  node.segments.forEach((s, i) => { width += i === node.segments.length - 1 ? s.core : s.full; });
  return width;
}

/** The lines of a text at `available` width, balanced and clamped when its style says so. */
function lines(node: TextNode, available: number): Line[] {
  let out = wrap(node, available);
  if (node.balance && out.length > 1 && (node.clamp === undefined || out.length <= node.clamp)) {
    // The narrowest width that needs no more lines, to a tenth of a point.
    let low = available / out.length;
    let high = available;
    while (high - low > 0.1) {
      const mid = (low + high) / 2;
      if (wrap(node, mid).length > out.length) low = mid; else high = mid;
    }
    out = wrap(node, high);
  }
  if (node.clamp !== undefined && out.length > node.clamp) out = ellipsis(node, out.slice(0, node.clamp), available);
  return out;
}

const ELLIPSIS = '\u2026';

/** The last kept line ends in "…", dropping words from its end until that fits. */
function ellipsis(node: TextNode, kept: Line[], available: number): Line[] {
  const last = kept[kept.length - 1]!;
  const { size, bold } = node.style;
  let words = visible(last.text).split(' ');
  let text = `${words.join(' ')}${ELLIPSIS}`;
  while (words.length > 1 && textWidth(text, size, bold) > available) {
    words = words.slice(0, -1);
    text = `${words.join(' ').replace(/[\s,.;:!?-]+$/, '')}${ELLIPSIS}`;
  }
  return [...kept.slice(0, -1), { text, width: textWidth(text, size, bold) }];
}

/** Greedy line filling, as browsers do: a segment that does not fit starts a new line; one too wide on its own overflows. */
function wrap(node: TextNode, available: number): Line[] {
  if (node.nowrap) return node.segments.length ? [{ text: node.segments.map((s) => s.raw).join('').trimEnd(), width: singleLineWidth(node) }] : [];
  const lines: Line[] = [];
  let text = '';
  let width = 0;
  let last: Segment | undefined;
  const end = () => {
    if (!last) return;
    lines.push({ text: text.replace(/ +$/, ''), width: width - last.full + last.core + last.hyphen });
    text = '';
    width = 0;
    last = undefined;
  };
  for (const s of node.segments) {
    if (last && width + s.core + s.hyphen > available + 0.001) end();
    if (!last && s.raw.trim() === '') continue; // a space at the start of a line is not drawn
    text += s.raw;
    width += s.full;
    last = s;
  }
  end();
  return lines;
}

function lineBox(style: TextStyle): { height: number; baseline: number } {
  const m = fontMetrics(style.bold);
  const ascent = m.ascent * style.size;
  const descent = m.descent * style.size;
  const height = style.lineHeight === undefined ? ascent + descent + m.lineGap * style.size : style.lineHeight * style.size;
  return { height, baseline: (height - ascent - descent) / 2 + ascent };
}

// ---------------------------------------------------------------------------------------------
// Layout

/** The width a node takes when nothing wraps, margins not included. */
function maxContent(node: LayoutNode): number {
  if (node.type === 'svg') return node.width;
  if (node.type === 'text') return singleLineWidth(node);
  if (node.fixedWidth !== undefined) return node.fixedWidth;
  const outer = node.children.map((c) => maxContent(c) + c.margin.left + c.margin.right);
  const inner = node.row ? outer.reduce((a, b) => a + b, 0) : Math.max(0, ...outer);
  return inner + node.padding.left + node.padding.right;
}

/** Sizes `node` at border-box width `width` (its height follows) and lays out its children. */
function measure(node: LayoutNode, width: number): void {
  if (node.type === 'svg') return;
  if (node.type === 'text') {
    node.width = width;
    node.lines = lines(node, width);
    node.height = node.lines.length * lineBox(node.style).height;
    return;
  }
  node.width = node.fixedWidth ?? width;
  const inner = node.width - node.padding.left - node.padding.right;
  if (node.row) {
    const bases = node.children.map((c) => (c.type === 'svg' ? c.width : maxContent(c)));
    const used = node.children.reduce((sum, c, i) => sum + bases[i]! + c.margin.left + c.margin.right, 0);
    const overflow = used - inner;
    const weights = node.children.map((c, i) => (c.type === 'svg' ? 0 : c.shrink * bases[i]!));
    const total = weights.reduce((a, b) => a + b, 0);
    node.children.forEach((c, i) => measure(c, overflow > 0 && total > 0 ? Math.max(0, bases[i]! - (overflow * weights[i]!) / total) : bases[i]!));
    const tallest = Math.max(0, ...node.children.map((c) => c.height + c.margin.top + c.margin.bottom));
    node.height = node.fixedHeight ?? tallest + node.padding.top + node.padding.bottom;
  } else {
    for (const c of node.children) {
      const room = inner - c.margin.left - c.margin.right;
      measure(c, c.type === 'svg' ? c.width : node.align === 'stretch' ? room : Math.min(room, maxContent(c)));
    }
    const sum = node.children.reduce((s, c) => s + c.height + c.margin.top + c.margin.bottom, 0);
    node.height = node.fixedHeight ?? sum + node.padding.top + node.padding.bottom;
  }
}

/** Positions `node`'s border box at (left, top) and writes its paints. */
function place(node: LayoutNode, left: number, top: number, out: Flowed): void {
  if (node.key !== undefined) out.boxes.set(node.key, { left, top, width: node.width, height: node.height });
  out.height = Math.max(out.height, top + node.height);
  if (node.type === 'svg') {
    out.paints.push(...node.paints(left, top));
    return;
  }
  if (node.type === 'text') {
    const { height, baseline } = lineBox(node.style);
    node.lines.forEach((line, i) => {
      out.paints.push({
        kind: 'text', x: left, y: top + i * height + baseline, width: line.width, size: node.style.size, bold: node.style.bold,
        fill: node.style.fill, text: line.text, ...(node.tag ? { tag: node.tag } : {}),
      });
    });
    return;
  }
  if (node.background) out.paints.push({ kind: 'rect', x: left, y: top, width: node.width, height: node.height, fill: node.background, ...(node.radius ? { radius: node.radius } : {}) });
  const innerLeft = left + node.padding.left;
  const innerTop = top + node.padding.top;
  const innerWidth = node.width - node.padding.left - node.padding.right;
  const innerHeight = node.height - node.padding.top - node.padding.bottom;
  const main = (c: LayoutNode) => (node.row ? c.margin.left + c.width + c.margin.right : c.margin.top + c.height + c.margin.bottom);
  const free = (node.row ? innerWidth : innerHeight) - node.children.reduce((sum, c) => sum + main(c), 0);
  const { start, between } = justify(node, Math.max(0, free));
  if (node.row) {
    const baselines = node.children.map((c) => c.margin.top + firstBaseline(c));
    const topBaseline = Math.max(0, ...baselines);
    let x = innerLeft + start;
    node.children.forEach((c, i) => {
      const outer = c.height + c.margin.top + c.margin.bottom;
      const room = innerHeight - outer;
      const offset = node.align === 'center' ? room / 2 : node.align === 'flex-end' ? room : node.align === 'baseline' ? topBaseline - baselines[i]! : 0;
      place(c, x + c.margin.left, innerTop + offset + c.margin.top, out);
      x += main(c) + between;
    });
  } else {
    let y = innerTop + start;
    for (const c of node.children) {
      const room = innerWidth - c.margin.left - c.margin.right - c.width;
      const offset = node.align === 'center' ? room / 2 : node.align === 'flex-end' ? room : 0;
      place(c, innerLeft + c.margin.left + offset, y + c.margin.top, out);
      y += main(c) + between;
    }
  }
}

/** Where the first child starts on the main axis, and the space between two children. */
function justify(node: BoxNode, free: number): { start: number; between: number } {
  switch (node.justify) {
    case 'center': return { start: free / 2, between: 0 };
    case 'flex-end': return { start: free, between: 0 };
    case 'space-between': return { start: 0, between: node.children.length > 1 ? free / (node.children.length - 1) : 0 };
    default: return { start: 0, between: 0 };
  }
}

/** The distance from a node's top to its first line's baseline (its bottom when it has no text), for `alignItems: baseline`. */
function firstBaseline(node: LayoutNode): number {
  if (node.type === 'text') return node.lines.length ? lineBox(node.style).baseline : 0;
  if (node.type === 'svg' || !node.children.length) return node.height;
  const first = node.children[0]!;
  return node.padding.top + first.margin.top + firstBaseline(first);
}
