/**
 * An Astro content loader for the partners' folders. It reads nothing itself: its files are the
 * ones the build's content check read, once (virtual:vrijetijdswaaier/files, same YAML parser,
 * BOM and CRLF handling, `_` templates skipped), so the site never interprets a file differently
 * from the checker. Bodies are rendered by the project's own
 * Markdown pipeline (src/markdown: parse once, check, render with raw HTML dropped and an
 * allow-list sanitizer), never by Astro's Markdown renderer; the facts come from the domain
 * model (src/content/site.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import build from 'virtual:vrijetijdswaaier/config';
import read from 'virtual:vrijetijdswaaier/files';
// The check's own functions, handed over by the build (src/integrations/site-module.ts): imported
// here, Vite would transform and run the Markdown pipeline and the file reading a second time.
import { isUsableImage, PIPELINE_VERSION, readCollectionFiles, renderBody } from 'virtual:vrijetijdswaaier/content-tools';
import type { FOLDERS } from '../source/read-content.ts';
import { countLoaderRun } from './loader-runs.ts';

export function partnerFilesLoader(folder: (typeof FOLDERS)[number]): Loader {
  return {
    name: `vrijetijdswaaier-${folder}`,
    load: async ({ store, generateDigest, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const dir = build.contentDir;
      // Free pages written as .mdx are maintainers' code: @astrojs/mdx compiles them (content.config.ts).
      // In `astro dev` the files change while the server runs (live-content.ts refreshes this loader): read them again.
      const files = (read ? read[folder] : readCollectionFiles(dir, folder)).filter((file) => !file.source.endsWith('.mdx'));
      const seen = new Set<string>();
      for (const file of files) {
        seen.add(file.id);
        const filePath = path.relative(root, path.join(dir, file.source));
        const data = await parseData({ id: file.id, filePath, data: dataFor(dir, folder, file) });
        // The pipeline version is part of the digest: HTML stored by an older renderer is never reused.
        const digest = generateDigest(`${PIPELINE_VERSION}\n${config.base}\n${file.source}\n${file.bodyLine}\n${file.body}\n${JSON.stringify(data)}`);
        const existing = store.get(file.id);
        if (existing && existing.digest === digest && existing.rendered) {
          // Unchanged: reuse the rendered HTML. Setting it again after a delete re-registers its
          // image for astro:assets, which a plain no-op set would skip.
          store.delete(file.id);
          store.set({ id: file.id, data, body: file.body, digest, filePath, rendered: existing.rendered });
          continue;
        }
        const html = renderBody(file.body, file.source, file.bodyLine, { base: config.base });
        store.set({ id: file.id, data, body: file.body, digest, filePath, rendered: { html, metadata: { headings: [], imagePaths: [] } } });
      }
      for (const key of store.keys()) if (!seen.has(key)) store.delete(key);
      countLoaderRun();
    },
  };
}

/**
 * What goes through Astro's data pipeline: a page's title, and the offer's photo so that
 * astro:assets can optimise it, never one the check refuses (outside content/, a link, not a
 * photo, too large).
 */
function dataFor(dir: string, folder: (typeof FOLDERS)[number], file: { source: string; data: unknown }): Record<string, unknown> {
  if (folder === 'paginas') return (file.data ?? {}) as Record<string, unknown>;
  const image = (file.data as { afbeelding?: { bron?: unknown; alt?: unknown } } | undefined)?.afbeelding;
  const usable = typeof image?.bron === 'string' && isUsableImage(dir, file.source, image.bron);
  return usable ? { afbeelding: { bron: image.bron, alt: String(image.alt ?? '') } } : {};
}
