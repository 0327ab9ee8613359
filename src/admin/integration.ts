/**
 * Adds the editor to the built site at /admin/ (astro:build:done, after the pages and the search
 * index, so it is in neither; it is not an Astro page, so it is not in the sitemap either).
 *
 * Its bundle does not depend on the content: a build starts it in a child process as soon as it
 * knows its cache folder (bundle-child.ts), and build:done takes it from the cache. Bundled at the
 * end, in the build's own process, it cost about a second and added esbuild's 300 MB to the
 * build's peak memory. Should the child fail, build:done bundles here and reports the error.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../source/read-content.ts';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { writeEditor } from './output.ts';
import { ROOT } from './bundle.ts';
import type { BuildSession } from '../integrations/build-session.ts';

/** How the child ended: it bundled, found the bundle in the cache, or failed (build:done then bundles here). */
type ChildBundle = 'bundled' | 'cache' | 'failed';

const CHILD_NICE = 10;

function bundleInChild(cacheDir: string): Promise<ChildBundle> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'src/admin/bundle-child.ts'), cacheDir], { stdio: ['ignore', 'pipe', 'ignore'] });
    // The bundle is wanted only at the very end: it gives way (10 nice steps, inherited by its
    // esbuild) to Astro's start and the content check, which both cores are busy with.
    // Cold builds of 1,000 offers, three pairs alternated: 19.64 / 18.84 / 19.91 s against
    // 19.87 / 19.68 / 19.87 s.
    if (child.pid !== undefined) {
      try {
        os.setPriority(child.pid, Math.min(19, os.getPriority() + CHILD_NICE));
      } catch {
        // Not allowed here: the normal priority.
      }
    }
    let said = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { said += chunk; });
    child.on('error', () => resolve('failed'));
    child.on('close', (code) => resolve(code === 0 && (said === 'bundled' || said === 'cache') ? said : 'failed'));
  });
}

/** Where the editor lives in the built site. */
const ADMIN_FOLDER = 'admin';

/**
 * Two integrations: `start` goes before the content check (its config:setup starts the child),
 * `write` goes last (its build:done writes /admin/ after the search index, so that the editor's
 * page is not indexed).
 */
export function editor(session?: BuildSession): { start: AstroIntegration; write: AstroIntegration } {
  let early: Promise<ChildBundle> | undefined;
  const start: AstroIntegration = {
    name: 'vrijetijdswaaier:editor-bundle',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || !session) return;
        let cacheDir: string;
        try {
          cacheDir = session.config.cacheDir;
        } catch {
          return; // a bad setting (BUILD_DATE): the content check right after reports it in Dutch
        }
        early = bundleInChild(cacheDir);
      },
    },
  };
  const write: AstroIntegration = {
    name: 'vrijetijdswaaier:editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const child = await early;
        const files = await writeEditor(path.join(fileURLToPath(dir), ADMIN_FOLDER), { contentDir: contentDirectory(), root: process.cwd() });
        const how = child === 'bundled' && files.fromCache ? ', bundled by a child process at the start' : files.fromCache ? ', from cache' : '';
        logger.fork('editor').info(`/${ADMIN_FOLDER}/ written (${(files.bundleBytes / 1024 / 1024).toFixed(1)} MB bundle${how}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
  return { start, write };
}
