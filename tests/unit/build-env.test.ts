/**
 * `npm run build` (scripts/build.ts) starts Astro's Node with scripts/build.env (memory settings
 * for Astro's native bundler, which reads them as it loads); the configuration's first import
 * removes them before the preview renderer loads (src/integrations/native-memory.ts). The two
 * lists must stay the same.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MAIN_ONLY_ENV } from '../../src/integrations/native-memory.ts';
import { astroNodeOptions } from '../../scripts/build.ts';
import { LARGE_SITE_OFFERS } from '../../src/integrations/large-site.ts';

const names = (file: string): string[] =>
  readFileSync(file, 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.slice(0, line.indexOf('=')));

test('npm run build reads scripts/build.env, and the configuration removes every setting in it first', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts['build']).toBe('node scripts/build.ts');
  for (const offers of [10, LARGE_SITE_OFFERS]) expect(astroNodeOptions(offers)).toContain(`--env-file=${path.resolve('scripts/build.env')}`);
  // A large site trades some speed for memory: a smaller young generation for Astro's main thread.
  expect(astroNodeOptions(LARGE_SITE_OFFERS - 1)).not.toContain('--max-semi-space-size=16');
  expect(astroNodeOptions(LARGE_SITE_OFFERS)).toContain('--max-semi-space-size=16');
  expect(names('scripts/build.env').sort()).toEqual([...MAIN_ONLY_ENV].sort());
  expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/^(\/\/.*\n)*import '\.\/src\/integrations\/native-memory\.ts';/);

  const script = `const seen = () => ${JSON.stringify(MAIN_ONLY_ENV)}.map((n) => process.env[n] ?? '-').join(' ');
console.log(seen()); await import('./src/integrations/native-memory.ts'); console.log(seen());`;
  const run = spawnSync(process.execPath, ['--env-file=scripts/build.env', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const [before, after] = run.stdout.trim().split('\n');
  expect(before).toBe('0 0');
  expect(after).toBe('- -');
});

test('a large site is told by the number of offer files, before anything is read', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const { countOfferFiles } = await import('../../src/integrations/large-site.ts');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vtw-large-site-'));
  expect(countOfferFiles(dir)).toBe(0);
  mkdirSync(path.join(dir, 'aanbod'));
  for (const name of ['zwemmen.md', 'petanque.md', '_sjabloon.md', 'zwemmen.jpg']) writeFileSync(path.join(dir, 'aanbod', name), '');
  expect(countOfferFiles(dir)).toBe(2);
});
