/**
 * A memo of byte values under 20-byte keys (a SHA-1 of what they were computed from), kept as one
 * file of the disk cache: the compressed streams of one deck (src/fan/native-deflate.ts), the
 * parsed YAML of the content folder (src/source/front-matter.ts). Opened once per use, it knows
 * what the last use stored; `save` stores what this use asked for and nothing else, so the file
 * never holds more than one use needs and does not grow with every edit. The file is verified
 * when read (disk-cache.ts): a damaged one is ignored and everything is computed again.
 */
import { createHash } from 'node:crypto';
import type { DiskCache } from './disk-cache.ts';

/** Entries as stored: the 20-byte key, a 4-byte length, the value's bytes; repeated. */
const KEY_BYTES = 20;

/** A memo key: the SHA-1 of what the value is computed from, as a 20-character latin1 string. */
export const memoKey = (data: string | Uint8Array): string => createHash('sha1').update(data).digest().toString('latin1');

export class StoredMemo {
  readonly #cache: DiskCache;
  readonly #name: string;
  readonly #stored: boolean;
  readonly #known: Map<string, Uint8Array>;
  /** What this use asked for or added, by key: what `save` stores. */
  readonly #used = new Map<string, Uint8Array>();
  #added = 0;

  private constructor(cache: DiskCache, name: string, stored: Buffer | undefined) {
    this.#cache = cache;
    this.#name = name;
    this.#stored = stored !== undefined;
    this.#known = stored ? unpack(stored) : new Map();
  }

  /** `name`: the cache file's key (disk-cache.ts), one per memo. */
  static open(cache: DiskCache, name: string): StoredMemo {
    return new StoredMemo(cache, name, cache.read(name));
  }

  get(key: string): Uint8Array | undefined {
    const value = this.#used.get(key) ?? this.#known.get(key);
    if (value) this.#used.set(key, value);
    return value;
  }

  set(key: string, value: Uint8Array): void {
    if (key.length !== KEY_BYTES) throw new Error(`A stored memo's key has ${KEY_BYTES} bytes (SHA-1)`);
    if (!this.#known.has(key)) this.#added++;
    this.#used.set(key, value);
  }

  /** Stores this use's entries, unless the file already holds exactly those. */
  save(): void {
    if (this.#stored && this.#added === 0 && this.#used.size === this.#known.size) return;
    this.#cache.write(this.#name, pack(this.#used));
  }
}

function unpack(bytes: Buffer): Map<string, Uint8Array> {
  const known = new Map<string, Uint8Array>();
  for (let at = 0; at + KEY_BYTES + 4 <= bytes.length;) {
    const key = bytes.toString('latin1', at, at + KEY_BYTES);
    const length = bytes.readUInt32BE(at + KEY_BYTES);
    const start = at + KEY_BYTES + 4;
    if (start + length > bytes.length) break;
    known.set(key, bytes.subarray(start, start + length));
    at = start + length;
  }
  return known;
}

function pack(entries: Map<string, Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  for (const [key, value] of entries) {
    const head = Buffer.alloc(KEY_BYTES + 4);
    head.write(key, 0, 'latin1');
    head.writeUInt32BE(value.length, KEY_BYTES);
    parts.push(head, Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(parts);
}
