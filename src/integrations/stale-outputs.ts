/**
 * The output folder is kept between builds (astro.config.mjs: vite.build.emptyOutDir false):
 * Astro used to empty it first, and then created every folder and file again. Writing over the
 * files of the last build is much cheaper: a rebuild after one changed offer 1.1 to 1.6 s faster
 * at 1,000 offers (docs/performance.md, eighth round).
 *
 * What the last build wrote and this one did not (a removed offer's page, card and preview) must
 * still go. Every file a build writes is written again, so its modification time is newer than
 * the mark this module leaves in the folder when the build starts; a file older than the mark is
 * left over, and is removed when the build is done, with the folders that end up empty. The one
 * exception: a page Astro's incremental build reused (its data and code unchanged) is not written
 * again but is in the list of outputs Astro hands to this hook, and stays. The
 * mark is a file in the output folder itself, so both times come from the same file system and
 * its clock and precision. Left alone: `.git` (as Astro's own emptying did) and `pagefind/`,
 * which the search index replaces as a whole (pagefind.ts). The integration comes after every
 * integration that writes files (index.ts); only the search index, which reads the pages, follows.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trustReusablePages } from './reusable-pages.ts';

export function staleOutputs(): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:stale-outputs',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // Before anything is written there (the content check, which may stop the build, ran before).
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        // A mark still there: the last build into this folder did not finish (it removes its mark).
        trustReusablePages(outDir, fileURLToPath(config.cacheDir), existsSync(path.join(outDir, MARK)));
        markBuildStart(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Astro's own output files, listed: a page the incremental build reused (astro.config.mjs)
        // is this build's page too, though it was not written again.
        const reused = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = removeStaleOutputs(fileURLToPath(dir), reused);
        if (removed) logger.info(`${removed} ${removed === 1 ? 'bestand' : 'bestanden'} van een vorige build verwijderd: deze build maakt ze niet meer`);
      },
    },
  };
}

const MARK = '.vrijetijdswaaier-build';
const KEEP = new Set(['.git', 'pagefind', MARK]);

/** Leaves the mark; call when the build starts, before anything is written to `outDir`. */
function markBuildStart(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, MARK), `${new Date().toISOString()}\n`);
}

/**
 * Removes what the last build left and this one did not write, then the mark; returns how many
 * files went. Does nothing without the mark (a folder this build did not mark is not touched).
 */
function removeStaleOutputs(outDir: string, keep: ReadonlySet<string>): number {
  const mark = path.join(outDir, MARK);
  let since: number;
  try {
    since = statSync(mark).mtimeMs;
  } catch {
    return 0;
  }
  let removed = 0;
  const sweep = (dir: string, top: boolean): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (top && KEEP.has(entry.name)) {
        empty = false;
        continue;
      }
      // Never followed: a link is removed or kept as the link itself.
      if (entry.isDirectory() && !entry.isSymbolicLink()) {
        if (sweep(file, false)) rmdirSync(file);
        else empty = false;
      } else if (!keep.has(file) && lstatSync(file).mtimeMs < since) {
        unlinkSync(file);
        removed++;
      } else {
        empty = false;
      }
    }
    return empty;
  };
  sweep(outDir, true);
  unlinkSync(mark);
  return removed;
}
