/**
 * The printed fan's "does every card fit" check, as an async content check: every card is laid out
 * once, on all cores, and an offer card that fits gets its single-card PDF drawn from that same
 * layout in the same job. Cards whose PDF is already cached are known to fit and are skipped,
 * so a rebuild after one changed offer lays out one card.
 */
import { deckSpecsAsComputed } from '../fan/deck.ts';
import { cardGeometry } from '../fan/geometry.ts';
import { isCardPdfCached } from '../fan/index.ts';
import { isFragmentCached } from '../fan/fragment.ts';
import { cacheRoot } from '../cache/disk-cache.ts';
import type { CardSpec } from '../fan/layout.ts';
import type { Site } from '../model/types.ts';
import type { AsyncCheck } from '../source/read-content.ts';
import { siteShell, type DrawJob, type DrawResult } from './draw-task.ts';
import { createDrawPool, MIN_JOBS_FOR_WORKERS, type DrawPool } from './pool.ts';

/**
 * With `pool`, the build's pool (kept open for the outputs after the check), which also draws the
 * single-card PDFs; without, a pool of its own that only lays out (`npm run check`, `npm run editie`).
 */
export function parallelFanProblems(pool?: DrawPool): AsyncCheck {
  const drawPdfs = pool !== undefined;
  return async (site) => {
    const own = pool ?? createDrawPool();
    try {
      const shell = siteShell(site);
      // Jobs wait here until there are enough to be worth starting workers; from then on each goes
      // to the workers as soon as its spec is computed, so the cores draw cards while this thread
      // computes the rest. Fewer (a rebuild after one changed offer): drawn here, as runAll decides.
      const waiting: DrawJob[] = [];
      const running: Promise<DrawResult>[] = [];
      let computed = 0;
      for (const spec of deckSpecsAsComputed(site, cardGeometry(site.settings))) {
        if (!drawPdfs || !isCardDrawn(shell, spec)) {
          const job: DrawJob = { kind: 'card', site: shell, spec, pdf: drawPdfs, cacheDir: cacheRoot() };
          if (running.length || waiting.length + 1 >= MIN_JOBS_FOR_WORKERS) {
            running.push(...waiting.splice(0).map((queued) => own.run(queued)), own.run(job));
          } else {
            waiting.push(job);
          }
        }
        // Now and then, let the pool hand out what was queued and hear from the workers.
        if (++computed % 25 === 0 && running.length) await new Promise((resolve) => setImmediate(resolve));
      }
      const results = running.length ? await Promise.all(running) : await own.runAll(waiting);
      return results.flatMap((r) => r.problems);
    } finally {
      if (!pool) await own.close();
    }
  };
}

/** A card whose outputs are all cached fits (the check refused it otherwise) and needs no job. */
function isCardDrawn(site: Site, spec: CardSpec): boolean {
  const g = cardGeometry(site.settings);
  return (spec.kind !== 'offer' || isCardPdfCached(site, spec, { subset: true }))
    && isFragmentCached(g, spec);
}
