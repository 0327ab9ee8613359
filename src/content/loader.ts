/**
 * An Astro content loader for the partners' folders. It reads files with the same reader as
 * `npm run check` (same YAML parser, BOM and CRLF handling, `_` templates skipped), so the site
 * never interprets a file differently from the checker. Astro only renders the Markdown bodies;
 * the facts come from the domain model (src/content/site.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentDirectory, readCollectionFiles, type FOLDERS } from '../source/read-content.ts';

export function partnerFilesLoader(folder: Exclude<(typeof FOLDERS)[number], 'paginas'>): Loader {
  return {
    name: `vrijetijdswaaier-${folder}`,
    load: async ({ store, renderMarkdown, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      const dir = contentDirectory();
      const files = readCollectionFiles(dir, folder);
      store.clear();
      for (const file of files) {
        const digest = generateDigest(file.body);
        const existing = store.get(file.id);
        if (existing && existing.digest === digest && existing.rendered) {
          store.set(existing);
          continue;
        }
        store.set({
          id: file.id,
          data: {},
          body: file.body,
          digest,
          filePath: path.relative(root, path.join(dir, file.source)),
          rendered: await renderMarkdown(file.body),
        });
      }
    },
  };
}
