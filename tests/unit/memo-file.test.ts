/**
 * Text widths and QR codes kept from one build to the next in one file each (src/cache/memo-file.ts):
 * found again by a new process, forgotten when the code or fonts that made them change, never
 * trusted when damaged, and no larger than what the last build used.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { memoFile, saveMemoFiles } from '../../src/cache/memo-file.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'vtw-memo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const isNumber = (v: unknown): v is number => typeof v === 'number';
const memoFolder = () => path.join(root, 'memos');

test('a value saved by one build is read by the next, only under the same version', () => {
  useCacheRoot(root);
  const first = memoFile('widths-a', () => 'fonts 1', isNumber);
  first.set('regular\nZwemmen', 3.25);
  first.set('bold\nGratis', 2.5);
  saveMemoFiles();
  // A new process: a memo of the same name and version reads the file.
  const next = memoFile('widths-a', () => 'fonts 1', isNumber);
  expect(next.get('regular\nZwemmen')).toBe(3.25);
  expect(next.get('bold\nGratis')).toBe(2.5);
  expect(next.get('regular\nNooit gemeten')).toBeUndefined();
  // Other fonts: nothing from the old file.
  const otherFonts = memoFile('widths-a', () => 'fonts 2', isNumber);
  expect(otherFonts.get('regular\nZwemmen')).toBeUndefined();
});

test('the file keeps what the last build used, and a damaged file is measured anew', () => {
  useCacheRoot(root);
  const a = memoFile('widths-b', () => 'v', isNumber);
  a.set('x', 1);
  a.set('y', 2);
  saveMemoFiles();
  const b = memoFile('widths-b', () => 'v', isNumber);
  expect(b.get('x')).toBe(1);
  saveMemoFiles();
  const c = memoFile('widths-b', () => 'v', isNumber);
  expect(c.get('x')).toBe(1);
  expect(c.get('y')).toBeUndefined();

  // Damage every memo file: a read never throws and never returns a wrong value.
  for (const file of readdirSync(memoFolder())) {
    const full = path.join(memoFolder(), file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/1/g, '7'));
  }
  const d = memoFile('widths-b', () => 'v', isNumber);
  expect(d.get('x')).toBeUndefined();
  // A value of the wrong shape is not trusted either.
  const e = memoFile('widths-c', () => 'v', (v: unknown): v is string => typeof v === 'string');
  e.set('k', 'not a number');
  saveMemoFiles();
  const g = memoFile('widths-c', () => 'v', isNumber);
  expect(g.get('k')).toBeUndefined();
});
