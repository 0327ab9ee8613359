/**
 * The partners' YAML, parsed once and kept between builds: parsing every file with source
 * positions (front-matter.ts) was the largest part of the content check, about 0.4 s at 1,000
 * offers, in a rebuild where one file changed. The memo holds, per YAML text without problems,
 * the value it parses to (structured-cloned, so each use gets its own copy); a file's positions
 * are parsed again only when a problem in it needs a line number. Texts with YAML problems are
 * never kept: they are parsed, and reported, every time.
 */
import { deserialize, serialize } from 'node:v8';
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';
import { memoKey, StoredMemo } from '../cache/stored-memo.ts';
import { parseYaml, type ParsedFile } from './front-matter.ts';

type ParsedYaml = Omit<ParsedFile, 'body' | 'bodyLine'>;

const memos = diskCache('yaml-memo', 'bin');

export interface YamlMemo {
  parse(yaml: string, firstLine: number): ParsedYaml;
  /** Stores what this check parsed, for the next one. */
  save(): void;
}

/** Bump when parseYaml's options or the value it returns change. */
const FORMAT = 'yaml-memo 1';

export function openYamlMemo(): YamlMemo {
  let memo: StoredMemo | undefined;
  try {
    memo = StoredMemo.open(memos, sha256(FORMAT, packageVersion('yaml'), process.versions.v8).slice(0, 40));
  } catch {
    // No cache folder to read: parsed as without a memo.
  }
  return {
    parse(yaml, firstLine) {
      if (!memo) return parseYaml(yaml, firstLine);
      const key = memoKey(yaml);
      const kept = memo.get(key);
      if (kept) {
        let positions: ParsedYaml['lineOf'] | undefined;
        return {
          data: deserialize(kept) as unknown,
          errors: [],
          lineOf: (path) => (positions ??= parseYaml(yaml, firstLine).lineOf)(path),
        };
      }
      const parsed = parseYaml(yaml, firstLine);
      if (parsed.errors.length === 0 && parsed.data !== undefined) memo.set(key, serialize(parsed.data));
      return parsed;
    },
    save() {
      try {
        memo?.save();
      } catch {
        // A cache folder that cannot be written: the next check parses again.
      }
    },
  };
}
