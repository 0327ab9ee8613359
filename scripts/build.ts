/**
 * `npm run build`: builds the site, the fan and the search index from the content folder.
 *
 * Runs `astro build` in a child process with the Node options below, then builds the pagefind
 * search index in this small process once Astro's has ended. Pagefind's indexer needs about
 * 700 MB at 5,000 offers; Astro's process still holds well over 1 GB when its pages are done
 * (V8 keeps the pages of the drawing workers' heaps for seconds after they end, and native
 * code keeps what it allocated), so indexing inside it put both on top of each other. A plain
 * `astro build` still builds the index itself, at its end (src/integrations/pagefind.ts).
 *
 * Every argument goes to `astro build` (e.g. `npm run build -- --force`).
 * Environment: as `astro build` (CONTENT_DIR, OUT_DIR, BUILD_DATE, VTW_CACHE_DIR). Here only
 * CONTENT_DIR is read, to count the offer files (by name) for Node's options below, and
 * VTW_CACHE_DIR, where Node's compile cache goes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex, handedOver, SEARCH_INDEX_LATER_ENV } from '../src/integrations/pagefind.ts';
import { countOfferFiles, LARGE_SITE_OFFERS } from '../src/integrations/large-site.ts';
import { DEFAULT_CACHE_ROOT } from '../src/cache/disk-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Options that only work when Node starts:
 * - scripts/build.env: memory settings for Astro's native bundler, read as it loads (see there);
 * - --max-opt=2: V8's Maglev as the top compiler tier. Each JavaScript thread (main, card
 *   workers, deck worker) compiles its own hot code, and none runs long enough for TurboFan's
 *   faster code to pay its compiling back (docs/performance.md, seventh round);
 * - for a large site (src/integrations/large-site.ts), --max-semi-space-size=16: the main
 *   thread's young generation at most 48 MB (the workers set their own). V8 let it grow to
 *   128 MB: at 5,000 offers the build's peak was about 150 MB higher, at 1,000 offers the build
 *   about 0.4 s faster (docs/performance.md, eighth round).
 */
export function astroNodeOptions(offerFiles: number): string[] {
  return [
    '--max-opt=2',
    ...(offerFiles >= LARGE_SITE_OFFERS ? ['--max-semi-space-size=16'] : []),
    `--env-file=${path.join(ROOT, 'scripts/build.env')}`,
  ];
}

const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Node's compile cache for Astro's process (V8's compiled code of every module it loads, kept on
 * disk, in the build's cache folder unless NODE_COMPILE_CACHE says where): Astro, Vite, pdf-lib
 * and this project's modules start faster from the second build on. A rebuild of 1,000 offers,
 * five pairs alternated: 7.76 s against 7.93 s (docs/performance.md, ninth round).
 */
function compileCache(): string {
  return process.env['NODE_COMPILE_CACHE'] || path.join(process.env['VTW_CACHE_DIR'] ?? DEFAULT_CACHE_ROOT, 'node-compile-cache');
}

/** Astro's log line format, so the index's line reads like the build's own. */
function logInfo(message: string): void {
  const time = new Date().toLocaleTimeString('nl-BE', { hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' });
  console.log(`${time} [zoekindex] ${message}`);
}

function runAstro(args: readonly string[], handOverFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = astroNodeOptions(countOfferFiles(path.resolve(process.env['CONTENT_DIR'] ?? 'content')));
    const child = spawn(process.execPath, [...options, ASTRO, 'build', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, [SEARCH_INDEX_LATER_ENV]: handOverFile, NODE_COMPILE_CACHE: compileCache() },
      stdio: 'inherit',
    });
    // Ctrl+C or a `kill` of this process is passed on: this one waits for Astro's to end, then
    // cleans up and exits with its status.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'vrijetijdswaaier-build-'));
  const handOverFile = path.join(folder, 'search-index.json');
  try {
    const args = process.argv.slice(2);
    const code = await runAstro(args, handOverFile);
    const outDir = code === 0 ? handedOver(handOverFile) : undefined;
    if (outDir) {
      await buildSearchIndex(outDir, { info: logInfo });
    } else if (code === 0 && !args.some((arg) => arg === '--help' || arg === '-h')) {
      // A build that ended well always hands its folder over: without it the site has no search.
      console.error('De build gaf geen uitvoermap door, dus er is geen zoekindex gemaakt. Kijk of astro.config.mjs de integraties van dit project nog gebruikt.');
      process.exitCode = 1;
      return;
    }
    process.exitCode = code;
  } catch (error) {
    console.error(`De zoekindex kon niet gemaakt worden: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Imported by a test for its options: only `node scripts/build.ts` builds.
if (import.meta.main) await main();
