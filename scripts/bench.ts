/**
 * `npm run bench [-- --quick] [-- --sizes=100,1000] [-- --keep]`
 *
 * Generates synthetic content for 100, 1,000 and 5,000 offers (--quick: 100 and 1,000), builds
 * each with this project's real `astro build` and with a bare Astro baseline on the same Markdown,
 * alternating the two, and prints per size: wall time, phases, ms per offer, peak memory, bytes
 * of dist/ per offer and first-search transfer; last, the ratio full/bare at 1,000 offers.
 * Figures also go to bench-results.json (in the temporary folder and in the current directory).
 *
 * Every build is cold: its own output folder, its own Astro cache folder, `--force`, and the files
 * it added to the project's binary cache are removed after it (scripts/bench/project-cache.ts). The real
 * build runs in this repository with its own astro.config.mjs, through a wrapper config that only
 * moves the cache folder (so benchmark runs and your own builds never share a content cache).
 *
 * Output folders must lie inside the build's working directory: otherwise Astro writes its
 * prerender chunks to <cwd>/.astro/.prerender and deletes that folder afterwards, which would
 * collide with other builds in this repository. So the real build writes to
 * .cache/bench-<run>/ in the repository, a symlink to the temporary folder (removed at the end).
 * Numbers are for reading, not for asserting: see issue 8 for the goals.
 */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { generateContent, keepOffFan } from './bench/generate.ts';
import { linkNodeModules, writeBareProject } from './bench/bare-project.ts';
import { runBuild, type BuildRun } from './bench/run-build.ts';
import { parsePhases } from './bench/phases.ts';
import { outputSize } from './bench/output-size.ts';
import { cacheFiles, filesAddedSince, projectCacheDir } from './bench/project-cache.ts';
import { firstSearchTransfer } from './bench/first-search.ts';
import { formatSize, goalLines, ratioLine, summarise, type BuildKind, type RebuildResult, type RunResult, type SizeResult } from './bench/report.ts';
import { checkContent, formatProblem } from '../src/source/read-content.ts';
import { readCommandLine } from './lib/args.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_DATE = '2026-11-26';

/**
 * What `npm run build` runs (package.json): a full build is measured as a maintainer runs it,
 * through scripts/build.ts (Node's options for Astro, then the search index once Astro's process
 * has ended). Bare Astro runs as `astro build`, as its own project would.
 */
const FULL_BUILD_SCRIPT: string = (() => {
  const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
  const words = script.split(/\s+/);
  if (words.length !== 2 || words[0] !== 'node') throw new Error(`package.json's build script is no longer "node <script>": update the benchmark (${script})`);
  return path.join(ROOT, words[1]!);
})();
const SEED = 20261126;
const FAILED_LOG_LINES = 40;

interface Options { sizes: number[]; keep: boolean; keepCaches: boolean; seed: number; unprintableOffFan: boolean; rebuild: boolean }

function parseOptions(argv: readonly string[]): Options {
  const { values } = readCommandLine({
    usage: 'npm run bench [-- --quick] [-- --sizes=100,1000,5000] [-- --seed=N] [-- --keep] [-- --keep-caches] [-- --no-rebuild] [-- --unprintable-off-fan]',
    language: 'en',
    options: {
      quick: { type: 'boolean', default: false, description: 'sizes 100 and 1,000 only' },
      sizes: { type: 'string', value: '100,1000', description: 'numbers of offers to build, comma-separated (default 100,1000,5000)' },
      seed: { type: 'string', value: 'N', description: `seed of the generated content (default ${SEED})` },
      keep: { type: 'boolean', default: false, description: 'keep the generated content, outputs and logs' },
      'keep-caches': { type: 'boolean', default: false, description: "keep the binary cache between builds (warm, not cold; no rebuild run)" },
      'no-rebuild': { type: 'boolean', default: false, description: 'skip the rebuild after one changed offer' },
      'unprintable-off-fan': { type: 'boolean', default: false, description: 'mark offers whose card would not fit as waaier: false' },
    },
  }, argv);
  const sizes = values.sizes !== undefined ? values.sizes.split(',').map(Number) : values.quick ? [100, 1000] : [100, 1000, 5000];
  const seed = values.seed !== undefined ? Number(values.seed) : SEED;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
    console.error('--sizes takes whole numbers of offers, like --sizes=100,1000; --seed a whole number.');
    process.exit(2);
  }
  return { sizes, keep: values.keep, keepCaches: values['keep-caches'], seed, unprintableOffFan: values['unprintable-off-fan'], rebuild: !values['no-rebuild'] && !values['keep-caches'] };
}

