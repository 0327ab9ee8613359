/**
 * Issue 11, a cache that cannot poison the site, for the editor's bundle (/admin/cms.js): a bundle
 * that was cut short is bundled again instead of published, and a damaged index does not crash
 * the build. Bundling takes about 10 s, so this file does it three times only.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { editorBundle } from '../../src/admin/bundle.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'vtw-editor-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

test('a cut cms.js or a damaged inputs.json in the cache is bundled again, the same as fresh', { timeout: 180_000 }, async () => {
  const fresh = await editorBundle(cacheDir);
  expect(fresh.fromCache).toBe(false);
  expect((await editorBundle(cacheDir)).fromCache).toBe(true);

  const code = path.join(cacheDir, 'editor/cms.js');
  truncateSync(code, Math.floor(readFileSync(code).length / 2));
  const afterCut = await editorBundle(cacheDir);
  expect(afterCut.fromCache).toBe(false);
  expect(afterCut.code).toBe(fresh.code);

  writeFileSync(path.join(cacheDir, 'editor/inputs.json'), '{"inputs": {"src/adm');
  const afterDamage = await editorBundle(cacheDir);
  expect(afterDamage.fromCache).toBe(false);
  expect(afterDamage.code).toBe(fresh.code);
});
