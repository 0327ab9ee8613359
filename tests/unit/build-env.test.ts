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
import { ASTRO_NODE_OPTIONS } from '../../scripts/build.ts';

const names = (file: string): string[] =>
  readFileSync(file, 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.slice(0, line.indexOf('=')));

test('npm run build reads scripts/build.env, and the configuration removes every setting in it first', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts['build']).toBe('node scripts/build.ts');
  expect(ASTRO_NODE_OPTIONS).toContain(`--env-file=${path.resolve('scripts/build.env')}`);
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
