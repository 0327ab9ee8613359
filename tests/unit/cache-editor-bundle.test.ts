/**
 * Issue 11, a cache that cannot poison the site, for the editor's bundle (/admin/cms.js): a bundle
 * that was cut short is bundled again instead of published, and a damaged index does not crash
 * the build. Bundling takes about 10 s, so this file does it four times only.
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

  // An input whose size or time changed is read and hashed: different bytes bundle again. (The
  // index is edited, not the source: the same as if main.ts had changed since the bundle.)
  const indexFile = path.join(cacheDir, 'editor/inputs.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { inputs: Record<string, string>; stats: Record<string, string> };
  expect(index.stats['src/admin/main.ts']).toMatch(/^\d+:\d/);
  writeFileSync(indexFile, JSON.stringify({ ...index, inputs: { ...index.inputs, 'src/admin/main.ts': 'other bytes' }, stats: { ...index.stats, 'src/admin/main.ts': '1:1' } }));
  const afterEdit = await editorBundle(cacheDir);
  expect(afterEdit.fromCache).toBe(false);
  expect(afterEdit.code).toBe(fresh.code);
  // Same size and time: trusted without reading the file (a recorded hash that no longer matches
  // the bytes shows it was not read).
  const rebuilt = JSON.parse(readFileSync(indexFile, 'utf8')) as typeof index;
  writeFileSync(indexFile, JSON.stringify({ ...rebuilt, inputs: { ...rebuilt.inputs, 'src/admin/main.ts': 'not read' } }));
  expect((await editorBundle(cacheDir)).fromCache).toBe(true);

  writeFileSync(indexFile, '{"inputs": {"src/adm');
  const afterDamage = await editorBundle(cacheDir);
  expect(afterDamage.fromCache).toBe(false);
  expect(afterDamage.code).toBe(fresh.code);
});

test('a build bundles the editor in a child process that ends: the build then takes the same bundle from the cache', { timeout: 180_000 }, async () => {
  const { spawnSync } = await import('node:child_process');
  const childCache = mkdtempSync(path.join(os.tmpdir(), 'vtw-editor-child-'));
  try {
    const child = (args: string[]) => spawnSync(process.execPath, [path.resolve('src/admin/bundle-child.ts'), ...args], { encoding: 'utf8' });
    const first = child([childCache]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('bundled');
    const taken = await editorBundle(childCache);
    expect(taken.fromCache).toBe(true);
    expect(taken.code).toBe(readFileSync(path.join(cacheDir, 'editor/cms.js'), 'utf8'));
    expect(child([childCache]).stdout).toBe('cache');
    // Started wrongly, it says how to start it, in Dutch, and fails.
    const wrong = child([]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Gebruik:');
  } finally {
    rmSync(childCache, { recursive: true, force: true });
  }
});
