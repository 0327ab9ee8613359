/**
 * A deck assembled again after one card changed compresses only what changed (src/fan/native-deflate.ts):
 * the PDF is byte for byte the one compressed from scratch, the memo keeps only the last
 * document's streams, and a damaged memo is ignored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { useNativeDeflate, withDeflateMemo } from '../../src/fan/native-deflate.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'vtw-deflate-memo-'));
beforeAll(() => {
  useNativeDeflate();
  useCacheRoot(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A document of `pages` pages with enough drawing on each to be worth keeping; `changed` draws one page differently. */
async function deck(pages: number, changed = -1): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([300, 400]);
    for (let i = 0; i < 60; i++) page.drawRectangle({ x: (i * 7 + p) % 280, y: (i * 13) % 380, width: 10, height: 5, color: rgb(p === changed ? 1 : 0, i / 60, 0.5) });
  }
  return doc.save({ useObjectStreams: true, addDefaultPage: false });
}

const memoFiles = () => readdirSync(path.join(root, 'deflate-memo')).map((f) => path.join(root, 'deflate-memo', f));
const streamsIn = (file: string) => {
  const payload = readFileSync(file).toString('latin1');
  return payload.slice(payload.indexOf('\n') + 1).length;
};

test('the memo gives the same bytes as compressing from scratch, and keeps only the last document', async () => {
  const fresh = await deck(5);
  expect(Buffer.from(await withDeflateMemo('test deck', () => deck(5)))).toEqual(Buffer.from(fresh));
  const [file] = memoFiles();
  const before = statSync(file!);
  // The same document again: taken from the memo, which is not written again.
  expect(Buffer.from(await withDeflateMemo('test deck', () => deck(5)))).toEqual(Buffer.from(fresh));
  expect(statSync(file!).mtimeMs).toBe(before.mtimeMs);

  // One page changed: the same bytes as a fresh compression of the changed document.
  const changed = await deck(5, 2);
  expect(Buffer.from(await withDeflateMemo('test deck', () => deck(5, 2)))).toEqual(Buffer.from(changed));
  // Fewer pages: the memo shrinks with the document (the pages that went are not kept).
  const sizeOfFive = streamsIn(file!);
  expect(Buffer.from(await withDeflateMemo('test deck', () => deck(2)))).toEqual(Buffer.from(await deck(2)));
  expect(streamsIn(file!)).toBeLessThan(sizeOfFive);
});

test('a memo cut short is ignored: the document is compressed again, the same', async () => {
  await withDeflateMemo('cut deck', () => deck(4));
  // The newest memo is this document's.
  const file = memoFiles().sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
  truncateSync(file, Math.floor(statSync(file).size / 2));
  expect(Buffer.from(await withDeflateMemo('cut deck', () => deck(4)))).toEqual(Buffer.from(await deck(4)));
});
