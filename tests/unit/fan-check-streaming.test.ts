/**
 * With enough cards to be worth workers, the build's fan check sends each card to the pool as
 * soon as its spec is computed (src/workers/parallel-layout.ts): every card is laid out once,
 * on the workers, and every offer card's PDF is in the cache afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { deckSpecs } from '../../src/fan/deck.ts';
import { isSingleCardCached } from '../../src/fan/single-card.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { parallelFanProblems } from '../../src/workers/parallel-layout.ts';
import { createDrawPool, MIN_JOBS_FOR_WORKERS } from '../../src/workers/pool.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'vtw-streaming-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a fan of 90 generated offers: every card laid out on the workers, every card PDF drawn', { timeout: 120_000 }, async () => {
  const content = path.join(work, 'content');
  generateContent(content, { offers: 90, seed: 7, buildDate: '2026-11-26' });
  const cacheDir = path.join(work, 'cache');
  useCacheRoot(cacheDir);
  const site = checkContent(content, { buildDate: '2026-11-26' }).site!;
  const pool = createDrawPool({ workers: 2 });
  try {
    expect(await parallelFanProblems(pool)(site)).toEqual([]);
    const specs = deckSpecs(site);
    expect(specs.length).toBeGreaterThanOrEqual(MIN_JOBS_FOR_WORKERS);
    // Each card once, all by the workers.
    expect(pool.completed).toBe(specs.length);
    for (const spec of specs.filter((s) => s.kind === 'offer')) expect(isSingleCardCached(site, spec.id, { subset: true }), spec.id).toBe(true);
  } finally {
    await pool.close();
  }
});