/** At 1,000 offers the ratio is the headline: two pairs. Other sizes: one pair (5,000 is slow). */
function schedule(offers: number): BuildKind[] {
  return offers === 1000 ? ['bare', 'full', 'bare', 'full'] : ['bare', 'full'];
}

function writeRealConfig(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'astro.config.mjs');
  writeFileSync(file, [
    '// The repository\'s own config; only the cache folder moves, so every benchmark build is cold.',
    `import config from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};`,
    `export default { ...config, root: ${JSON.stringify(ROOT)}, cacheDir: process.env.BENCH_CACHE_DIR };`,
    '',
  ].join('\n'));
  return file;
}

function failed(kind: BuildKind, offers: number, run: BuildRun): never {
  const what = kind === 'full' ? 'The full build' : 'The bare Astro baseline';
  console.error(`\n${what} failed at ${offers} offers (exit code ${run.exitCode}). Last ${FAILED_LOG_LINES} lines of its output:\n`);
  for (const line of run.lines.slice(-FAILED_LOG_LINES)) console.error(`  ${line.text}`);
  console.error(`\nFull log: ${run.logFile}`);
  process.exit(1);
}

function readTimers(file: string): Record<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const stats = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { elapsedTime: number }>;
    return Object.fromEntries(Object.entries(stats).map(([name, s]) => [name, Math.round(s.elapsedTime)]));
  } catch {
    return undefined;
  }
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(path.join(os.tmpdir(), 'vrijetijdswaaier-bench-'));
  console.log(`Benchmark in ${work} (sizes ${options.sizes.join(', ')}; BUILD_DATE ${BUILD_DATE}; seed ${options.seed})`);
  linkNodeModules(work, ROOT);
  const realConfig = path.relative(ROOT, writeRealConfig(path.join(work, 'real-config')));
  const bareDir = writeBareProject(path.join(work, 'bare'), ROOT);
  const astroBin = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  mkdirSync(path.join(work, 'out'), { recursive: true });
  mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const realOut = path.join(ROOT, '.cache', `bench-${path.basename(work)}`);
  symlinkSync(path.join(work, 'out'), realOut, 'dir');
  const removeLink = () => {
    try {
      unlinkSync(realOut);
    } catch {
      // already gone
    }
  };
  process.on('exit', removeLink);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));

  const results: SizeResult[] = [];
  for (const offers of options.sizes) {
    const contentDir = path.join(work, `content-${offers}`);
    const started = performance.now();
    const generated = generateContent(contentDir, { offers, seed: options.seed, buildDate: BUILD_DATE });
    const check = checkContent(contentDir, { buildDate: BUILD_DATE });
    if (check.failed || !check.site) {
      console.error(`The generated content for ${offers} offers does not pass the content check (a bug in scripts/bench/generate.ts):`);
      for (const p of check.problems.filter((x) => x.severity === 'error').slice(0, 20)) console.error(`  ${formatProblem(p)}`);
      process.exit(1);
    }
    let site = check.site;
    let offFan: string[] = [];
    // The pre-check below lays out every card, which fills the project's card cache: that must
    // not make the first build warm.
    const cacheBaseline = cacheFiles(projectCacheDir(ROOT));
    if (options.unprintableOffFan) {
      // A workaround, never the default: the fan's own check finds cards it cannot print, and
      // those offers get `waaier: false`, so a layout bug does not stop the measurement.
      const { fanProblems } = await import('../src/fan/index.ts');
      offFan = [...new Set((await fanProblems(site)).map((p) => p.source).filter((s) => s.startsWith('aanbod/')))];
      if (offFan.length > 0) {
        keepOffFan(contentDir, offFan);
        site = checkContent(contentDir, { buildDate: BUILD_DATE }).site!;
        console.log(`[${offers}] WARNING: the fan cannot print ${offFan.length} generated offer(s); kept off the fan: ${offFan.slice(0, 5).join(', ')}${offFan.length > 5 ? ', ...' : ''}`);
      }
      filesAddedSince(projectCacheDir(ROOT), cacheBaseline, options.keepCaches);
    }
    const published = site.offers.length;
    const onFan = published - site.report.filter((r) => r.outcome === 'not-on-fan').length;
    console.log(`\n[${offers}] generated ${offers} offers, ${generated.partners} partners, ${generated.images} photos in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const runs: RunResult[] = [];
    const kinds = schedule(offers);
    const lastCaches: Partial<Record<BuildKind, { cacheDir: string; binaryCache: string; outDir: string }>> = {};
    for (const [i, kind] of kinds.entries()) {
      const label = `${offers}-${kind}-${i + 1}`;
      const outDir = kind === 'full' ? path.join(realOut, label) : path.join(bareDir, 'out', label);
      const cacheDir = path.join(work, 'cache', label);
      const timerFile = path.join(work, 'logs', `${label}.timers.json`);
      mkdirSync(path.join(work, 'logs'), { recursive: true });
      // The project's binary cache (layouts, PDFs, previews) gets its own folder per run, so every
      // measured build is cold whatever earlier builds drew; --keep-caches shares one to measure
      // warm rebuilds.
      const binaryCache = path.join(work, 'binary-cache', options.keepCaches ? 'shared' : label);
      const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE, BENCH_CACHE_DIR: cacheDir, ASTRO_TIMER_PATH: timerFile, VTW_CACHE_DIR: binaryCache };
      const cacheBefore = cacheFiles(projectCacheDir(ROOT));
      const run = await runBuild(kind === 'full'
        ? { cwd: ROOT, args: [FULL_BUILD_SCRIPT, '--force', '--config', realConfig], env, logFile: path.join(work, 'logs', `${label}.log`) }
        : { cwd: bareDir, args: [astroBin, 'build', '--force'], env, logFile: path.join(work, 'logs', `${label}.log`) });
      const projectCacheFilesAdded = filesAddedSince(projectCacheDir(ROOT), cacheBefore, options.keepCaches);
      if (!run.ok) failed(kind, offers, run);
      const size = outputSize(outDir);
      const result: RunResult = {
        kind,
        wallMs: run.wallMs,
        peakRssBytes: run.peakRssBytes,
        cpuMs: run.cpuMs,
        phases: parsePhases(run.lines, run.wallMs),
        distBytes: size.bytes,
        distFiles: size.files,
        distByExtension: size.byExtension,
        firstSearch: await firstSearchTransfer(outDir),
        astroTimers: readTimers(timerFile),
        projectCacheFilesAdded,
        logFile: run.logFile,
      };
      runs.push(result);
      const mb = result.peakRssBytes ? `${Math.round(result.peakRssBytes / 1024 / 1024)} MB` : '—';
      const cpu = run.cpuMs !== undefined ? `, CPU ${(run.cpuMs / 1000).toFixed(1)} s` : '';
      console.log(`[${offers}] ${kind === 'full' ? 'full build' : 'bare Astro'} (${i + 1}/${kinds.length}): ${(run.wallMs / 1000).toFixed(2)} s${cpu}, peak ${mb}, ${size.files} files`);
      // Keep only the last output per kind, to inspect; the rest only fills the disk.
      const later = kinds.slice(i + 1).includes(kind);
      const rebuildFollows = !later && options.rebuild && offers <= 1000;
      // The last cold build of each kind leaves its caches and its output folder for the rebuild below.
      if (rebuildFollows) lastCaches[kind] = { cacheDir, binaryCache, outDir };
      else {
        if (later || !options.keep) rmSync(outDir, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
    let rebuild: RebuildResult | undefined;
    if (options.rebuild && offers <= 1000 && lastCaches.full && lastCaches.bare) {
      const changed = changeOneOffer(contentDir);
      const timed: Partial<Record<BuildKind, RunResult>> = {};
      for (const kind of ['bare', 'full'] as const) {
        const label = `${offers}-${kind}-rebuild`;
        // Into the output folder of its last cold build, as a maintainer's rebuild writes into dist/.
        const { cacheDir, binaryCache, outDir } = lastCaches[kind]!;
        const env = { CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE, BENCH_CACHE_DIR: cacheDir, VTW_CACHE_DIR: binaryCache };
        // No --force: Astro keeps its content cache, this project its binary cache, as on a maintainer's machine.
        const run = await runBuild(kind === 'full'
          ? { cwd: ROOT, args: [FULL_BUILD_SCRIPT, '--config', realConfig], env, logFile: path.join(work, 'logs', `${label}.log`) }
          : { cwd: bareDir, args: [astroBin, 'build'], env, logFile: path.join(work, 'logs', `${label}.log`) });
        if (!run.ok) failed(kind, offers, run);
        timed[kind] = { kind, wallMs: run.wallMs, peakRssBytes: run.peakRssBytes, cpuMs: run.cpuMs, phases: parsePhases(run.lines, run.wallMs), distBytes: 0, distFiles: 0, distByExtension: {}, logFile: run.logFile } as RunResult;
        const mb = run.peakRssBytes ? `${Math.round(run.peakRssBytes / 1024 / 1024)} MB` : '—';
        const cpu = run.cpuMs !== undefined ? `, CPU ${(run.cpuMs / 1000).toFixed(1)} s` : '';
        console.log(`[${offers}] ${kind === 'full' ? 'full' : 'bare Astro'} rebuild after changing ${changed}: ${(run.wallMs / 1000).toFixed(2)} s${cpu}, peak ${mb}`);
        if (!options.keep) rmSync(outDir, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
      }
      rebuild = { changed, full: timed.full!, bare: timed.bare! };
    }
    const full = runs.filter((r) => r.kind === 'full');
    const bare = runs.filter((r) => r.kind === 'bare');
    results.push({
      offers, published, onFan, keptOffFanAsUnprintable: offFan, markdownBytes: generated.markdownBytes, images: generated.images,
      full: summarise(full, offers), bare: summarise(bare, offers), runs, rebuild,
    });
    if (!options.keep) rmSync(contentDir, { recursive: true, force: true });
  }

  const ratio = ratioLine(results);
  const json = {
    generatedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.availableParallelism(), memoryBytes: os.totalmem(), node: process.version, platform: `${os.type()} ${os.release()}` },
    astro: JSON.parse(readFileSync(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string,
    buildDate: BUILD_DATE,
    seed: options.seed,
    sizes: results,
    ratioFullToBareAt1000: ratio.ratio,
  };
  const jsonFile = path.join(work, 'bench-results.json');
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  copyFileSync(jsonFile, path.join(process.cwd(), 'bench-results.json'));

  console.log('');
  for (const result of results) {
    console.log(formatSize(result).join('\n'));
    console.log('');
  }
  console.log(`Figures: ${jsonFile} (copied to ./bench-results.json); build logs in ${path.join(work, 'logs')}`);
  console.log('Phases are read from the build log; see scripts/bench/phases.ts for how each is measured.');
  console.log(ratio.text);
  for (const line of goalLines(results)) console.log(line);
}

/** Changes one offer's title, as a partner would: a rebuild must redo only that offer's work. */
function changeOneOffer(contentDir: string): string {
  const dir = path.join(contentDir, 'aanbod');
  const file = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_')).sort()[0]!;
  const text = readFileSync(path.join(dir, file), 'utf8');
  writeFileSync(path.join(dir, file), text.replace(/^titel: (.*)$/m, (_, title: string) => `titel: ${title.replace(/^"|"$/g, '').slice(0, 50)} (nieuw)`));
  return `aanbod/${file}`;
}

await main();
