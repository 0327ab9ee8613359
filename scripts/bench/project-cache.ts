/**
 * The project keeps binary outputs (preview images, fan cards) in a disk cache keyed by a hash of
 * their inputs, under node_modules/.cache/vrijetijdswaaier in the repository. Benchmark content is
 * identical between runs, so the second run would find everything drawn: to keep every measured
 * build cold, the benchmark removes the files a run added (and only those: the cache of your own
 * builds stays as it was). `--keep-caches` leaves them, to measure warm rebuilds.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const projectCacheDir = (root: string): string => path.join(root, 'node_modules/.cache/vrijetijdswaaier');

export function cacheFiles(dir: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(path.join(entry.parentPath, entry.name));
  }
  return files;
}

/** Files that appeared since `before`; removed unless `keep`. Returns how many there were. */
export function filesAddedSince(dir: string, before: Set<string>, keep: boolean): number {
  let added = 0;
  for (const file of cacheFiles(dir)) {
    if (before.has(file)) continue;
    added++;
    if (!keep) rmSync(file, { force: true });
  }
  return added;
}
