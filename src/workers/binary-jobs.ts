/**
 * The heavy per-offer outputs (link previews, single-card PDFs), drawn on every core before Astro
 * asks for them. Workers fill the disk cache (src/cache); the Astro routes then wait for their
 * item and read it. Shared through globalThis because Astro loads the integration and the routes
 * as separate module graphs in the same process.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export type BinaryKind = 'layout' | 'preview' | 'card' | 'deck';
export interface BinaryJob { kind: BinaryKind; id: string }

export interface WorkerInput {
  contentDir: string;
  buildDate: string;
}

/** From a worker: ready for a job, finished one, or failed one (the route then draws it itself and reports). */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; key: string } | { type: 'failed'; key: string; error: string };

interface Registry { jobs: Map<string, Promise<void>> }
const registry: Registry = ((globalThis as { __vtwBinaryJobs?: Registry }).__vtwBinaryJobs ??= { jobs: new Map() });

export const jobKey = (job: BinaryJob): string => `${job.kind}:${job.id}`;

/** Resolves when a worker has put this item in the cache (or gave up); at once when no pool runs. */
export function prerendered(kind: BinaryKind, id: string): Promise<void> {
  return registry.jobs.get(jobKey({ kind, id })) ?? Promise.resolve();
}

export interface PoolOptions extends WorkerInput {
  workers?: number;
  log?: (message: string) => void;
}

/** Starts the pool; returns a promise for the whole batch. Never rejects: a failed item is redrawn by its route. */
export function startBinaryPool(jobs: BinaryJob[], options: PoolOptions): Promise<{ done: number; failed: number; ms: number }> {
  const started = performance.now();
  const queue = [...jobs];
  const settle = new Map<string, () => void>();
  for (const job of jobs) {
    const key = jobKey(job);
    registry.jobs.set(key, new Promise<void>((resolve) => settle.set(key, resolve)));
  }
  const count = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), jobs.length));
  const entry = path.join(process.cwd(), 'src/workers/binary-worker.ts');
  let done = 0;
  let failed = 0;
  const finish = (key: string) => {
    settle.get(key)?.();
    settle.delete(key);
  };
  const runners = Array.from({ length: jobs.length ? count : 0 }, () => new Promise<void>((resolve) => {
    const worker = new Worker(entry, { workerData: { contentDir: options.contentDir, buildDate: options.buildDate } satisfies WorkerInput });
    worker.unref();
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'done') {
        done++;
        finish(message.key);
      } else if (message.type === 'failed') {
        failed++;
        options.log?.(`${message.key}: ${message.error}`);
        finish(message.key);
      }
      const next = queue.shift();
      if (next) worker.postMessage(next);
      else void worker.terminate();
    });
    worker.on('error', (error) => {
      options.log?.(`worker stopped: ${error.message}`);
    });
    worker.on('exit', () => resolve());
  }));
  return Promise.all(runners).then(() => {
    // Anything a crashed worker left: its routes draw it themselves.
    for (const key of [...settle.keys()]) finish(key);
    return { done, failed, ms: performance.now() - started };
  });
}
