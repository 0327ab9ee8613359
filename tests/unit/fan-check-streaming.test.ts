/**
 * With enough cards to be worth workers, the build's fan check sends each card to the pool as
 * soon as its spec is computed (src/workers/parallel-layout.ts): every card is laid out once,
 * on the workers, and every offer card's PDF is in the cache afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { deckSpecs } from '../../src/fan/deck.ts';
import { isSingleCardCached } from '../../src/fan/single-card.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { parallelFanProblems } from '../../src/workers/parallel-layout.ts';
import { createDrawPool, MIN_JOBS_FOR_WORKERS } from '../../src/workers/pool.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'vtw-streaming-'));
const content = path.join(work, 'content');
beforeAll(() => generateContent(content, { offers: 90, seed: 7, buildDate: '2026-11-26' }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a fan of 90 generated offers: every card laid out on the workers, every card PDF drawn', { timeout: 120_000 }, async () => {
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

test('card workers run at a lower priority than the build; the main thread keeps its own', async () => {
  const { default: draw } = await import('../../src/workers/draw-task.ts');
  const os = await import('node:os');
  const before = os.getPriority(0);
  const site = checkContent(content, { buildDate: '2026-11-26' }).site!;
  const { siteShell } = await import('../../src/workers/draw-task.ts');
  // A small site's jobs run in the main thread: its priority must not change.
  await draw({ kind: 'card', site: siteShell(site), spec: deckSpecs(site)[0]!, pdf: false, cacheDir: path.join(work, 'cache') });
  expect(os.getPriority(0)).toBe(before);
  const { Worker } = await import('node:worker_threads');
  const { pathToFileURL } = await import('node:url');
  const script = `import draw from ${JSON.stringify(pathToFileURL(path.resolve('src/workers/draw-task.ts')).href)};
import { parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';
await draw(workerData);
parentPort.postMessage(os.getPriority(0));`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`), { workerData: { kind: 'card', site: siteShell(site), spec: deckSpecs(site)[0], pdf: false, cacheDir: path.join(work, 'cache') } });
  const priority = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  await worker.terminate();
  expect(priority).toBe(Math.min(19, before + 10));
});
