/**
 * Builds the pagefind search index after the pages, with pagefind's Node API: at the very end of
 * `astro build` (the last integration, after the last build's left-overs are gone), or, under
 * `npm run build`, in scripts/build.ts once Astro's process has ended (the integration then
 * hands the output folder over instead). Only elements marked `data-pagefind-body` are indexed
 * (offer pages, discount pages, free pages); navigation pages carry no body and stay out.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { BuildSession } from './build-session.ts';

export function searchIndex(session: BuildSession): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const later = session.config.searchIndexLater;
        if (later) handOver(later, outDir);
        else await buildSearchIndex(outDir, logger.fork('zoekindex'));
      },
    },
  };
}

/**
 * Set by scripts/build.ts to a file: the build writes its output folder there instead of
 * indexing it, and the script indexes it after Astro's process has ended.
 */
export const SEARCH_INDEX_LATER_ENV = 'VTW_SEARCH_INDEX_LATER';

/** The build's side of the hand-over: where the pages are. */
function handOver(file: string, outDir: string): void {
  writeFileSync(file, JSON.stringify({ outDir }));
}

/** The script's side: the output folder, or undefined when the build ended before its end (astro build --help). */
export function handedOver(file: string): string | undefined {
  try {
    const { outDir } = JSON.parse(readFileSync(file, 'utf8')) as { outDir?: unknown };
    return typeof outDir === 'string' ? outDir : undefined;
  } catch {
    return undefined;
  }
}

/** Where the bundle lands inside the build output; the search script loads it from here. */
const PAGEFIND_FOLDER = 'pagefind';

/** Pagefind answers with an `errors` list instead of throwing: turn any into one thrown error. */
function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n- ${errors.join('\n- ')}`);
}

export async function buildSearchIndex(siteDir: string, logger: { info(message: string): void }): Promise<number> {
  const started = performance.now();
  try {
    // Every page is Dutch (html lang="nl-BE"); forcing "nl" gives one index with the Dutch
    // stemmer, whatever regional tag a page carries.
    const created = await pagefindApi.createIndex({ forceLanguage: 'nl' });
    failOn('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('pagefind createIndex returned no index');

    const added = await index.addDirectory({ path: siteDir });
    failOn('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`pagefind found no pages to index in ${siteDir}`);

    // The output folder is kept between builds (stale-outputs.ts): the last index goes as a whole,
    // or its fragments of pages that changed or left would stay.
    const folder = path.join(siteDir, PAGEFIND_FOLDER);
    rmSync(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    failOn('writeFiles', written.errors);

    logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
    return added.page_count;
  } finally {
    // The Node API runs a pagefind binary as a service; leaving it running keeps the build alive.
    await pagefindApi.close();
  }
}
