/**
 * axe-core over every page of the built sample site in Chromium (WCAG 2.2 AA + EN 301 549), and
 * no request to another origin while a page loads.
 */
import { it, expect, beforeAll } from 'vitest';
import type { Page, BrowserContext } from 'playwright-core';
import { SITES } from '../support/sites.ts';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { sitePaths, runAxe, describeFindings, AXE_TAGS } from '../support/a11y-site.ts';

const dir = SITES.sample.out;
const paths = sitePaths(dir);

describeBrowser('every page of the sample site in Chromium', () => {
  const site = useServedSite(dir);
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    context = await site.chrome.newContext();
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
  });

  it('has all page types', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/404.html', '/a-z/', '/gratis/', '/zoeken/', '/toegankelijkheid/']));
    for (const type of ['aanbod', 'categorie', 'korting', 'partner']) expect(paths.some((p) => p.startsWith(`/${type}/`)), type).toBe(true);
    expect(AXE_TAGS).toContain('EN-301-549');
  });

  it.each(paths)('%s has no axe violations and loads nothing from elsewhere', async (path) => {
    requests.length = 0;
    const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(describeFindings(await runAxe(page))).toEqual([]);
    // data: URLs are part of the page itself; everything else must come from the site.
    const elsewhere = requests.filter((url) => !url.startsWith(site.server.url) && !url.startsWith('data:'));
    expect(elsewhere, 'requests to another origin').toEqual([]);
  });
});
