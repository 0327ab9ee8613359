/**
 * A content-addressed cache for build outputs that depend only on their own inputs (card layouts,
 * card PDFs, preview images): a rebuild after one changed offer redoes only that offer's work.
 * Files live in node_modules/.cache/vrijetijdswaaier/<kind>/, the usual place for build caches,
 * which CI caches and `npm ci` clears.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where a build keeps its cache unless its configuration says otherwise (build-session.ts reads VTW_CACHE_DIR). */
export const DEFAULT_CACHE_ROOT = path.join(process.cwd(), 'node_modules/.cache/vrijetijdswaaier');

let root = DEFAULT_CACHE_ROOT;

/**
 * The cache folder of this build, handed in once: by the build session at config setup, and in
 * each worker from the job it runs (workers are threads with their own module state).
 */
export function useCacheRoot(dir: string): void {
  root = dir;
}

export const cacheRoot = (): string => root;

const require = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * The installed version of a package: an upgrade must invalidate what it produced. A package
 * whose `exports` hide its package.json (linebreak) is found through its entry point: the
 * package.json in the nearest folder above it with the package's name.
 */
export function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    let dir = path.dirname(require.resolve(name));
    while (path.basename(dir) !== name.split('/').pop() && path.dirname(dir) !== dir) dir = path.dirname(dir);
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  }
}

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

/**
 * Each entry starts with one header line: `vtw-cache 1 <payload length> <sha256 of the payload>\n`.
 * A file that was cut short (a full disk, a killed build), changed or written by an older version
 * does not match its header, is never returned, and is drawn again. This makes the cache safe to
 * publish from: what a build copies to the site is exactly what was drawn.
 */
const MAGIC = 'vtw-cache 1 ';
const HEADER = /^vtw-cache 1 (\d{1,12}) ([0-9a-f]{64})\n/;
/** The header is at most this long: magic, a 12-digit length, a space, 64 hex digits and a newline. */
const MAX_HEADER = MAGIC.length + 12 + 1 + 64 + 1;

export interface DiskCache {
  /** Whether an entry is there with the length its header promises (cheap: reads the header only). */
  has(key: string): boolean;
  /** The entry's bytes when their length and hash match the header; undefined (and the entry removed) otherwise. */
  read(key: string): Buffer | undefined;
  write(key: string, bytes: Uint8Array | string): void;
}

/** The payload of a cache file when it is intact. */
export function verifiedPayload(file: Buffer): Buffer | undefined {
  const header = HEADER.exec(file.subarray(0, MAX_HEADER).toString('latin1'));
  if (!header) return undefined;
  const payload = file.subarray(header[0].length);
  if (payload.length !== Number(header[1])) return undefined;
  return sha256(payload) === header[2] ? payload : undefined;
}

/** `at`: a fixed folder; without it, the build's cache root at the time of each call (useCacheRoot). */
export function diskCache(kind: string, extension: string, at?: string): DiskCache {
  const folder = () => path.join(at ?? root, kind);
  const file = (key: string) => path.join(folder(), `${key}.${extension}`);
  const discard = (key: string) => {
    try {
      rmSync(file(key), { force: true });
    } catch {
      // Another build may be replacing it; the next read checks again.
    }
  };
  return {
    has(key) {
      let fd: number | undefined;
      try {
        fd = openSync(file(key), 'r');
        const head = Buffer.alloc(MAX_HEADER);
        const n = readSync(fd, head, 0, MAX_HEADER, 0);
        const header = HEADER.exec(head.subarray(0, n).toString('latin1'));
        return header !== null && fstatSync(fd).size === header[0].length + Number(header[1]);
      } catch {
        return false;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    read(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(key));
      } catch {
        return undefined;
      }
      const payload = verifiedPayload(bytes);
      if (!payload) discard(key);
      return payload;
    },
    write(key, bytes) {
      const payload = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      const header = Buffer.from(`${MAGIC}${payload.length} ${sha256(payload)}\n`, 'latin1');
      // Write then rename, so a build running next to this one never reads half a file. The
      // name is unique per thread and write: worker threads share the pid, and two offers with
      // identical previews share a key.
      const partial = `${file(key)}.${process.pid}-${threadId}-${++writes}.tmp`;
      const put = () => writeFileSync(partial, Buffer.concat([header, payload]));
      try {
        put();
      } catch (error) {
        // The folder may be new, or removed while the build runs (someone cleared the cache).
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(folder(), { recursive: true });
        put();
      }
      renameSync(partial, file(key));
    },
  };
}
