/**
 * Element tree -> PNG: laid out by the cards' engine (src/fan/flow.ts), written as an SVG with every
 * letter as its outline, drawn by resvg, encoded by sharp. Cached on disk by a hash of everything
 * that shapes the pixels, so that a rebuild of 5,000 offers only redraws the offers that changed.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { fontBytes, shape } from '../fan/fonts.ts';
import { flow } from '../fan/flow.ts';
import { withoutBreakHints } from '../fan/hyphenate.ts';
import type { Paint, Rgb } from '../fan/svg.ts';
import type { Element } from '../fan/tree.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview.ts';
import { encodePalettePng, indexRows, palettePng, type IndexedRows } from './png.ts';
import { diskCache, packageVersion, sha256, sourceHash } from '../cache/disk-cache.ts';

/** In the build's cache folder (disk-cache.ts), or `dir` when given. */
const previews = (dir?: string) => (dir ? diskCache(path.basename(dir), 'png', path.dirname(dir)) : diskCache('og', 'png'));

let toolHash: string | undefined;

/** The layout engine and this writer, renderer versions and the font bytes: a change to any must redraw every image. */
function tools(): string {
  if (!toolHash) {
    const fonts = fontBytes();
    toolHash = sha256(`linebreak ${packageVersion('linebreak')} resvg ${packageVersion('@resvg/resvg-js')} sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`, sourceHash('src/fan'), sourceHash('src/share'), fonts.regular, fonts.bold);
  }
  return toolHash;
}

/** The tree holds all inputs (texts, colours, pictogram shapes, layout), so its hash is the cache key. */
export function cacheKey(tree: Element): string {
  return sha256(tools(), JSON.stringify(tree)).slice(0, 32);
}

export function drawSvg(tree: Element): Promise<string> {
  return Promise.resolve(paintsToSvg(flow(tree, PREVIEW_WIDTH).paints, PREVIEW_WIDTH, PREVIEW_HEIGHT));
}

const n = (v: number): string => String(Math.round(v * 100) / 100);
const hex = (c: Rgb): string => `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;

interface Outline {
  d: string;
  /** The glyph's vertical extent in font units (y up). */
  minY: number;
  maxY: number;
}
/** Glyph outlines by weight and glyph id, in font units (y up): the same letters come back on every image (bounded by the two fonts' glyphs). */
const outlines = new Map<string, Outline>();

function glyphOutline(bold: boolean, glyph: { id: number; path: { toSVG(): string }; bbox: { minY: number; maxY: number } }): Outline {
  const key = `${bold ? 'b' : 'r'}${glyph.id}`;
  let o = outlines.get(key);
  if (o === undefined) {
    const d = glyph.path.toSVG();
    outlines.set(key, (o = d ? { d, minY: glyph.bbox.minY, maxY: glyph.bbox.maxY } : { d, minY: 0, maxY: 0 }));
  }
  return o;
}

/**
 * One paint item as SVG markup with the rows it may touch, [top, bottom) in pixels: its geometry
 * widened by the pixel anti-aliasing may colour next to it. `cuttable`: a plain rectangle on whole
 * pixel rows, which gives the same pixels when drawn in pieces.
 */
interface Item {
  svg: string;
  top: number;
  bottom: number;
  cuttable: boolean;
}

const SPILL = 2;

function paintItems(paints: readonly Paint[]): Item[] {
  const items: Item[] = [];
  for (const p of paints) {
    if (p.kind === 'rect') {
      const cuttable = !p.radius && Number.isInteger(p.y) && Number.isInteger(p.height);
      items.push({
        svg: `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}"${p.radius ? ` rx="${n(p.radius)}"` : ''} fill="${hex(p.fill)}"/>`,
        top: cuttable ? p.y : Math.floor(p.y) - SPILL,
        bottom: cuttable ? p.y + p.height : Math.ceil(p.y + p.height) + SPILL,
        cuttable,
      });
    } else if (p.kind === 'shape') {
      const stroke = p.stroke ? p.strokeWidth * p.scale : 0;
      items.push({
        svg: `<path transform="translate(${n(p.x)} ${n(p.y)}) scale(${p.scale.toPrecision(6)})" d="${p.d}" fill="${p.fill ? hex(p.fill) : 'none'}"${p.stroke ? ` stroke="${hex(p.stroke)}" stroke-width="${n(p.strokeWidth)}" stroke-linecap="round" stroke-linejoin="round"` : ''}/>`,
        top: Math.floor(p.y - stroke) - SPILL,
        bottom: Math.ceil(p.y + p.height + stroke) + SPILL,
        cuttable: false,
      });
    } else if (p.kind === 'text') {
      const run = shape(withoutBreakHints(p.text), p.bold);
      const k = p.size / run.unitsPerEm;
      let pen = 0;
      let top = Infinity;
      let bottom = -Infinity;
      const out = [`<g fill="${hex(p.fill)}">`];
      run.glyphs.forEach((glyph, i) => {
        const pos = run.positions[i]!;
        const o = glyphOutline(p.bold, glyph);
        if (o.d) {
          const baseline = p.y - pos.yOffset * k;
          top = Math.min(top, baseline - o.maxY * k);
          bottom = Math.max(bottom, baseline - o.minY * k);
          out.push(`<path transform="matrix(${k.toPrecision(6)} 0 0 ${(-k).toPrecision(6)} ${n(p.x + (pen + pos.xOffset) * k)} ${n(baseline)})" d="${o.d}"/>`);
        }
        pen += pos.xAdvance;
      });
      out.push('</g>');
      if (top !== Infinity) items.push({ svg: out.join(''), top: Math.floor(top) - SPILL, bottom: Math.ceil(bottom) + SPILL, cuttable: false });
    }
  }
  return items;
}

