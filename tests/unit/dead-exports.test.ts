/**
 * No dead code: Knip (configured in knip.jsonc) finds every file no entry point reaches and every
 * export nobody imports. A removed caller shows up here, not months later.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KNIP = path.join(ROOT, 'node_modules/knip/bin/knip.js');

const knip = (cwd: string) => spawnSync(process.execPath, [KNIP, '--no-progress', '--no-config-hints'], { cwd, encoding: 'utf8' });

test('every file is used and every export is imported somewhere (npx knip)', () => {
  const r = knip(ROOT);
  // On failure the message is Knip's list: remove the export (or the file), or import it.
  expect(`${r.stdout}${r.stderr}`).toBe('');
  expect(r.status).toBe(0);
});

test('the check fails on an export nobody imports, and on a file nobody uses', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vtw-knip-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', type: 'module', main: 'index.ts' }));
    writeFileSync(path.join(dir, 'index.ts'), "import { used } from './helpers.ts';\nconsole.log(used);\n");
    writeFileSync(path.join(dir, 'helpers.ts'), 'export const used = 1;\nexport const forgotten = 2;\n');
    writeFileSync(path.join(dir, 'orphan.ts'), 'export const alone = 3;\n');
    const r = knip(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Unused files \(1\)\norphan\.ts/);
    expect(r.stdout).toMatch(/Unused exports \(1\)\nforgotten +helpers\.ts:2:14/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
