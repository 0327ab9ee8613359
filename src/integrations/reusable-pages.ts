/**
 * Astro's incremental build (astro.config.mjs, `experimental.incrementalBuild`) reuses a page
 * when its cache key and code match the last build, and then trusts the file in the output
 * folder (or restores its own copy in Astro's cache folder). Two cases break that trust here:
 *
 * - the last build did not finish (stopped with Ctrl+C, or it crashed while writing pages): Astro
 *   overwrote pages and its copies before recording their new keys, so a page could be reused
 *   with the content of the build that never finished. Then nothing is reused: Astro's record of
 *   the last build is removed and every page is rendered;
 * - the output folder holds a page Astro did not write (another tool, a hand edit, a build with
 *   another cache folder): a page that differs from Astro's own copy means the record is not
 *   about this folder, and again every page is rendered.
 *
 * Astro keeps its record in `<cacheDir>/incremental-build.json` and its copies under
 * `<cacheDir>/dist/` (astro/dist/core/build/incremental.js, an experimental feature). Should that
 * change, nothing here matches and Astro's own rules apply; tests/build/incremental.test.ts
 * fails then.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

interface Manifest { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> }

/** Call when a build starts, before Astro writes anything; `unfinished`: the last build into `outDir` did not end. */
export function trustReusablePages(outDir: string, astroCacheDir: string, unfinished: boolean): void {
  const manifestFile = path.join(astroCacheDir, 'incremental-build.json');
  if (unfinished) {
    rmSync(manifestFile, { force: true });
    return;
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  } catch {
    return; // No record: Astro renders every page.
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      if (typeof outputFile !== 'string' || outputFile.includes('..')) continue;
      const page = path.join(outDir, outputFile);
      if (!existsSync(page)) continue;
      // Not the page Astro recorded: nothing of that record is trusted, every page is rendered.
      if (!sameFile(page, path.join(astroCacheDir, 'dist', outputFile))) {
        rmSync(manifestFile, { force: true });
        return;
      }
    }
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}
