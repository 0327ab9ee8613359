/**
 * `npm run dev` follows the content folder: a saved offer, category, partner, discount scheme or
 * free page shows in the browser within a few seconds, and a mistake shows the check's Dutch
 * message (file, line, key, fix) in the terminal and in the browser's error overlay (getSite()
 * throws content-error.ts) until the file is fixed, without a restart.
 *
 * The session (one-pass.ts) drops its checked site and reloads the page on every change
 * (site-module.ts); this integration adds what that cannot do: it prints the new check in the
 * terminal, lets Astro's content layer read the changed bodies again (the partners' loader has no
 * watcher of its own), and restarts the server when site.yaml changes, because its `url` decides
 * Astro's `base` (astro.config.mjs).
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem } from '../source/read-content.ts';
import type { BuildSession } from './build-session.ts';

/** Editors save in bursts (temporary file, rename, chmod): one check for the whole burst. */
const SETTLE_MS = 150;

export function liveContent(session: BuildSession): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:live-content',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command !== 'dev') return;
        addWatchFile(path.join(session.config.contentDir, 'site.yaml'));
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const dir = session.config.contentDir;
        const inside = (file: string) => {
          const relative = path.relative(dir, path.resolve(file));
          return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        };
        let timer: NodeJS.Timeout | undefined;
        let running: Promise<void> = Promise.resolve();
        const burst = new Set<string>();
        const changed = (file: string) => {
          if (!inside(file) || path.basename(file) === 'site.yaml') return;
          burst.add(path.resolve(file));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const files = [...burst];
            burst.clear();
            running = running.then(() => recheck(session, logger, refreshContent, files)).catch((error: unknown) => {
              logger.error(error instanceof Error ? error.message : String(error));
            });
          }, SETTLE_MS);
        };
        server.watcher.add(dir);
        server.watcher.on('change', changed);
        server.watcher.on('add', changed);
        server.watcher.on('unlink', changed);
      },
    },
  };
}

async function recheck(
  session: BuildSession,
  logger: AstroIntegrationLogger,
  refreshContent: ((options: { loaders?: string[] }) => Promise<void>) | undefined,
  files: readonly string[],
): Promise<void> {
  session.invalidate();
  const result = session.result();
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of errors) logger.error(formatProblem(p));
    logger.error(`${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} in de inhoud. Verbeter en bewaar het bestand: de pagina laadt dan vanzelf opnieuw.`);
    return;
  }
  // Warnings of the files just saved; the others were shown when the server started.
  for (const p of result.problems) if (files.includes(path.resolve(p.file))) logger.warn(formatProblem(p));
  // The bodies (Markdown) live in Astro's content store: read the changed files again.
  await refreshContent?.({});
  logger.info('Inhoud opnieuw gelezen: geen fouten.');
}
