/** The benchmark's figures: medians over runs, the printed table and the JSON file. */
import type { Phases } from './phases.ts';
import type { FirstSearch } from './first-search.ts';

export type BuildKind = 'full' | 'bare';

export interface RunResult {
  kind: BuildKind;
  wallMs: number;
  peakRssBytes?: number;
  cpuMs?: number;
  phases: Phases;
  distBytes: number;
  distFiles: number;
  distByExtension: Record<string, number>;
  firstSearch?: FirstSearch;
  /** Astro's own timers (ASTRO_TIMER_PATH), e.g. "Sync content layer", "Static generate". */
  astroTimers?: Record<string, number>;
  /** Files the build added to node_modules/.cache/vrijetijdswaaier (cache misses of binary outputs). */
  projectCacheFilesAdded: number;
  logFile: string;
}

/** The medians of a size's runs: the phases as in Phases, plus the run-wide figures. */
export interface Summary extends Omit<Phases, 'routes'> {
  runs: number;
  wallMs: number;
  msPerOffer: number;
  peakRssBytes?: number;
  cpuMs?: number;
  distBytesPerOffer: number;
  firstSearchBytes?: number;
}

export interface SizeResult {
  offers: number;
  published: number;
  onFan: number;
  /** Offers the bench kept off the fan because the fan could not print them (--unprintable-off-fan). */
  keptOffFanAsUnprintable: string[];
  markdownBytes: number;
  images: number;
  full: Summary;
  bare: Summary;
  runs: RunResult[];
  /** After the cold builds: one offer changed, both builds again with their caches (not with --rebuild off). */
  rebuild?: RebuildResult;
}

export interface RebuildResult {
  /** The offer file that changed. */
  changed: string;
  full: RunResult;
  bare: RunResult;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? median(known) : undefined;
}

export function summarise(runs: readonly RunResult[], offers: number): Summary {
  const wallMs = median(runs.map((r) => r.wallMs));
  return {
    runs: runs.length,
    wallMs,
    contentMs: medianOf(runs.map((r) => r.phases.contentMs)),
    staticPathsMs: medianOf(runs.map((r) => r.phases.staticPathsMs)),
    pagesMs: medianOf(runs.map((r) => r.phases.pagesMs)),
    photosMs: medianOf(runs.map((r) => r.phases.photosMs)),
    searchMs: medianOf(runs.map((r) => r.phases.searchMs)),
    fanMs: medianOf(runs.map((r) => r.phases.fanMs)),
    previewMs: medianOf(runs.map((r) => r.phases.previewMs)),
    writtenMs: medianOf(runs.map((r) => r.phases.writtenMs)),
    restMs: median(runs.map((r) => r.phases.restMs)),
    msPerOffer: wallMs / offers,
    peakRssBytes: medianOf(runs.map((r) => r.peakRssBytes)),
    cpuMs: medianOf(runs.map((r) => r.cpuMs)),
    distBytesPerOffer: median(runs.map((r) => r.distBytes)) / offers,
    firstSearchBytes: medianOf(runs.map((r) => r.firstSearch?.bytes)),
  };
}

