/**
 * Element tree -> PNG (satori, then resvg), cached on disk by a hash of everything that shapes the
 * pixels, so that a rebuild of 5,000 offers only redraws the offers that changed.
 */
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { fontBytes, satoriFonts } from '../fan/fonts.ts';
import type { Element } from '../fan/tree.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview.ts';
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';

/** In the build's cache folder (disk-cache.ts), or `dir` when given. */
const previews = (dir?: string) => (dir ? diskCache(path.basename(dir), 'png', path.dirname(dir)) : diskCache('og', 'png'));

let toolHash: string | undefined;

/** Renderer versions and the font bytes: an upgrade of either must redraw every image. */
function tools(): string {
  if (!toolHash) {
    const fonts = fontBytes();
    toolHash = sha256(`satori ${packageVersion('satori')} resvg ${packageVersion('@resvg/resvg-js')} sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`, fonts.regular, fonts.bold);
  }
  return toolHash;
}

/** The tree holds all inputs (texts, colours, pictogram shapes, layout), so its hash is the cache key. */
export function cacheKey(tree: Element): string {
  return sha256(tools(), JSON.stringify(tree)).slice(0, 32);
}

type SatoriOptions = Parameters<typeof satori>[1];
// The bytes are Node Buffers at run time, which satori reads; its types only name Buffer and ArrayBuffer.
let fonts: SatoriOptions['fonts'] | undefined;
/**
 * One list for the whole process: satori keeps its parsed fonts and shaped runs per font data
 * object, so a new copy for every image would parse both fonts again for each one.
 */
const previewFonts = (): SatoriOptions['fonts'] => (fonts ??= satoriFonts() as unknown as SatoriOptions['fonts']);

export async function drawSvg(tree: Element): Promise<string> {
  return satori(tree as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: previewFonts() });
}

/**
 * resvg draws the pixels (system fonts off: satori already turned every letter into a path);
 * sharp (libpng, already here for astro:assets) writes the PNG: at a light compression level it
 * is about twice as fast as resvg's encoder and the file is still a little smaller.
 */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 2, adaptiveFiltering: false })
    .toBuffer();
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
