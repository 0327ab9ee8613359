/**
 * What search costs a resident on prepaid data, measured in Chromium on the sample site:
 * the search page before a search (HTML + CSS compressed, within the 14 KB page budget, plus its
 * own script), and everything the first search transfers (goal: under 150 KB). The numbers are
 * printed so the benchmark can compare them with a site of 1,000 offers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { describeBrowser, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { afterSearch, SEARCH_SITE_DIR } from '../support/search-page.ts';

const PAGE_BUDGET = 14 * 1024;
const OWN_SCRIPT_BUDGET = 5 * 1024;
const FIRST_SEARCH_GOAL = 150 * 1024;

const gzip = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

let server: Served;
let browser: LaunchedBrowser;

/** Bytes on the wire (compressed body plus headers) for every request the page makes. */
function recordTransfers(page: Page): { requests: { url: string; bytes: number }[]; settle: () => Promise<void> } {
  const pending: Promise<void>[] = [];
  const requests: { url: string; bytes: number }[] = [];
  const record = async (request: Request) => {
    const sizes = await request.sizes();
    requests.push({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  };
  page.on('requestfinished', (request) => pending.push(record(request)));
  return { requests, settle: async () => void (await Promise.all(pending)) };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (list: { bytes: number }[]): number => list.reduce((total, r) => total + r.bytes, 0);

describeBrowser('what search costs on the wire', () => {
  beforeAll(async () => {
    server = await serve(SEARCH_SITE_DIR);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the search page before a search: HTML + CSS within 14 KB compressed, plus a small script of its own', () => {
    const html = readFileSync(path.join(SEARCH_SITE_DIR, 'zoeken/index.html'), 'utf8');
    const styles = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1]!);
    const htmlCss = gzip(path.join(SEARCH_SITE_DIR, 'zoeken/index.html')) + styles.reduce((t, f) => t + gzip(path.join(SEARCH_SITE_DIR, f)), 0);
    // The page's script with the modules it imports at once (the filter panel it shares with /op-maat/).
    const imported = scripts.flatMap((f) => [...readFileSync(path.join(SEARCH_SITE_DIR, f), 'utf8').matchAll(/\bfrom"\.\/([^"]+\.js)"/g)].map((m) => path.join(path.dirname(f), m[1]!)));
    const script = [...scripts, ...imported].reduce((t, f) => t + gzip(path.join(SEARCH_SITE_DIR, f)), 0);
    console.log(`search page before a search: HTML+CSS ${kb(htmlCss)} gzip (${styles.length} stylesheets), own script ${kb(script)} gzip (${scripts.length + imported.length} files)`);
    expect(scripts).toHaveLength(1);
    expect(htmlCss).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(script).toBeLessThanOrEqual(OWN_SCRIPT_BUDGET);
  });

  test('pagefind loads only for a search, and the first search stays under 150 KB', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${server.url}/zoeken/`);
    await page.waitForLoadState('networkidle');
    await transfers.settle();
    const pageLoad = transfers.requests.splice(0);
    expect(pageLoad.filter((r) => r.url.startsWith('/pagefind/')), 'pagefind before any search').toEqual([]);

    await afterSearch(page, async () => {
      await page.locator('#zoek').fill('zwemmen');
      await page.keyboard.press('Enter');
    });
    await page.waitForLoadState('networkidle');
    await transfers.settle();
    // Chromium asks for the favicon whenever it likes; it belongs to the page, not to the search.
    const search = transfers.requests.filter((r) => r.url !== '/favicon.svg');
    const byKind = new Map<string, number>();
    for (const r of search) {
      const kind = r.url.replace(/^\/pagefind\//, '').replace(/^(fragment|index|filter)\/.*/, '$1/*').replace(/_[0-9a-f]{6,}\./, '_*.');
      byKind.set(kind, (byKind.get(kind) ?? 0) + r.bytes);
    }
    console.log(
      `page load ${kb(sum(pageLoad))} in ${pageLoad.length} requests; first search "zwemmen" ${kb(sum(search))} in ${search.length} requests:\n` +
        [...byKind].map(([kind, bytes]) => `  ${kind.padEnd(28)} ${kb(bytes)}`).join('\n'),
    );
    expect(search.filter((r) => !r.url.startsWith('/pagefind/')).map((r) => r.url)).toEqual([]);
    expect(search.some((r) => r.url.endsWith('pagefind-worker.js')), 'no web worker').toBe(false);
    expect(sum(search)).toBeLessThan(FIRST_SEARCH_GOAL);
    await context.close();
  });
});
