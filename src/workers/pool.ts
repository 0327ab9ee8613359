/**
 * The one worker pool of a build (tinypool): started on first use by the content check, which lays
 * out every card there, kept for the link previews and deck PDFs the integration queues right
 * after the check, and closed when the build is done. Jobs carry their data (draw-task.ts). Card
 * and preview jobs share one worker per core; the two whole-deck jobs run one after the other on
 * a worker of their own with a larger heap.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import Tinypool from 'tinypool';
import draw, { type DrawJob, type DrawResult } from './draw-task.ts';
import { cacheRoot } from '../cache/disk-cache.ts';

export interface DrawPool {
  /** Runs a job on a worker; rejects when the job throws or its worker dies. */
  run(job: DrawJob): Promise<DrawResult>;
  /** Runs the jobs on the workers, or here in this thread when there are too few to be worth starting workers. */
  runAll(jobs: readonly DrawJob[]): Promise<DrawResult[]>;
  /**
   * Starts the deck worker now, loading what the decks need, while this thread still checks the
   * content: a rebuild after one changed offer assembles both decks right after the check.
   */
  warmDecks(): void;
  /** Jobs finished by workers so far. */
  readonly completed: number;
  close(): Promise<void>;
}

/** Below this many jobs, starting workers (each loads fonts, pdf-lib, resvg, sharp) costs more than it saves. */
export const MIN_JOBS_FOR_WORKERS = 60;

/**
 * A worker's own heap: a job needs a few MB (one card, one preview, one deck placed card by card),
 * but V8 grows a heap long before it collects. A cap makes each worker collect early and keeps a
 * 5,000-offer build's memory flat.
 */
const WORKER_HEAP_MB = 160;
/**
 * The young generation, where a job's short-lived objects live: at 16 MB the workers spent about a
 * tenth more CPU collecting than at 48 MB (200 cards laid out, placed and previewed on one thread:
 * 75 -> 66 ms per card, 42 -> 40 ms per preview, measured by hand; see docs/performance.md).
 */
const WORKER_YOUNG_MB = 48;

/**
 * Where a worker's old generation starts. A card job allocates some 12 MB and promotes a little
 * of it; with V8's default start the card workers ran about 55 full collections each at 1,000
 * offers, and V8's helper threads spent about 17 s of CPU marking them (perf, /proc per thread).
 * Starting at 80 MB: about 3 s faster cold builds at the same peak memory (four cold builds each,
 * alternated: 32.5 to 34.5 s against 35.6 to 38.6 s; peak 1,614 to 1,654 MB against 1,599 to
 * 1,636 MB). Node has no per-worker setting for it (resourceLimits sets only maxima), so it is
 * the process's V8 flag, set before the first worker starts; it only shapes heaps created later
 * (the workers), not the running main thread's.
 */
const WORKER_INITIAL_OLD_MB = 80;
let initialOldSet = false;

function setWorkerInitialOldSpace(): void {
  if (initialOldSet) return;
  initialOldSet = true;
  v8.setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_MB}`);
}

/**
 * A whole deck is one long job that holds the deck's pages and structure tree until it is saved:
 * at 5,000 offers more than the card workers' heap. Decks run on a worker of their own with room
 * for that (a cap still, so a runaway job fails instead of swapping); it works while the card
 * workers draw previews, and is gone when the decks are done. Its young generation is capped as
 * the card workers' are: V8 let it grow to 192 MB, and the print shop's deck of 5,000 offers
 * peaked at 767 MB of heap with it, 577 MB without, in the same time (assembled alone).
 */
const DECK_HEAP_MB = 1536;
// Measured at 1,000 offers (cold builds of generated content, alternated): decks in the capped
// card workers, where they spend much of their time collecting garbage, 105-113 s wall and
// 1.53-1.55 GB peak; on this worker 85-88 s and 1.76-1.79 GB. Faster builds won over memory.

export function createDrawPool(options: { root?: string; workers?: number; minJobs?: number } = {}): DrawPool {
  let pool: Tinypool | undefined;
  let deckPool: Tinypool | undefined;
  const threads = Math.max(1, options.workers ?? os.availableParallelism());
  const filename = pathToFileURL(path.join(options.root ?? process.cwd(), 'src/workers/draw-task.ts')).href;
  const started = (): Tinypool => {
    if (!pool) {
      setWorkerInitialOldSpace();
      pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    }
    return pool;
  };
  const deckWorker = (): Tinypool => {
    if (!deckPool) {
      setWorkerInitialOldSpace();
      deckPool = new Tinypool({ filename, minThreads: 0, maxThreads: 1, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: DECK_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    }
    return deckPool;
  };
  return {
    run: (job) => (job.kind === 'card' || job.kind === 'preview' ? started() : deckWorker()).run(job) as Promise<DrawResult>,
    runAll(jobs) {
      if (jobs.length < (options.minJobs ?? MIN_JOBS_FOR_WORKERS)) return sequential(jobs);
      return Promise.all(jobs.map((job) => started().run(job) as Promise<DrawResult>));
    },
    warmDecks() {
      deckWorker().run({ kind: 'warm', cacheDir: cacheRoot() }).catch(() => {
        // A worker that cannot start fails the deck jobs too, which report it.
      });
    },
    get completed() { return (pool?.completed ?? 0) + (deckPool?.completed ?? 0); },
    async close() {
      const open = [pool, deckPool];
      pool = undefined;
      deckPool = undefined;
      await Promise.all(open.map((p) => p?.destroy()));
    },
  };
}

/**
 * A small site's jobs, here in this thread. draw-task.ts is imported statically: the content check
 * runs this while Astro loads the configuration, and a dynamic import there fails when Astro has
 * loaded the configuration through Vite's module runner, which it closes once loaded ("Vite module
 * runner has been closed", seen once under load in the test suite).
 */
async function sequential(jobs: readonly DrawJob[]): Promise<DrawResult[]> {
  const out: DrawResult[] = [];
  for (const job of jobs) out.push(await draw(job));
  return out;
}