const svgOf = (width: number, height: number, body: string, top = 0): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 ${top} ${width} ${height}">${body}</svg>`;

/** The paint items as an SVG: boxes, pictograms as strokes, each letter as its outline (so resvg needs no fonts). */
function paintsToSvg(paints: readonly Paint[], width: number, height: number): string {
  return svgOf(width, height, paintItems(paints).map((i) => i.svg).join(''));
}

/**
 * Where an image can be cut into strips of whole rows that each draw the same pixels on their own:
 * between the items that are not cuttable rectangles (with their spill), and at the edges of the
 * rectangles. Returns the rows from 0 to `height`, increasing.
 */
function stripCuts(items: readonly Item[], height: number): number[] {
  const spans = items.filter((i) => !i.cuttable).map((i) => [i.top, i.bottom] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [top, bottom] of spans) {
    const last = merged.at(-1);
    if (last && top <= last[1]) last[1] = Math.max(last[1], bottom);
    else merged.push([top, bottom]);
  }
  const inside = (y: number) => merged.some(([top, bottom]) => y > top && y < bottom);
  const cuts = new Set([0, height]);
  for (const y of [...merged.flat(), ...items.filter((i) => i.cuttable).flatMap((i) => [i.top, i.bottom])]) {
    if (y > 0 && y < height && !inside(y)) cuts.add(y);
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * Strips drawn before, as palette indices, by their SVG (which holds their place): a preview's
 * band, footer and empty rows come back on every offer of a category. Bounded by bytes.
 */
const strips = new Map<string, IndexedRows | 'too many colours'>();
let stripBytes = 0;
const STRIP_BUDGET = 24e6;

function remember(key: string, value: IndexedRows | 'too many colours'): void {
  strips.set(key, value);
  stripBytes += key.length + (value === 'too many colours' ? 0 : value.rows.length);
  for (const [old, rows] of strips) {
    if (stripBytes <= STRIP_BUDGET) break;
    strips.delete(old);
    stripBytes -= old.length + (rows === 'too many colours' ? 0 : rows.rows.length);
  }
}

const counts = { drawn: 0, reused: 0 };

/** Strips drawn by resvg and strips taken from the memo so far, in this thread. */
export const stripCounts = (): { drawn: number; reused: number } => ({ ...counts });

function drawStrip(width: number, top: number, height: number, body: string): IndexedRows | undefined {
  const key = svgOf(width, height, body, top);
  let indexed = strips.get(key);
  if (indexed !== undefined) {
    counts.reused++;
    // Most recently used last: the map's order is the order of eviction.
    strips.delete(key);
    strips.set(key, indexed);
  } else {
    counts.drawn++;
    const image = new Resvg(key, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    remember(key, (indexed = indexRows(image.pixels, width, height) ?? 'too many colours'));
  }
  return indexed === 'too many colours' ? undefined : indexed;
}

/**
 * The image drawn strip by strip (stripCuts), each strip's indices mapped to the image's palette in
 * order of first appearance: the same file as palettePng of the whole image drawn at once, up to
 * anti-aliasing noise where resvg rounds a shifted coordinate differently. Undefined when the
 * image has more than 256 colours.
 */
function paletteImage(paints: readonly Paint[], width: number, height: number): Buffer | undefined {
  const items = paintItems(paints);
  const cuts = stripCuts(items, height);
  const stride = width + 1;
  const rows = Buffer.alloc(height * stride);
  const palette = new Map<number, number>();
  for (let s = 0; s + 1 < cuts.length; s++) {
    const top = cuts[s]!;
    const bottom = cuts[s + 1]!;
    const strip = drawStrip(width, top, bottom - top, items.filter((i) => i.bottom > top && i.top < bottom).map((i) => i.svg).join(''));
    if (!strip) return undefined;
    const map = new Uint8Array(strip.colours.length);
    let same = true;
    strip.colours.forEach((colour, i) => {
      let at = palette.get(colour);
      if (at === undefined) palette.set(colour, (at = palette.size));
      map[i] = at;
      if (at !== i) same = false;
    });
    if (palette.size > 256) return undefined;
    const at = top * stride;
    if (same) strip.rows.copy(rows, at);
    else {
      const source = strip.rows;
      for (let from = 0; from < source.length; from += stride) {
        const to = at + from;
        // rows[to] stays 0 (filter None); a row the same as the one above is copied.
        if (from > 0 && source.compare(source, from - stride, from, from, from + stride) === 0) rows.copyWithin(to, to - stride, to);
        else for (let x = 1; x < stride; x++) rows[to + x] = map[source[from + x]!]!;
      }
    }
  }
  return encodePalettePng(width, height, { colours: [...palette.keys()], rows });
}

/**
 * resvg draws the pixels (system fonts off: every letter is already a path); png.ts writes them
 * with a palette: a preview has at most about 110 colours, so the file is about half the size of
 * an RGBA one and quicker to write. An image with more than 256 colours is written as RGBA by
 * sharp (libpng, already here for astro:assets) at a light compression level.
 */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const png = palettePng(pixels, image.width, image.height);
  if (!png) return sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer();
  // resvg's pixels (3 MB, outside V8's heap) are freed by a finalizer that Node runs on a later
  // turn of the event loop. A worker given one preview after another never got one: it kept every
  // image, 6 GB at 1,000 previews. (sharp's own work was asynchronous, which hid this.)
  await new Promise((resolve) => setImmediate(resolve));
  return png;
}

/**
 * A preview drawn in strips (paletteImage): the rows a strip shares with other previews (the band
 * of a category, the footer, empty rows) are drawn once per process. An image with more than 256
 * colours is drawn whole and written as RGBA.
 */
export async function renderPng(tree: Element): Promise<Uint8Array> {
  const paints = flow(tree, PREVIEW_WIDTH).paints;
  const png = paletteImage(paints, PREVIEW_WIDTH, PREVIEW_HEIGHT);
  if (!png) return rasterise(paintsToSvg(paints, PREVIEW_WIDTH, PREVIEW_HEIGHT));
  // The strips' pixels are freed by finalizers (see rasterise): one turn of the event loop per image.
  await new Promise((resolve) => setImmediate(resolve));
  return png;
}

export interface CachedPng {
  png: Uint8Array;
  fromCache: boolean;
}

/** Whether this image is in the disk cache (a warm build starts no workers for it). */
export const isPngCached = (tree: Element, dir?: string): boolean => previews(dir).has(cacheKey(tree));

export async function cachedPng(tree: Element, dir?: string): Promise<CachedPng> {
  const cache = previews(dir);
  const key = cacheKey(tree);
  const cached = cache.read(key);
  if (cached) return { png: cached, fromCache: true };
  const png = await renderPng(tree);
  cache.write(key, png);
  return { png, fromCache: false };
}
