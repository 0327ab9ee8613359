/**
 * A content-addressed cache for build outputs that depend only on their own inputs (card layouts,
 * card PDFs, preview images): a rebuild after one changed offer redoes only that offer's work.
 * Files live in node_modules/.cache/vrijetijdswaaier/<kind>/, the usual place for build caches,
 * which CI caches and `npm ci` clears.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** VTW_CACHE_DIR moves it (the benchmark gives every run its own, to measure cold builds). */
export const CACHE_ROOT = process.env['VTW_CACHE_DIR'] ?? path.join(process.cwd(), 'node_modules/.cache/vrijetijdswaaier');

const require = createRequire(path.join(process.cwd(), 'package.json'));

/** The installed version of a package: an upgrade must invalidate what it produced. */
export const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

export const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex');
};

const folderHashes = new Map<string, string>();

/**
 * A hash of the source files in a folder of this project (e.g. "src/fan"): changing the code that
 * draws an output invalidates the cached outputs, without anyone remembering to bump a version.
 */
export function sourceHash(folder: string): string {
  let hash = folderHashes.get(folder);
  if (!hash) {
    const dir = path.join(process.cwd(), folder);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
    hash = sha256(...files.flatMap((f) => [f, readFileSync(path.join(dir, f))]));
    folderHashes.set(folder, hash);
  }
  return hash;
}

let writes = 0;

export interface DiskCache {
  has(key: string): boolean;
  read(key: string): Buffer | undefined;
  write(key: string, bytes: Uint8Array | string): void;
}

export function diskCache(kind: string, extension: string, root = CACHE_ROOT): DiskCache {
  const dir = path.join(root, kind);
  const file = (key: string) => path.join(dir, `${key}.${extension}`);
  return {
    has: (key) => existsSync(file(key)),
    read(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return undefined;
      }
    },
    write(key, bytes) {
      // Write then rename, so a build running next to this one never reads half a file. The
      // name is unique per thread and write: worker threads share the pid, and two offers with
      // identical previews share a key.
      const partial = `${file(key)}.${process.pid}-${threadId}-${++writes}.tmp`;
      try {
        writeFileSync(partial, bytes);
      } catch (error) {
        // The folder may be new, or removed while the build runs (someone cleared the cache).
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(dir, { recursive: true });
        writeFileSync(partial, bytes);
      }
      renameSync(partial, file(key));
    },
  };
}
