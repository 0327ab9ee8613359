/**
 * Where the build waits for what its worker pool draws after the content check (link previews in
 * binary-outputs.ts, deck PDFs and category sheets in their routes): it awaits the item, then
 * reads it from the disk cache. Card PDFs need no waiting: the check itself waited for the card
 * jobs. Shared through globalThis because Astro runs the integration and the routes as separate
 * module graphs of one process; the integration clears it at the start of every build.
 */
export type BinaryKind = 'preview' | 'deck' | 'sheet';

interface Registry { jobs: Map<string, Promise<void>> }
const registry: Registry = ((globalThis as { __vtwBinaryJobs?: Registry }).__vtwBinaryJobs ??= { jobs: new Map() });

const keyOf = (kind: BinaryKind, id: string): string => `${kind}:${id}`;

/** Resolves when the pool has put this item in the cache or gave up (the route then draws it); at once when no pool drew it. */
export function prerendered(kind: BinaryKind, id: string): Promise<void> {
  return registry.jobs.get(keyOf(kind, id)) ?? Promise.resolve();
}

/** For the integration: this item is being drawn; `done` never rejects. */
export function track(kind: BinaryKind, id: string, done: Promise<unknown>): void {
  registry.jobs.set(keyOf(kind, id), done.then(() => undefined, () => undefined));
}

export function clearTracked(): void {
  registry.jobs.clear();
}
