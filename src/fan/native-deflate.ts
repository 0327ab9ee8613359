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
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { diskCache, sha256 } from '../cache/disk-cache.ts';

let patched = false;

/** The memo of the document being written (withDeflateMemo), if any. */
const scope = new AsyncLocalStorage<Memo>();

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
    if (memo && data.length >= MEMO_MIN_BYTES) return memo.deflate(data);
    out = new Uint8Array(deflateSync(data));
    if (data.length > 16_384) done.set(data, out);
    return out;
  };
}

/** Smaller streams compress faster than they are hashed and stored. */
const MEMO_MIN_BYTES = 512;
const HASH_BYTES = 20;
const memos = diskCache('deflate-memo', 'bin');

class Memo {
  readonly known: Map<string, Uint8Array>;
  /** The streams of this run, by hash: what is stored afterwards. */
  readonly used = new Map<string, Uint8Array>();
  /** Streams this run compressed itself (not in the stored memo). */
  compressed = 0;

  constructor(known: Map<string, Uint8Array>) {
    this.known = known;
  }

  deflate(data: Uint8Array): Uint8Array {
    const key = createHash('sha1').update(data).digest().toString('latin1');
    let out = this.used.get(key) ?? this.known.get(key);
    if (!out) {
      out = new Uint8Array(deflateSync(data));
      this.compressed++;
    }
    this.used.set(key, out);
    return out;
  }
}

/** Entries as stored: a 20-byte SHA-1 of the input, a 4-byte length, the compressed bytes; repeated. */
function unpack(bytes: Buffer): Map<string, Uint8Array> {
  const known = new Map<string, Uint8Array>();
  for (let at = 0; at + HASH_BYTES + 4 <= bytes.length;) {
    const key = bytes.toString('latin1', at, at + HASH_BYTES);
    const length = bytes.readUInt32BE(at + HASH_BYTES);
    const start = at + HASH_BYTES + 4;
    if (start + length > bytes.length) break;
    known.set(key, bytes.subarray(start, start + length));
    at = start + length;
  }
  return known;
}

function pack(entries: Map<string, Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  for (const [key, out] of entries) {
    const head = Buffer.alloc(HASH_BYTES + 4);
    head.write(key, 0, 'latin1');
    head.writeUInt32BE(out.length, HASH_BYTES);
    parts.push(head, Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  }
  return Buffer.concat(parts);
}

/**
 * Runs `write` (which saves one PDF) with its compressed streams kept under `name`: streams that
 * the last document of that name compressed are taken from there. Only this run's streams are
 * stored again, so the memo never holds more than one document's. The cache file is verified when
 * read (disk-cache.ts): a damaged one is ignored and the streams are compressed again.
 */
export async function withDeflateMemo<T>(name: string, write: () => Promise<T>): Promise<T> {
  useNativeDeflate();
  const key = sha256('deflate-memo 1', name, process.versions.zlib ?? '').slice(0, 40);
  const stored = memos.read(key);
  const memo = new Memo(stored ? unpack(stored) : new Map());
  const result = await scope.run(memo, write);
  // Nothing new compressed and nothing left out: the stored memo is still exactly this document's.
  if (!(stored && memo.compressed === 0 && memo.used.size === memo.known.size)) memos.write(key, pack(memo.used));
  return result;
}
