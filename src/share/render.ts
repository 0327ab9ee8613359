/**
 * Element tree -> PNG (satori, then resvg), cached on disk by a hash of everything that shapes the
 * pixels, so that a rebuild of 5,000 offers only redraws the offers that changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { fontBytes, satoriFonts } from '../fan/fonts.ts';
import type { Element } from '../fan/tree.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview.ts';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

export const CACHE_DIR = path.join(process.cwd(), 'node_modules/.cache/vrijetijdswaaier/og');

let toolHash: string | undefined;

/** Renderer versions and the font bytes: an upgrade of either must redraw every image. */
function tools(): string {
  if (!toolHash) {
    const h = createHash('sha256').update(`satori ${version('satori')} resvg ${version('@resvg/resvg-js')}`);
    const fonts = fontBytes();
    h.update(fonts.regular).update(fonts.bold);
    toolHash = h.digest('hex');
  }
  return toolHash;
}

/** The tree holds all inputs (texts, colours, pictogram shapes, layout), so its hash is the cache key. */
export function cacheKey(tree: Element): string {
  return createHash('sha256').update(tools()).update(JSON.stringify(tree)).digest('hex').slice(0, 32);
}

type SatoriOptions = Parameters<typeof satori>[1];
// The bytes are Node Buffers at run time, which satori reads; its types only name Buffer and ArrayBuffer.
export const previewFonts = (): SatoriOptions['fonts'] => satoriFonts() as unknown as SatoriOptions['fonts'];

export async function drawSvg(tree: Element): Promise<string> {
  return satori(tree as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: previewFonts() });
}

/** System fonts stay off: satori already turned every letter into a path, and loading them costs time. */
export function rasterise(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

export async function renderPng(tree: Element): Promise<Uint8Array> {
  return rasterise(await drawSvg(tree));
}

export interface CachedPng {
  png: Uint8Array;
  fromCache: boolean;
}

export async function cachedPng(tree: Element, dir = CACHE_DIR): Promise<CachedPng> {
  const file = path.join(dir, `${cacheKey(tree)}.png`);
  try {
    return { png: readFileSync(file), fromCache: true };
  } catch {
    // Not drawn yet: fall through and draw it.
  }
  const png = await renderPng(tree);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a build that runs next to this one never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { png, fromCache: false };
}
