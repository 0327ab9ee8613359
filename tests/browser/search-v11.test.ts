/**
 * Search in Chromium on the content format 1.1 fixture (tests/fixtures/v11), which has an
 * information page about swimming: activities come first, pages in their own group "Meer uitleg";
 * the age filter; what a search without result offers; a typing error of one letter.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { afterSearch, openSearch, resultIds } from '../support/search-page.ts';
import { SITES } from '../support/sites.ts';

let server: Served;
let browser: LaunchedBrowser;
let page: Page;
const scriptErrors: string[] = [];

const pageLinks = () => page.locator('[data-search-pages] > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describeBrowser('search on the 1.1 fixture in Chromium', () => {
  beforeAll(async () => {
    server = await serve(SITES.v11.out);
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('"zwemmen" shows the activities first, the page about swimming after them under "Meer uitleg"', async () => {
    await openSearch(page, server.url, 'zwemmen');
    const offers = await resultIds(page, true);
    expect(offers.sort()).toEqual(['zwemles-kinderen', 'zwemmen-baantjes']);
    const section = page.locator('[data-search-pages-section]');
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('h2').innerText()).toBe('Meer uitleg');
    expect(await pageLinks()).toEqual(['/zwemmen-uitleg/']);
    // In reading order, every activity comes before the information page.
    const order = await page.locator('[data-search-app] li h2 a, [data-search-app] li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(order.at(-1)).toBe('/zwemmen-uitleg/');
    expect(await page.locator('[data-search-status]').textContent()).toBe('3 resultaten voor „zwemmen”.');
  });

  test('the age of your child shows the activities whose age range includes it', async () => {
    await openSearch(page, server.url);
    const ageField = page.getByLabel('Leeftijd van je kind');
    await page.locator('[data-filters] summary').click();
    await afterSearch(page, async () => {
      await ageField.fill('8');
      await ageField.press('Enter');
    });
    // 3-12 (speelplein), 5-9 (zwemles), 6-17 (jeugdbeweging), and the market for everyone; not the adults' swim.
    expect((await resultIds(page, true)).sort()).toEqual(['jeugdbeweging', 'kerstmarkt', 'speelplein', 'zwemles-kinderen']);
    expect(new URL(page.url()).searchParams.get('leeftijd')).toBe('8');
    await afterSearch(page, async () => {
      await ageField.fill('15');
      await ageField.press('Enter');
    });
    expect((await resultIds(page, true)).sort()).toEqual(['jeugdbeweging', 'kerstmarkt']);
    // No information pages while filtering: they have no age.
    expect(await page.locator('[data-search-pages-section]').isVisible()).toBe(false);
  });

  test('a link with an age opens with it filled in', async () => {
    await page.goto(`${server.url}/zoeken/?q=zwemmen&leeftijd=6`);
    await page.locator('[data-search-app][data-search-done]').waitFor({ state: 'attached' });
    expect(await page.getByLabel('Leeftijd van je kind').inputValue()).toBe('6');
    expect(await resultIds(page, true)).toEqual(['zwemles-kinderen']);
  });

  test('a search without result offers the categories, the A-Z list and the help desk phone', async () => {
    await openSearch(page, server.url, 'xylofoonreparatie');
    expect(await page.locator('[data-search-status]').textContent()).toBe('Niets gevonden voor „xylofoonreparatie”. Probeer een ander woord, of vink minder vakjes aan.');
    const help = page.locator('[data-search-empty]');
    expect(await help.isVisible()).toBe(true);
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    expect(links).toEqual([
      ['/categorie/sport/', 'Sport'], ['/categorie/jeugd/', 'Jeugd'], ['/categorie/samen/', 'Samen'],
      ['/a-z/', 'Bekijk alle activiteiten van A tot Z'],
      ['tel:+3224516800', 'Bel 02\u00a0451\u00a068\u00a000'],
    ]);
    expect(await help.innerText()).toContain('Of bel Sociaal Huis Testdorp.');
  });

  test('a typing error of one letter still finds the activity, and says what was searched', async () => {
    await openSearch(page, server.url, 'kerstmakrt');
    expect(await resultIds(page)).toEqual(['kerstmarkt']);
    expect(await page.locator('[data-search-corrected]').innerText()).toBe('Je typte „kerstmakrt”. We zochten naar „kerstmarkt”.');
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(false);
    await openSearch(page, server.url, 'zwemen');
    expect((await resultIds(page, true)).sort()).toEqual(['zwemles-kinderen', 'zwemmen-baantjes']);
  });

  test('no script errors', () => {
    expect(scriptErrors).toEqual([]);
  });
});
