/**
 * Astro's incremental build (astro.config.mjs): an offer page whose data and code did not change
 * is not rendered again (src/content/page-keys.ts). Reusing a page must never publish an old one:
 * after every kind of change the output folder of the rebuild is, file for file, the output of a
 * build from scratch; and a page is really reused when nothing it shows changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInProcess, ROOT } from './harness/in-process.ts';

const BUILD_DATE = '2026-11-26';
const work = mkdtempSync(path.join(os.tmpdir(), 'vtw-incremental-'));
const content = path.join(work, 'content');
const out = path.join(work, 'out');
/** The rebuilds keep both caches, as a maintainer's builds do. */
const caches = { cacheDir: path.join(work, 'cache'), astroCacheDir: path.join(work, 'astro-cache') };
afterAll(() => rmSync(work, { recursive: true, force: true }));

let fresh = 0;
/** A build from scratch of the same content: its own output folder and empty caches. */
async function fromScratch(buildDate = BUILD_DATE): Promise<string> {
  const dir = path.join(work, `fresh-${++fresh}`);
  await buildInProcess({ content, out: path.join(dir, 'out'), buildDate, cacheDir: path.join(dir, 'cache'), astroCacheDir: path.join(dir, 'astro-cache') });
  return path.join(dir, 'out');
}

const rebuild = (buildDate = BUILD_DATE) => buildInProcess({ content, out, buildDate, ...caches });

function files(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(base, entry.name);
    // The search index's file names carry hashes of what it holds: compared through the pages.
    if (rel === 'pagefind') return [];
    return entry.isDirectory() ? files(dir, rel) : [rel];
  }).sort();
}

/** Every file of the rebuild is the file of the build from scratch, and no other file is there. */
function expectSameAs(scratch: string): void {
  const mine = files(out);
  expect(mine).toEqual(files(scratch));
  const different = mine.filter((file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(scratch, file))));
  expect(different).toEqual([]);
}

const edit = (file: string, from: RegExp, to: string) => {
  const at = path.join(content, file);
  const text = readFileSync(at, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(at, text.replace(from, to));
};
const modified = (page: string) => statSync(path.join(out, page, 'index.html')).mtimeMs;

describe('a rebuild that reuses unchanged offer pages', () => {
  beforeAll(async () => {
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    await rebuild();
  }, 600_000);

  test('one changed offer: its page is rendered again, the others are reused, the site is the same as from scratch', async () => {
    const other = modified('aanbod/zwemmen-dilkom');
    edit('aanbod/bewegen-60-plus.md', /^titel: .*$/m, 'titel: Bewegen voor wie 60 is of ouder');
    await rebuild();
    expect(readFileSync(path.join(out, 'aanbod/bewegen-60-plus/index.html'), 'utf8')).toContain('Bewegen voor wie 60 is of ouder');
    expect(modified('aanbod/zwemmen-dilkom')).toBe(other);
    expectSameAs(await fromScratch());
  }, 600_000);

  test('a changed category, partner and discount scheme reach every offer page', async () => {
    edit('categorieen/sport.md', /^naam: Sport$/m, 'naam: Sport en beweging');
    edit('partners/bibliotheek.md', /^telefoon: .*$/m, 'telefoon: 02 451 00 00');
    edit('kortingen/participatiepas.md', /^naam: Participatiepas$/m, 'naam: Vrijetijdspas');
    await rebuild();
    const page = readFileSync(path.join(out, 'aanbod/zwemmen-dilkom/index.html'), 'utf8');
    expect(page).toContain('Sport en beweging');
    expect(page).toMatch(/Zo krijg je de vrijetijdspas/i);
    expect(readFileSync(path.join(out, 'aanbod/bib-lidmaatschap/index.html'), 'utf8')).toContain('tel:+3224510000');
    expectSameAs(await fromScratch());
  }, 600_000);

  test('another build date reaches every offer page (what is out of date, the edition)', async () => {
    await rebuild('2027-06-30');
    expectSameAs(await fromScratch('2027-06-30'));
    await rebuild();
  }, 600_000);

  test('a removed offer loses its page', async () => {
    rmSync(path.join(content, 'aanbod/bewegen-60-plus.md'));
    await rebuild();
    expectSameAs(await fromScratch());
  }, 600_000);

  test('a page in the output folder that Astro did not write is not reused', async () => {
    const page = path.join(out, 'aanbod/zwemmen-dilkom/index.html');
    const { atime, mtime } = statSync(page);
    writeFileSync(page, '<html><body>Niet van deze build</body></html>');
    const { utimesSync } = await import('node:fs');
    utimesSync(page, atime, mtime);
    await rebuild();
    expect(readFileSync(page, 'utf8')).not.toContain('Niet van deze build');
    expectSameAs(await fromScratch());
  }, 600_000);

  test('after a build that did not finish, nothing is reused', async () => {
    // What a build stopped halfway leaves: its mark, and a page it wrote before its record.
    const page = path.join(out, 'aanbod/zwemmen-dilkom/index.html');
    const { atime, mtime } = statSync(page);
    writeFileSync(path.join(out, '.vrijetijdswaaier-build'), 'unfinished\n');
    const { utimesSync } = await import('node:fs');
    writeFileSync(path.join(caches.astroCacheDir, 'dist/aanbod/zwemmen-dilkom/index.html'), '<html><body>Half af</body></html>');
    writeFileSync(page, '<html><body>Half af</body></html>');
    utimesSync(page, atime, mtime);
    await rebuild();
    expect(readFileSync(page, 'utf8')).not.toContain('Half af');
    expectSameAs(await fromScratch());
  }, 600_000);
});
