/**
 * Issue 8's promise: a rebuild after one changed offer redraws only that offer's outputs, and the
 * heavy outputs are drawn by workers into the disk cache that the routes read.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'vtw-cache-test-'));
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/basic');
const BUILD_DATE = '2026-11-26';

// The cache folder is handed in once, as a build session does; each job carries it to its worker.
const { useCacheRoot } = await import('../../src/cache/disk-cache.ts');
useCacheRoot(cacheDir);
const { checkContent } = await import('../../src/source/read-content.ts');
const { deckSpecs, fanOffers } = await import('../../src/fan/deck.ts');
const { isSingleCardCached, isDeckCached } = await import('../../src/fan/index.ts');
const { siteShell } = await import('../../src/workers/draw-task.ts');
const { createDrawPool } = await import('../../src/workers/pool.ts');
const { parallelFanProblems } = await import('../../src/workers/parallel-layout.ts');
const { offerPreview } = await import('../../src/share/preview.ts');
const { cacheKey, isPngCached } = await import('../../src/share/render.ts');
const { isSheetCached } = await import('../../src/fan/cached-decks.ts');
const { categorySheets } = await import('../../src/referrer/category-sheets.ts');
type Site = NonNullable<ReturnType<typeof checkContent>['site']>;

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function loadSite(): Site {
  const site = checkContent(FIXTURE, { buildDate: BUILD_DATE }).site;
  if (!site) throw new Error('the basic fixture should pass the check');
  return site;
}

describe('cache keys', () => {
  it('change for the edited offer only', () => {
    const before = loadSite();
    const after = loadSite();
    const edited = after.offers.find((o) => o.id === 'zwemmen')!;
    edited.title = 'Zwemmen in het nieuwe testbad';
    for (const offer of before.offers) {
      const same = cacheKey(offerPreview(before, offer)) === cacheKey(offerPreview(after, after.offers.find((o) => o.id === offer.id)!));
      expect(same, offer.id).toBe(offer.id !== 'zwemmen');
    }
  });
});

describe('worker pool', () => {
  let site: Site;
  beforeAll(async () => {
    site = loadSite();
    // Workers get their data in the job: no content folder, no site to re-check.
    const pool = createDrawPool({ workers: 2, minJobs: 0 });
    try {
      // The fan check lays out every card once and draws each fitting offer card in the same job (on the pool: no minimum here).
      const problems = await parallelFanProblems(pool)(site);
      expect(problems).toEqual([]);
      await Promise.all([
        pool.run({ kind: 'deck', site, file: 'print-shop', specs: deckSpecs(site), cacheDir }),
        pool.run({ kind: 'sheets', site, specs: deckSpecs(site), sheets: categorySheets(site).map((s) => ({ id: s.categoryId, cardIds: s.cardIds, title: s.title })), cacheDir }),
        ...site.offers.map((o) => pool.run({ kind: 'preview', id: o.id, tree: offerPreview(site, o), cacheDir })),
      ]);
      expect(pool.completed).toBeGreaterThan(site.offers.length);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('hands a card job only the site facts a card shows', () => {
    const shell = siteShell(site);
    expect(shell.offers).toEqual([]);
    expect(shell.partners).toEqual([]);
    expect(shell.settings).toEqual(site.settings);
  });

  it('draws every card, preview, the deck and the category sheets into the disk cache', () => {
    for (const d of fanOffers(site)) expect(isSingleCardCached(site, d.offer.id, { subset: true }), d.offer.id).toBe(true);
    for (const o of site.offers) expect(isPngCached(offerPreview(site, o)), o.id).toBe(true);
    expect(isDeckCached(site, 'print-shop')).toBe(true);
    expect(isDeckCached(site, 'office')).toBe(false);
    const sheets = categorySheets(site);
    expect(sheets.length).toBeGreaterThan(1);
    for (const s of sheets) expect(isSheetCached(site, s.cardIds, s.title), s.categoryId).toBe(true);
  });

  it('writes real PDF and PNG files, and no half-written ones', () => {
    const files = readdirSync(cacheDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('card-pdfs') && f.endsWith('.pdf'))).toHaveLength(fanOffers(site).length);
    expect(files.filter((f) => f.startsWith('og') && f.endsWith('.png'))).toHaveLength(site.offers.length);
  });
});
