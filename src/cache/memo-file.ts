/**
 * A memo of small values kept in one file of the build's cache folder: text widths and QR codes,
 * thousands of them per build, each quick to look up and slow to compute again (a rebuild of
 * 1,000 offers spent about 0.4 s measuring the same words and 0.3 s reading one cache file per
 * QR code). Loaded on first use; saveMemoFiles() writes back the entries this process used, so
 * the file holds what the last build needed and does not grow with every edit.
 *
 * The file goes through diskCache (verified on read); a file from other code or fonts has
 * another name (`version`), and a value that fails `valid` is computed again.
 */
import { cacheRoot, diskCache, sha256 } from './disk-cache.ts';

export interface MemoFile<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

interface Saveable {
  save(): void;
}

const files = diskCache('memos', 'json');
const all: Saveable[] = [];
/**
 * Entries one memo keeps in memory; past this it starts again. The card workers measure every
 * line a layout tries (thousands of one-off strings per worker at 5,000 offers); the main thread's
 * specs need some 3,000 widths and one QR code per card at 1,000 offers.
 */
const MAX_ENTRIES = 50_000;

export function memoFile<V>(name: string, version: () => string, valid: (value: unknown) => value is V): MemoFile<V> {
  let root: string | undefined;
  let key = '';
  let stored = new Map<string, V>();
  let used = new Map<string, V>();
  let changed = false;
  const load = (): void => {
    if (root === cacheRoot()) return;
    root = cacheRoot();
    key = sha256(name, version()).slice(0, 40);
    stored = new Map();
    used = new Map();
    // Written at the next save unless the file is there and whole.
    changed = true;
    const bytes = files.read(key);
    if (!bytes) return;
    try {
      const entries = JSON.parse(bytes.toString('utf8')) as unknown;
      if (entries && typeof entries === 'object') {
        for (const [k, v] of Object.entries(entries)) if (valid(v)) stored.set(k, v);
        changed = stored.size !== Object.keys(entries).length;
      }
    } catch {
      // Computed again, and written anew.
    }
  };
  const memo: MemoFile<V> & Saveable = {
    get(k) {
      load();
      let value = used.get(k);
      if (value === undefined) {
        value = stored.get(k);
        if (value !== undefined) memo.set(k, value);
        else return undefined;
      }
      return value;
    },
    set(k, value) {
      load();
      if (used.size >= MAX_ENTRIES) used = new Map();
      if (!stored.has(k)) changed = true;
      used.set(k, value);
    },
    save() {
      if (root !== cacheRoot() || (!changed && used.size === stored.size)) return;
      files.write(key, JSON.stringify(Object.fromEntries(used)));
      stored = used;
      used = new Map(stored);
      changed = false;
    },
  };
  all.push(memo);
  return memo;
}

/** Writes every memo that changed (the build's main thread, once the content check has measured and encoded). */
export function saveMemoFiles(): void {
  for (const memo of all) memo.save();
}
