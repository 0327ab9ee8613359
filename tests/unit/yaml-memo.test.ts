/**
 * The content check keeps the YAML it parsed for the next check (src/source/yaml-memo.ts): a
 * check that reads from the memo reports exactly what a check without it reports (same site,
 * same problems on the same lines), sees every change to a file, never keeps a file with YAML
 * problems, gives each check its own copy of the values, and ignores a damaged memo.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { openYamlMemo } from '../../src/source/yaml-memo.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DATE = '2026-11-26';
const work = mkdtempSync(path.join(os.tmpdir(), 'vtw-yaml-memo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let content = '';
let cache = '';
let n = 0;
beforeEach(() => {
  n++;
  content = path.join(work, `content-${n}`);
  cache = path.join(work, `cache-${n}`);
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  useCacheRoot(cache);
});

const memoFiles = () => readdirSync(path.join(cache, 'yaml-memo')).map((f) => path.join(cache, 'yaml-memo', f));
/** What a reader of the check sees: the site and every problem with its line. */
const outcome = () => {
  const result = checkContent(content, { buildDate: BUILD_DATE });
  return { site: JSON.stringify(result.site), problems: result.problems };
};
/** The same check with no memo to read: a fresh, empty cache folder. */
const withoutMemo = () => {
  useCacheRoot(path.join(work, `empty-${n}-${Math.random()}`));
  try {
    return outcome();
  } finally {
    useCacheRoot(cache);
  }
};
const offerFile = (name: string) => path.join(content, 'aanbod', name);

test('a check that reads the memo reports the same site and problems, on the same lines', () => {
  const first = outcome();
  expect(memoFiles()).toHaveLength(1);
  // Warnings with line numbers in memo'd files: a file made stale on purpose.
  const file = offerFile('bewegen-60-plus.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^nagekeken: .*$/m, 'nagekeken: 2024-01-05'));
  outcome();
  const second = outcome();
  const fresh = withoutMemo();
  expect(second.site).toBe(fresh.site);
  expect(second.problems).toEqual(fresh.problems);
  const stale = second.problems.find((p) => p.file.endsWith('bewegen-60-plus.md') && p.key === 'nagekeken');
  expect(stale?.line).toBe(30);
  expect(first.site).not.toBe(second.site);
});

test('every change to a file is seen, and a file with YAML problems is parsed and reported every time', () => {
  outcome();
  const file = offerFile('bewegen-60-plus.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: .*$/m, 'titel: Bewegen voor wie 60 is of ouder'));
  expect(outcome().site).toContain('Bewegen voor wie 60 is of ouder');
  // A duplicate key: an error, on its line, in every check.
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: (.*)$/m, 'titel: $1\ntitel: Nog eens'));
  for (let i = 0; i < 2; i++) {
    const { problems } = outcome();
    expect(problems.find((p) => p.file.endsWith('bewegen-60-plus.md') && p.severity === 'error')?.line).toBe(3);
  }
});

test('each use of a kept value gets its own copy', () => {
  const yaml = 'titel: Zwemmen\nprijs:\n  normaal: 4\ndoelgroep: [kinderen, gezinnen]';
  const first = openYamlMemo();
  const parsed = first.parse(yaml, 2);
  first.save();
  const memo = openYamlMemo();
  const a = memo.parse(yaml, 2);
  const b = memo.parse(yaml, 2);
  expect(a.data).toEqual(parsed.data);
  expect(a.data).not.toBe(b.data);
  (a.data as { prijs: { normaal: number } }).prijs.normaal = 99;
  expect((b.data as { prijs: { normaal: number } }).prijs.normaal).toBe(4);
  // Lines are counted from the first YAML line of the file.
  expect(a.lineOf(['doelgroep'])).toBe(5);
});

test('a damaged memo is ignored: the files are parsed again, with the same outcome', () => {
  const before = outcome();
  const [memo] = memoFiles();
  truncateSync(memo!, Math.floor(readFileSync(memo!).length / 2));
  const after = outcome();
  expect(after.site).toBe(before.site);
  expect(after.problems).toEqual(before.problems);
  // Written whole again.
  expect(outcome().site).toBe(before.site);
});
