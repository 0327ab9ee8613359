/**
 * Vitest global setup for the build and browser tests: builds each test site once per run with a
 * fixed BUILD_DATE. SKIP_BUILD=1 reuses the last output while you work on tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SITES, BUILD_DATE } from './sites.ts';

export default function setup(): void {
  for (const [name, site] of Object.entries(SITES)) {
    if (process.env['SKIP_BUILD'] && existsSync(site.out)) continue;
    const started = Date.now();
    if ('prepare' in site) site.prepare();
    // The sample site is built as a maintainer builds it (npm run build: the search index made
    // after Astro's process has ended); the others with plain `astro build` (index made inside it).
    const command = name === 'sample' ? [process.execPath, 'scripts/build.ts'] : ['npx', 'astro', 'build'];
    const result = spawnSync(command[0]!, command.slice(1), {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: site.content, OUT_DIR: site.out, BUILD_DATE },
      encoding: 'utf8',
    });
    mkdirSync(path.dirname(site.out), { recursive: true });
    // The build report (what was published, what was left out) is asserted on by the tests.
    writeFileSync(`${site.out}.log`, `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0) {
      throw new Error(`Building the ${name} test site failed:\n${result.stdout}\n${result.stderr}`);
    }
    console.log(`built ${name} test site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
