/**
 * pdf-lib compresses every stream (fonts, page contents) with pako, a JavaScript port of zlib.
 * For thousands of card PDFs that was most of the time. Node's own zlib writes the same format
 * (RFC 1950) many times faster, so pdf-lib's pako is pointed at it once per process. The output
 * stays deterministic: the same bytes for the same input with the pinned Node version.
 *
 * A whole deck is assembled again when one card changes, and compressing its pages was about a
 * third of that work: `withDeflateMemo` keeps, per document, each compressed stream by the hash
 * of what it compresses (in the disk cache), so a rebuild compresses only the pages that changed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { diskCache, sha256 } from '../cache/disk-cache.ts';
import { memoKey, StoredMemo } from '../cache/stored-memo.ts';

let patched = false;

/** The memo of the document being written (withDeflateMemo), if any. */
const scope = new AsyncLocalStorage<StoredMemo>();

export function useNativeDeflate(): void {
  if (patched) return;
  patched = true;
  const fromProject = createRequire(path.join(process.cwd(), 'package.json'));
  // The pako instance pdf-lib itself loads, not a copy of our own.
  const fromPdfLib = createRequire(fromProject.resolve('pdf-lib'));
  const pako = fromPdfLib('pako') as { deflate: (data: Uint8Array) => Uint8Array };
  // A fully embedded font is the same array in every document: compress it once.
  const done = new WeakMap<Uint8Array, Uint8Array>();
  pako.deflate = (data: Uint8Array) => {
    let out = done.get(data);
    if (out) return out;
    const memo = scope.getStore();
    if (memo && data.length >= MEMO_MIN_BYTES) return memoDeflate(memo, data);
    out = new Uint8Array(deflateSync(data));
    if (data.length > 16_384) done.set(data, out);
    return out;
  };
}

/** Smaller streams compress faster than they are hashed and stored. */
const MEMO_MIN_BYTES = 512;
const memos = diskCache('deflate-memo', 'bin');

function memoDeflate(memo: StoredMemo, data: Uint8Array): Uint8Array {
  const key = memoKey(data);
  let out = memo.get(key);
  if (!out) {
    out = new Uint8Array(deflateSync(data));
    memo.set(key, out);
  }
  return out;
}

/**
 * Runs `write` (which saves one PDF) with its compressed streams kept under `name`: streams that
 * the last document of that name compressed are taken from there. Only this run's streams are
 * stored again, so the memo never holds more than one document's (src/cache/stored-memo.ts).
 */
export async function withDeflateMemo<T>(name: string, write: () => Promise<T>): Promise<T> {
  useNativeDeflate();
  const memo = StoredMemo.open(memos, sha256('deflate-memo 1', name, process.versions.zlib ?? '').slice(0, 40));
  const result = await scope.run(memo, write);
  memo.save();
  return result;
}
