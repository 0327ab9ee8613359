/**
 * Bundles the editor (./main.ts with Decap CMS and React) for the browser with esbuild, the bundler
 * Astro already installs. The result is cached: the bundle is rebuilt only when one of the files it
 * was built from changes (esbuild's metafile lists them), so a build with an unchanged editor costs
 * a few milliseconds.
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (where the editor's sources and packages are), whatever the working directory. */
export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const ENTRY = path.join(ROOT, 'src/admin/main.ts');

interface CacheIndex {
  inputs: Record<string, string>;
  /** Size and modification time of each input when it was hashed: an input that kept both is not read again. */
  stats?: Record<string, string>;
  /** SHA-256 of cms.js as written: a cut or changed bundle is never published (issue 11). */
  code?: string;
}

const hashFile = (file: string): string => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing');

/** "size:mtime", or undefined for a file that is gone. Reading every input to hash it took about 0.7 s per build. */
function statOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The input is as it was bundled: same size and time (as make and git judge), or else the same bytes. */
const unchanged = (index: CacheIndex, file: string, hash: string): boolean => {
  const at = path.join(ROOT, file);
  const stat = index.stats?.[file];
  return (stat !== undefined && statOf(at) === stat) || hashFile(at) === hash;
};

const MARKDOWN = path.join(ROOT, 'src/markdown');

/** The check's Markdown parser is satteri's native code in Node; the browser gets the micromark one (src/markdown/parse.ts). */
const micromarkInTheBrowser: Plugin = {
  name: 'micromark-in-the-browser',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/parse\.ts$/ }, (args) => (args.resolveDir === MARKDOWN ? { path: path.join(MARKDOWN, 'parse-micromark.ts') } : undefined));
  },
};

/** The browser bundle's JavaScript, from the cache when no input changed. */
export async function editorBundle(cacheDir: string): Promise<{ code: string; fromCache: boolean }> {
  const folder = path.join(cacheDir, 'editor');
  const indexFile = path.join(folder, 'inputs.json');
  const codeFile = path.join(folder, 'cms.js');
  if (existsSync(indexFile) && existsSync(codeFile)) {
    try {
      const index = JSON.parse(readFileSync(indexFile, 'utf8')) as CacheIndex;
      const cached = readFileSync(codeFile);
      if (index.code === createHash('sha256').update(cached).digest('hex')
        && Object.entries(index.inputs).every(([file, hash]) => unchanged(index, file, hash))) {
        return { code: cached.toString('utf8'), fromCache: true };
      }
    } catch {
      // A damaged index (cut short, not JSON): bundle again.
    }
  }
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
    plugins: [micromarkInTheBrowser],
  });
  const code = result.outputFiles[0]!.text;
  const inputs: Record<string, string> = {};
  for (const file of Object.keys((result.metafile as Metafile).inputs)) inputs[file] = hashFile(path.join(ROOT, file));
  // The lock file stands for every package version, also of files esbuild did not list.
  inputs['package-lock.json'] = hashFile(path.join(ROOT, 'package-lock.json'));
  const stats: Record<string, string> = {};
  for (const file of Object.keys(inputs)) {
    const stat = statOf(path.join(ROOT, file));
    if (stat) stats[file] = stat;
  }
  mkdirSync(folder, { recursive: true });
  const temporary = `${codeFile}.${process.pid}.${Date.now()}`;
  writeFileSync(temporary, code);
  renameSync(temporary, codeFile);
  writeFileSync(indexFile, JSON.stringify({ inputs, stats, code: createHash('sha256').update(code, 'utf8').digest('hex') } satisfies CacheIndex));
  return { code, fromCache: false };
}
