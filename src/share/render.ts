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
import { palettePng } from './png.ts';
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
/** Glyph outlines by weight and glyph id, in font units (y up): the same letters come back on every image (bounded by the two fonts' glyphs). */
const outlines = new Map<string, string>();

function glyphOutline(bold: boolean, glyph: { id: number; path: { toSVG(): string } }): string {
  const key = `${bold ? 'b' : 'r'}${glyph.id}`;
  let d = outlines.get(key);
  if (d === undefined) outlines.set(key, (d = glyph.path.toSVG()));
  return d;
}

/** The paint items as an SVG: boxes, pictograms as strokes, each letter as its outline (so resvg needs no fonts). */
function paintsToSvg(paints: readonly Paint[], width: number, height: number): string {
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  for (const p of paints) {
    if (p.kind === 'rect') {
      out.push(`<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}"${p.radius ? ` rx="${n(p.radius)}"` : ''} fill="${hex(p.fill)}"/>`);
    } else if (p.kind === 'shape') {
      out.push(`<path transform="translate(${n(p.x)} ${n(p.y)}) scale(${p.scale.toPrecision(6)})" d="${p.d}" fill="${p.fill ? hex(p.fill) : 'none'}"${p.stroke ? ` stroke="${hex(p.stroke)}" stroke-width="${n(p.strokeWidth)}" stroke-linecap="round" stroke-linejoin="round"` : ''}/>`);
    } else if (p.kind === 'text') {
      const run = shape(withoutBreakHints(p.text), p.bold);
      const k = p.size / run.unitsPerEm;
      let pen = 0;
      out.push(`<g fill="${hex(p.fill)}">`);
      run.glyphs.forEach((glyph, i) => {
        const pos = run.positions[i]!;
        const d = glyphOutline(p.bold, glyph);
        if (d) out.push(`<path transform="matrix(${k.toPrecision(6)} 0 0 ${(-k).toPrecision(6)} ${n(p.x + (pen + pos.xOffset) * k)} ${n(p.y - pos.yOffset * k)})" d="${d}"/>`);
        pen += pos.xAdvance;
      });
      out.push('</g>');
    }
  }
  out.push('</svg>');
  return out.join('');
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

async function renderPng(tree: Element): Promise<Uint8Array> {
  return rasterise(await drawSvg(tree));
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
