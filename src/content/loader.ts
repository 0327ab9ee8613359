/**
 * An Astro content loader for the partners' folders. It reads nothing from disk: its entries are
 * the bodies of the build's checked site (virtual:vrijetijdswaaier/build, read and checked once
 * by the content check), so the site never interprets a file differently from the checker.
 * Astro only renders the Markdown bodies; the facts come from the domain model (src/content/site.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { config as build, site } from 'virtual:vrijetijdswaaier/build';
import type { FOLDERS } from '../source/read-content.ts';
import type { Site } from '../model/types.ts';
import { isUsableImage } from '../source/safe-files.ts';

export function partnerFilesLoader(folder: Exclude<(typeof FOLDERS)[number], 'paginas'>): Loader {
  return {
    name: `vrijetijdswaaier-${folder}`,
    load: async ({ store, renderMarkdown, generateDigest, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const dir = build.contentDir;
      const files = site ? entriesOf(site, folder) : [];
      const seen = new Set<string>();
      for (const file of files) {
        seen.add(file.id);
        const filePath = path.relative(root, path.join(dir, file.source));
        // Only the image goes through Astro's data pipeline, so that astro:assets can optimise it;
        // never one the check refuses (outside content/, a link, not a photo, too large).
        const image = file.image;
        const usable = typeof image?.bron === 'string' && isUsableImage(dir, file.source, image.bron);
        const data = await parseData({
          id: file.id,
          filePath,
          data: usable ? { afbeelding: { bron: image.bron, alt: String(image.alt ?? '') } } : {},
        });
        const digest = generateDigest(`${file.body}\n${JSON.stringify(data)}`);
        const existing = store.get(file.id);
        if (existing && existing.digest === digest && existing.rendered) {
          // Unchanged: reuse the rendered HTML (the slow part). Setting it again after a delete
          // re-registers its image for astro:assets, which a plain no-op set would skip.
          store.delete(file.id);
          store.set({ id: file.id, data, body: file.body, digest, filePath, rendered: existing.rendered });
          continue;
        }
        store.set({
          id: file.id,
          data,
          body: file.body,
          digest,
          filePath,
          rendered: await renderMarkdown(file.body),
        });
      }
      // Keep unchanged entries (rendering is the slow part); drop files that were removed.
      for (const key of store.keys()) if (!seen.has(key)) store.delete(key);
    },
  };
}

interface Entry { id: string; source: string; body: string; image?: { bron: string; alt: string } }

/** The published entities of one folder: an unpublished offer has no page to render its body on. */
function entriesOf(site: Site, folder: Exclude<(typeof FOLDERS)[number], 'paginas'>): Entry[] {
  switch (folder) {
    case 'aanbod':
      return site.offers.map((o) => ({ id: o.id, source: o.source, body: o.body, image: o.image ? { bron: o.image.src, alt: o.image.alt } : undefined }));
    case 'categorieen':
      return site.categories;
    case 'partners':
      return site.partners;
    case 'kortingen':
      return site.schemes;
  }
}
