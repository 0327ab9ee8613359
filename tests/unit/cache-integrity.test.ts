/**
 * Issue 11, a cache that cannot poison the site: every entry records its length and hash; an entry
 * that was cut short, changed, or written in the old format is never returned, and the output is
 * drawn again, identical to a fresh one. A truncated layout file does not crash anything.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'vtw-cache-integrity-'));
// The cache folder is handed in once, as a build session does.
const { diskCache, sha256, useCacheRoot, verifiedPayload } = await import('../../src/cache/disk-cache.ts');
useCacheRoot(cacheDir);
const { checkContent } = await import('../../src/source/read-content.ts');
const { cachedSingleCardPdf } = await import('../../src/fan/index.ts');
const { fanOffers } = await import('../../src/fan/deck.ts');
const { deckSpecs } = await import('../../src/fan/deck.ts');
const { layOutCard } = await import('../../src/fan/layout.ts');
const { cardGeometry } = await import('../../src/fan/geometry.ts');
const { offerPreview } = await import('../../src/share/preview.ts');
const { cachedPng } = await import('../../src/share/render.ts');

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/basic');
const filesOf = (kind: string) => readdirSync(path.join(cacheDir, kind)).filter((f) => !f.endsWith('.tmp')).map((f) => path.join(cacheDir, kind, f));

/** Ways a cache file goes bad: a full disk, a killed build, a bit flip, an older version's entry. */
const DAMAGE: Record<string, (file: string) => void> = {
  'cut in half': (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
  'cut to nothing': (file) => truncateSync(file, 0),
  'one byte changed': (file) => {
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(file, bytes);
  },
  'no header (old format)': (file) => writeFileSync(file, verifiedPayload(readFileSync(file))!),
  'a lying header': (file) => {
    const payload = Buffer.from('%PDF-1.7 not the real thing');
    writeFileSync(file, Buffer.concat([Buffer.from(`vtw-cache 1 ${payload.length + 5} ${sha256(payload)}\n`), payload]));
  },
};

describe('disk cache entries', () => {
  test('return exactly what was written', () => {
    const cache = diskCache('unit', 'bin', cacheDir);
    const bytes = new Uint8Array([0, 1, 2, 255, 10, 13]);
    cache.write('k', bytes);
    expect(cache.has('k')).toBe(true);
    expect(new Uint8Array(cache.read('k')!)).toEqual(bytes);
    cache.write('text', '{"a":1}');
    expect(cache.read('text')!.toString('utf8')).toBe('{"a":1}');
  });

  test.each(Object.keys(DAMAGE))('%s: never returned, and removed so the next build draws it again', (damage) => {
    const cache = diskCache('unit', 'bin', cacheDir);
    cache.write('k', Buffer.alloc(5000, 'x'));
    DAMAGE[damage]!(filesOf('unit').find((f) => f.endsWith('k.bin'))!);
    expect(cache.read('k')).toBeUndefined();
    expect(cache.has('k')).toBe(false);
  });

  test('a truncated entry is not "in the cache" for the worker pool (has reads the header only)', () => {
    const cache = diskCache('unit', 'bin', cacheDir);
    cache.write('cut', Buffer.alloc(5000, 'y'));
    DAMAGE['cut in half']!(path.join(cacheDir, 'unit', 'cut.bin'));
    expect(cache.has('cut')).toBe(false);
  });

  test('a folder or nothing where an entry should be is a miss, not a crash', () => {
    const cache = diskCache('unit', 'bin', cacheDir);
    mkdirSync(path.join(cacheDir, 'unit', 'folder.bin'), { recursive: true });
    expect(cache.has('folder')).toBe(false);
    expect(cache.read('folder')).toBeUndefined();
    expect(cache.read('never-written')).toBeUndefined();
  });
});

describe('outputs drawn from a damaged cache are the fresh ones', () => {
  const site = checkContent(FIXTURE, { buildDate: '2026-11-26' }).site!;

  test.each(Object.keys(DAMAGE))('link preview PNG, %s', { timeout: 60_000 }, async (damage) => {
    const tree = offerPreview(site, site.offers[0]!);
    const fresh = await cachedPng(tree);
    for (const file of filesOf('og')) DAMAGE[damage]!(file);
    const again = await cachedPng(tree);
    expect(again.fromCache).toBe(false);
    expect(Buffer.from(again.png).equals(Buffer.from(fresh.png))).toBe(true);
    expect(await sharp(again.png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect((await cachedPng(tree)).fromCache).toBe(true);
  });

  test.each(Object.keys(DAMAGE))('card PDF and its layout, %s', { timeout: 60_000 }, async (damage) => {
    const id = fanOffers(site)[0]!.offer.id;
    const fresh = await cachedSingleCardPdf(site, id);
    for (const kind of ['card-pdfs', 'card-layouts']) for (const file of filesOf(kind)) DAMAGE[damage]!(file);
    const again = await cachedSingleCardPdf(site, id);
    expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true);
    expect(Buffer.from(again.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(again.subarray(-6)).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  test('a truncated layout JSON is laid out again, the same as before', { timeout: 60_000 }, async () => {
    const g = cardGeometry(site.settings);
    const spec = deckSpecs(site, g)[0]!;
    const fresh = await layOutCard(g, spec);
    for (const file of filesOf('card-layouts')) DAMAGE['cut in half']!(file);
    const again = await layOutCard(g, spec);
    expect(again.sides).toEqual(fresh.sides);
    expect(again.problems).toEqual(fresh.problems);
  });
});
