/**
 * One build, resolved once: the configuration (content folder, build date, cache folder, base URL)
 * and the checked site. The integration creates a session per `astro build` / `astro dev`; the
 * content check fills it, pages and routes read it through the virtual module
 * `virtual:vrijetijdswaaier/build` (site-module.ts), workers get what they draw as job data
 * (src/workers). Nothing downstream reads the content folder or the environment again.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_CACHE_ROOT, useCacheRoot } from '../cache/disk-cache.ts';
import { buildDate, checkContent, checkContentFully, contentDirectory, formatProblem, type AsyncCheck, type CheckOptions, type CheckResult } from '../source/read-content.ts';
import { handParsedBodiesToRenderer } from '../markdown/index.ts';
import type { Site } from '../model/types.ts';
import { SEARCH_INDEX_LATER_ENV } from './pagefind.ts';

export interface BuildConfig {
  /** Absolute path of the content folder (CONTENT_DIR, else ./content). */
  contentDir: string;
  /** "Today" for the content rules, YYYY-MM-DD (BUILD_DATE, else today in Belgium). */
  buildDate: string;
  /** Where outputs that depend only on their inputs are kept between builds (VTW_CACHE_DIR). */
  cacheDir: string;
  /** The public base URL from site.yaml, once the content is checked; undefined before. */
  siteUrl?: string;
  /** Where to hand the output folder over for the search index instead of indexing it (scripts/build.ts). */
  searchIndexLater?: string;
}

/** The environment, read in this one place. VTW_CACHE_DIR moves the cache (the benchmark gives every run its own). */
function resolveBuildConfig(): BuildConfig {
  return {
    contentDir: contentDirectory(), buildDate: buildDate(), cacheDir: process.env['VTW_CACHE_DIR'] ?? DEFAULT_CACHE_ROOT,
    searchIndexLater: process.env[SEARCH_INDEX_LATER_ENV] || undefined,
  };
}

export interface BuildSession {
  /** Unique per session: names what this build shares with its routes in this process (deck.ts). */
  readonly id: string;
  /** Resolved on first use, then fixed for the build. */
  readonly config: BuildConfig;
  /** How often this build read and checked the content folder: once (a test counts it). */
  readonly checks: number;
  /** Runs the content check (with the async checks such as the fan's layout) and keeps the result. */
  check(options?: Pick<CheckOptions, 'extraChecks'> & { asyncChecks?: readonly AsyncCheck[] }): Promise<CheckResult>;
  /** The last check's result; checks without the async checks when nothing has checked yet (astro sync, a bare config). */
  result(): CheckResult;
  /** The checked site; throws with the content problems when the check failed. */
  site(): Site;
  /** Drops the result (dev server: a content file changed); the next use checks again. */
  invalidate(): void;
}

export function createBuildSession(resolve: () => BuildConfig = resolveBuildConfig): BuildSession {
  let config: BuildConfig | undefined;
  let result: CheckResult | undefined;
  let checks = 0;
  const resolved = (): BuildConfig => {
    if (!config) {
      config = resolve();
      // The outputs' caches (fan, previews, editor bundle) read and write there from now on.
      useCacheRoot(config.cacheDir);
    }
    return config;
  };
  const keep = (r: CheckResult): CheckResult => {
    checks++;
    result = r;
    const url = (r.site ?? r.partialSite)?.settings.url;
    config = { ...resolved(), siteUrl: url };
    return r;
  };
  const id = randomUUID();
  return {
    id,
    get config() { return resolved(); },
    get checks() { return checks; },
    async check(options = {}) {
      const { contentDir, buildDate: date } = resolved();
      // The content loader renders the bodies this check parses (src/markdown/index.ts).
      handParsedBodiesToRenderer();
      return keep(await checkContentFully(contentDir, { ...options, buildDate: date }));
    },
    result() {
      if (result) return result;
      const { contentDir, buildDate: date } = resolved();
      return keep(checkContent(contentDir, { buildDate: date }));
    },
    site() {
      const r = this.result();
      if (r.site) return r.site;
      // The content check stops the build earlier with the same messages; this is a safety net.
      throw new Error(`Content has errors:\n${r.problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
    },
    invalidate() {
      result = undefined;
    },
  };
}