const DASH = '—';
const seconds = (ms?: number) => (ms === undefined ? DASH : `${(ms / 1000).toFixed(2)} s`);
const bytes = (n?: number) => {
  if (n === undefined) return DASH;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${Math.round(n)} B`;
};
const count = (n: number) => n.toLocaleString('en-US');

export function formatSize(result: SizeResult): string[] {
  const rows: [string, string, string][] = [
    ['total wall time', seconds(result.full.wallMs), seconds(result.bare.wallMs)],
    ['  content load and check', seconds(result.full.contentMs), seconds(result.bare.contentMs)],
    ['  static paths (all routes)', seconds(result.full.staticPathsMs), seconds(result.bare.staticPathsMs)],
    ['  pages (bundle + HTML routes)', seconds(result.full.pagesMs), seconds(result.bare.pagesMs)],
    ['  partners\' photos (astro:assets)', seconds(result.full.photosMs), seconds(result.bare.photosMs)],
    ['  search index', seconds(result.full.searchMs), seconds(result.bare.searchMs)],
    ['  fan PDFs (routes)', seconds(result.full.fanMs), seconds(result.bare.fanMs)],
    ['  preview images (routes)', seconds(result.full.previewMs), seconds(result.bare.previewMs)],
    ['  card PDFs and previews written', seconds(result.full.writtenMs), seconds(result.bare.writtenMs)],
    ['  rest (exit, other hooks)', seconds(result.full.restMs), seconds(result.bare.restMs)],
    ['ms per offer', result.full.msPerOffer.toFixed(1), result.bare.msPerOffer.toFixed(1)],
    ['CPU time (user + system)', seconds(result.full.cpuMs), seconds(result.bare.cpuMs)],
    ['peak memory (RSS, process tree)', bytes(result.full.peakRssBytes), bytes(result.bare.peakRssBytes)],
    ['dist/ bytes per offer', bytes(result.full.distBytesPerOffer), bytes(result.bare.distBytesPerOffer)],
    ['first-search transfer', bytes(result.full.firstSearchBytes), bytes(result.bare.firstSearchBytes)],
    ['runs (median of)', String(result.full.runs), String(result.bare.runs)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(10, ...rows.map((r) => r[1].length));
  const w2 = Math.max(10, ...rows.map((r) => r[2].length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(w2)}`;
  return [
    `${count(result.offers)} offers (${count(result.published)} published, ${count(result.onFan)} on the fan; ${bytes(result.markdownBytes)} Markdown, ${result.images} photos)`,
    line('', 'full build', 'bare Astro'),
    line('-'.repeat(w0), '-'.repeat(w1), '-'.repeat(w2)),
    ...rows.map((r) => line(...r)),
  ];
}

/** Issue 16's goals, each with the figure of this run and whether it is met. */
export function goalLines(results: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  const mark = (met: boolean) => (met ? 'met' : 'NOT met');
  const mb = (n?: number) => (n === undefined ? '—' : `${Math.round(n / 1024 / 1024)} MB`);
  const at1000 = results.find((r) => r.offers === 1000);
  if (at1000) {
    const ratio = at1000.full.wallMs / at1000.bare.wallMs;
    lines.push(`Goal: cold 1,000 offers at most 6x bare Astro: ${ratio.toFixed(2)}x (${mark(ratio <= 6)})`);
    const peak = at1000.full.peakRssBytes;
    lines.push(`Goal: peak memory at 1,000 offers under 1.5 GB: ${mb(peak)} (${mark(peak !== undefined && peak < 1.5 * 1024 ** 3)})`);
    const rebuild = at1000.rebuild;
    if (rebuild) {
      const r = rebuild.full.wallMs / at1000.bare.wallMs;
      lines.push(`Goal: rebuild after one changed offer at most 2x bare Astro: ${seconds(rebuild.full.wallMs)} / ${seconds(at1000.bare.wallMs)} = ${r.toFixed(2)}x (${mark(r <= 2)}; bare Astro's own rebuild: ${seconds(rebuild.bare.wallMs)})`);
    }
  }
  const at5000 = results.find((r) => r.offers === 5000);
  if (at5000) {
    lines.push(`Goal: cold 5,000 offers under 3 minutes: ${seconds(at5000.full.wallMs)} (${mark(at5000.full.wallMs < 180_000)})`);
    const peak = at5000.full.peakRssBytes;
    lines.push(`Goal: peak memory at 5,000 offers under 2 GB: ${mb(peak)} (${mark(peak !== undefined && peak < 2 * 1024 ** 3)})`);
  }
  return lines;
}

export function ratioLine(results: readonly SizeResult[]): { text: string; ratio?: number } {
  const at1000 = results.find((r) => r.offers === 1000);
  if (!at1000) return { text: 'Ratio of full build to bare Astro at 1,000 offers: — (1,000 was not among the sizes)' };
  const ratio = at1000.full.wallMs / at1000.bare.wallMs;
  return {
    ratio,
    text: `Ratio of full build to bare Astro at 1,000 offers: ${ratio.toFixed(2)}x (${seconds(at1000.full.wallMs)} / ${seconds(at1000.bare.wallMs)}; goal: at most 6x)`,
  };
}
