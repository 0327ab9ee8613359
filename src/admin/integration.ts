/**
 * Adds the editor to the built site at /admin/ (astro:build:done, after the pages and the search
 * index, so it is in neither; it is not an Astro page, so it is not in the sitemap either).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../source/read-content.ts';
import { writeEditor } from './output.ts';

/** Where the editor lives in the built site. */
const ADMIN_FOLDER = 'admin';

export function editor(): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await writeEditor(path.join(fileURLToPath(dir), ADMIN_FOLDER), { contentDir: contentDirectory(), root: process.cwd() });
        logger.fork('editor').info(`/${ADMIN_FOLDER}/ written (${(files.bundleBytes / 1024 / 1024).toFixed(1)} MB bundle${files.fromCache ? ', from cache' : ''}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
