/**
 * Builds a content folder with Astro's programmatic build() in this process: the repository's own
 * settings (astro.config.mjs) with a build session of the test's own, so the content folder and
 * build date are handed in, not read from the environment. The session is returned, so a test can
 * ask how often the content was read and checked.
 */
import { createHash } from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import config from '../../../astro.config.mjs';
import { createBuildSession, type BuildSession } from '../../../src/integrations/build-session.ts';
import { siteIntegrations } from '../../../src/integrations/index.ts';
import { cacheRoot } from '../../../src/cache/disk-cache.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface InProcessBuild {
  session: BuildSession;
  /** How often each file under the content folder was opened for reading, by path relative to it. */
  opened: Map<string, number>;
  /** Files under the session's cache folder this thread read, by path relative to it ("card-pdfs/<key>.pdf"). */
  cacheReads: Map<string, number>;
}

/** `cacheDir`: the build's cache folder (default: the project's own); `astroCacheDir`: Astro's own (its incremental build's record). */
export async function buildInProcess(options: { content: string; out: string; buildDate: string; cacheDir?: string; astroCacheDir?: string }): Promise<InProcessBuild> {
  const cacheDir = options.cacheDir ?? cacheRoot();
  const session = createBuildSession(() => ({ contentDir: options.content, buildDate: options.buildDate, cacheDir }));
  const opened = new Map<string, number>();
  const cacheReads = new Map<string, number>();
  const count = (file: fs.PathLike | number) => {
    if (typeof file !== 'string') return;
    for (const [folder, counts] of [[options.content, opened], [cacheDir, cacheReads]] as const) {
      const relative = path.relative(folder, path.resolve(file));
      if (!relative.startsWith('..')) counts.set(relative, (counts.get(relative) ?? 0) + 1);
    }
  };
  // Every module (this one, the integrations, Astro's page graph) shares node:fs: count what opens content files.
  const { openSync, readFileSync } = fs;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => { count(file); return (openSync as (...a: unknown[]) => number)(file, ...rest); }) as typeof fs.openSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => { count(file as fs.PathLike); return (readFileSync as (...a: unknown[]) => unknown)(file, ...rest); }) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  try {
    await build({
      ...config,
      root: ROOT,
      configFile: false,
      outDir: options.out,
      // Astro's cache folder per content folder, as astro.config.mjs makes it from CONTENT_DIR.
      cacheDir: options.astroCacheDir ?? path.join(ROOT, 'node_modules/.astro/in-process', createHash('sha256').update(path.resolve(options.content)).digest('hex').slice(0, 12)),
      integrations: siteIntegrations(session),
      logLevel: 'warn',
    });
  } finally {
    fs.openSync = openSync;
    fs.readFileSync = readFileSync;
    syncBuiltinESMExports();
  }
  return { session, opened, cacheReads };
}
