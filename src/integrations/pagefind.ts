/**
 * Builds the pagefind search index after the pages (the build's own integration calls it in
 * astro:build:done, one-pass.ts), with pagefind's Node API, so `astro build` stays the one
 * command. Only elements marked `data-pagefind-body` are indexed (offer pages, discount pages,
 * free pages); navigation pages carry no body and stay out.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefindApi from 'pagefind';

/** Where the bundle lands inside the build output; the search script loads it from here. */
const PAGEFIND_FOLDER = 'pagefind';

/** Pagefind answers with an `errors` list instead of throwing: turn any into one thrown error. */
function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n- ${errors.join('\n- ')}`);
}

export async function buildSearchIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<number> {
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

    const written = await index.writeFiles({ outputPath: path.join(siteDir, PAGEFIND_FOLDER) });
    failOn('writeFiles', written.errors);

    logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
    return added.page_count;
  } finally {
    // The Node API runs a pagefind binary as a service; leaving it running keeps the build alive.
    await pagefindApi.close();
  }
}
