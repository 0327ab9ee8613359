/**
 * `npm run dev` follows the content folder: a saved offer, category, partner, discount scheme or
 * free page shows in the browser within a few seconds, and a mistake shows the check's Dutch
 * message (file, line, key, fix) in the terminal and in the browser's error overlay (getSite()
 * throws content-error.ts) until the file is fixed, without a restart.
 *
 * On a change it drops the session's checked site and the virtual modules that hold it
 * (site-module.ts), prints the new check in the terminal, lets Astro's content layer read the
 * changed bodies again (the partners' loader has no watcher of its own) and reloads the browser.
 * site.yaml restarts the server instead, because its `url` decides Astro's `base` (astro.config.mjs).
 *
 * File watching alone misses changes: a save in the moment the watcher is still reading the
 * folder, a folder on a network drive or in a container. So before it serves a page the server
 * also compares the folder's files (name, size, modification time) with those of the last check,
 * and checks again first when they differ: a page never shows content older than the files.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblem } from '../source/read-content.ts';
import type { BuildSession } from './build-session.ts';
import { invalidateSiteModules } from './site-module.ts';
import { loaderRuns } from '../content/loader-runs.ts';

/** Editors save in bursts (temporary file, rename, chmod): one check for the whole burst. */
const SETTLE_MS = 150;
/** Astro reloads its content configuration in well under a second; a refresh waits this long at most. */
const REFRESH_WAIT_MS = 20_000;
/** Far more files than a content folder holds; a bigger folder is followed by the watcher alone. */
const MAX_FILES = 50_000;

type Snapshot = Map<string, string>;

/** Every file under `dir` (not hidden ones, not site.yaml) with its size and modification time. */
export function snapshot(dir: string): Snapshot | undefined {
  const files: Snapshot = new Map();
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // removed while we read: the next snapshot sees it
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) folders.push(file);
      else if (entry.isFile() && !(folder === dir && entry.name === 'site.yaml')) {
        try {
          const stats = statSync(file);
          files.set(file, `${stats.size} ${stats.mtimeMs}`);
        } catch {
          // removed while we read
        }
        if (files.size > MAX_FILES) return undefined;
      }
    }
  }
  return files;
}

/** The files added, removed or changed between two snapshots. */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  const changed = [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file);
  for (const file of before.keys()) if (!after.has(file)) changed.push(file);
  return changed;
}

/** What a browser asks for as a page or a built file (not Vite's modules, assets or HMR requests). */
function servesContent(url: string | undefined): boolean {
  const pathname = (url ?? '/').split('?')[0]!;
  if (/^\/(@|_astro\/|node_modules\/|src\/|__)/.test(pathname)) return false;
  return pathname.endsWith('/') || /\.(html|pdf|png|json|csv|xml|txt)$/.test(pathname) || !path.extname(pathname);
}

export function liveContent(session: BuildSession): AstroIntegration {
  let known: Snapshot | undefined;
  return {
    name: 'vrijetijdswaaier:live-content',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command !== 'dev') return;
        addWatchFile(path.join(session.config.contentDir, 'site.yaml'));
        // Before the content check (the first integration) reads the files: a save during the check counts as a change.
        known = snapshot(session.config.contentDir);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const dir = session.config.contentDir;
        const inside = (file: string) => {
          const relative = path.relative(dir, path.resolve(file));
          return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        };
        let running: Promise<void> = Promise.resolve();
        /**
         * Checks again when the files differ from the last check. `saved`: what the watcher saw
         * change, which decides only when the folder is too big to compare.
         */
        const sync = (saved: readonly string[] = []): Promise<void> => {
          running = running
            .then(async () => {
              const now = snapshot(dir);
              const changed = known && now ? changedFiles(known, now) : saved;
              if (changed.length === 0) return;
              known = now;
              await recheck(session, server, logger, refreshContent, changed);
            })
            .catch((error: unknown) => {
              logger.error(error instanceof Error ? error.message : String(error));
            });
          return running;
        };

        let timer: NodeJS.Timeout | undefined;
        const burst = new Set<string>();
        const changed = (file: string) => {
          if (!inside(file) || path.resolve(file) === path.join(dir, 'site.yaml')) return;
          burst.add(path.resolve(file));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const files = [...burst];
            burst.clear();
            void sync(files);
          }, SETTLE_MS);
        };
        server.watcher.add(dir);
        server.watcher.on('change', changed);
        server.watcher.on('add', changed);
        server.watcher.on('unlink', changed);

        // Before Astro renders a page: catch up with saves the watcher did not report (yet).
        server.middlewares.use((request, _response, next) => {
          if (request.method !== 'GET' || !servesContent(request.url)) return next();
          sync().then(() => next(), next);
        });
      },
    },
  };
}

async function recheck(
  session: BuildSession,
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  refreshContent: ((options: { loaders?: string[] }) => Promise<void>) | undefined,
  files: readonly string[],
): Promise<void> {
  session.invalidate();
  invalidateSiteModules(server);
  const result = session.result();
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of errors) logger.error(formatProblem(p));
    logger.error(`${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in de inhoud. Verbeter en bewaar het bestand: de pagina laadt dan vanzelf opnieuw.`);
  } else {
    // Warnings of the files just saved; the others were shown when the server started.
    for (const p of result.problems) if (files.includes(path.resolve(p.file))) logger.warn(formatProblem(p));
    // The bodies (Markdown) live in Astro's content store: read the changed files again.
    if (refreshContent && !(await refreshed(refreshContent))) {
      logger.warn('De teksten van de pagina\'s zijn niet opnieuw gelezen. Stop npm run dev (Ctrl+C) en start het opnieuw.');
    } else {
      logger.info('Inhoud opnieuw gelezen: geen fouten.');
    }
  }
  server.ws.send({ type: 'full-reload' });
}

/**
 * Asks Astro to run the content loaders until they have run. Astro's refreshContent() returns
 * without loading while Astro reloads its content configuration, which it starts by itself when
 * its watcher sees a Markdown file change: at the same moment as this refresh.
 */
async function refreshed(refreshContent: (options: { loaders?: string[] }) => Promise<void>): Promise<boolean> {
  const before = loaderRuns();
  const started = Date.now();
  for (;;) {
    await refreshContent({});
    if (loaderRuns() > before) return true;
    if (Date.now() - started > REFRESH_WAIT_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
