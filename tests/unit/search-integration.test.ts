/** The pagefind integration against tiny folders: it writes the bundle, and it fails loudly. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

const lines: string[] = [];
const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as AstroIntegrationLogger;
const dirs: string[] = [];
function siteWith(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vtw-pagefind-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  lines.length = 0;
});

describe('building the search index', () => {
  test('indexes the marked pages of a folder in Dutch and logs the count', async () => {
    const dir = siteWith({
      'aanbod/zwemmen/index.html': '<html lang="nl-BE"><body><main data-pagefind-body><h1>Zwemmen</h1><p>Baantjes trekken.</p></main></body></html>',
      'index.html': '<html lang="nl-BE"><body><main><h1>Start</h1></main></body></html>',
    });
    expect(await buildSearchIndex(dir, logger)).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.nl.page_count).toBe(1);
    expect(lines.join('\n')).toMatch(/indexed \d+ pages/);
  });

  test('a folder without pages is an error, not an empty search', async () => {
    await expect(buildSearchIndex(siteWith({}), logger)).rejects.toThrow(/no pages to index/);
  });
});
