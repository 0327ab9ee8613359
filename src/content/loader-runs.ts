/**
 * How often the partners' content loader has run in this process. `npm run dev` needs it:
 * Astro's `refreshContent()` does nothing while Astro is reloading its content configuration
 * (which it does by itself when it sees a Markdown file change), so live-content.ts asks again
 * until the loader has really read the files.
 */
const RUNS = Symbol.for('vrijetijdswaaier.contentLoaderRuns');
type WithRuns = typeof globalThis & { [RUNS]?: number };

/** Called by the loader (src/content/loader.ts) each time it has read a folder into the store. */
export function countLoaderRun(): void {
  const g = globalThis as WithRuns;
  g[RUNS] = (g[RUNS] ?? 0) + 1;
}

export function loaderRuns(): number {
  return (globalThis as WithRuns)[RUNS] ?? 0;
}
