/**
 * The search page in Chromium, used as a resident would: everyday words, words only in the
 * offer's trefwoorden, Dutch plurals the stemmer gets wrong, filters, links with ?q=, keyboard
 * only, and the page without JavaScript.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { afterSearch, countIn, openSearch, resultIds, SEARCH_SITE_DIR, toggleFilter, waitForCount } from '../support/search-page.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { filterGroups, offerFacets, type FilterKey } from '../../src/search/facets.ts';
import { BUILD_DATE, SITES } from '../support/sites.ts';

const site = checkContent(SITES.sample.content, { buildDate: BUILD_DATE }).site!;
/** The offers that carry a filter value, straight from the model: what the page must show. */
const offersWith = (key: FilterKey, values: string[]): string[] =>
  site.offers.filter((o) => offerFacets(site, o)[key].some((v) => values.includes(v))).map((o) => o.id).sort();

let server: Served;
let browser: LaunchedBrowser;
let context: BrowserContext;
let page: Page;
const scriptErrors: string[] = [];

describeBrowser('search in Chromium', () => {
  beforeAll(async () => {
    server = await serve(SEARCH_SITE_DIR);
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([
    // [what a resident types, the offer that must come up, at this place or better]
    ['zwemmen', 'zwemmen-dilkom', 1],
    ['baantjes', 'zwemmen-dilkom', 1],
    ['zwembad', 'zwemmen-dilkom', 1],
    ['fiets', 'fietsatelier', 1],
    ['lekke band', 'fietsatelier', 1],
    ['schaken', 'schaakclub', 1],
    ['koken', 'kookatelier', 1],
    ['huiswerk', 'huiswerkbegeleiding', 1],
    ['dansen', 'dansen-volwassenen', 1],
    ['boeken', 'bib-lidmaatschap', 3],
    ['boek', 'bib-lidmaatschap', 3],
    ['computer', 'computerles-beginners', 1],
    ['wandelen', 'wandelen-wolfsputten', 1],
    ['zee', 'uitstap-zee', 1],
    ['kinderen', 'zwemles-kinderen', 3],
    ['kind', 'zwemles-kinderen', 3],
  ] as const)('"%s" finds %s in the top %i', async (query, offerId, top) => {
    await openSearch(page, server.url, query);
    const ids = await resultIds(page);
    expect(ids.slice(0, top), `results for ${query}: ${ids.join(', ')}`).toContain(offerId);
  });

  test.each([
    ['bieb', 'bib-lidmaatschap'],
    ['ebook', 'e-boeken-lenen'],
    ['bioscoop', 'filmnamiddag-westrand'],
    ['krachttraining', 'fitness-dilkom'],
    ['zumba', 'dansen-volwassenen'],
  ])('"%s", only in the trefwoorden of %s, finds it first; the page does not show the word', async (word, offerId) => {
    await openSearch(page, server.url, word);
    expect((await resultIds(page))[0]).toBe(offerId);
    const offerPage = await context.newPage();
    await offerPage.goto(`${server.url}/aanbod/${offerId}/`);
    // Not on screen, and not in what a screen reader reads: the keywords are search data only.
    expect((await offerPage.locator('body').innerText()).toLowerCase()).not.toContain(word);
    expect((await offerPage.locator('main').ariaSnapshot()).toLowerCase()).not.toContain(word);
    await offerPage.close();
  });

  test.each([
    // Plural typed, singular on the page. Pagefind's Dutch stemmer alone misses these pages
    // ("fietsen" -> "fiets" but "fiets" -> "fiet"); the base forms in src/search/words.ts find them.
    ['fietsen', 'repair-cafe'],
    ['fietsen', 'fietsatelier'],
    ['boeken', 'e-boeken-lenen'],
    ['spelen', 'speel-o-theek'],
  ])('the plural "%s" still finds %s', async (query, offerId) => {
    await openSearch(page, server.url, query);
    const ids = await resultIds(page, true);
    expect(ids, `results for ${query}: ${ids.join(', ')}`).toContain(offerId);
  });

  test('a plural ranks the offer named after it first', async () => {
    await openSearch(page, server.url, 'fietsen');
    expect((await resultIds(page))[0]).toBe('fietsatelier');
  });

  test('each result shows its title as a link, summary, what you pay and category', async () => {
    await openSearch(page, server.url, 'zwemmen');
    const first = page.locator('[data-search-results] > li').first();
    await expect.poll(() => first.locator('h2 a').getAttribute('href')).toBe('/aanbod/zwemmen-dilkom/');
    const text = await first.innerText();
    expect(text).toContain('Baantjes trekken en vrij zwemmen in Dilkom');
    expect(text).toContain('Zwem in het warme binnenbad');
    expect(text).toContain('€\u00a04,50 per beurt · €\u00a00,90 met participatiepas');
    expect(text).toContain('Soort: Sport');
  });

  test('/zoeken/?q=zwemmen shows the results on load, with the word in the field', async () => {
    await page.goto(`${server.url}/zoeken/?q=zwemmen`);
    const status = await waitForCount(page);
    expect(status).toMatch(/^\d+ resulta(at|ten) voor „zwemmen”\.$/);
    expect(await page.locator('#zoek').inputValue()).toBe('zwemmen');
    expect(await resultIds(page)).toContain('zwemmen-dilkom');
    await expect.poll(() => page.locator('.vtw-search-fallback').isVisible()).toBe(false);
  });

  test('typing and pressing Enter searches in the page and keeps the word in the address', async () => {
    await openSearch(page, server.url);
    const status = await afterSearch(page, async () => {
      await page.locator('#zoek').fill('schaken');
      await page.keyboard.press('Enter');
    });
    expect(status).toContain('„schaken”');
    expect(new URL(page.url()).searchParams.get('q')).toBe('schaken');
    expect((await resultIds(page))[0]).toBe('schaakclub');
  });

  test('a word that finds nothing says so and helps', async () => {
    await openSearch(page, server.url, 'xylofoonreparatie');
    expect(await page.locator('[data-search-status]').textContent()).toBe('Niets gevonden voor „xylofoonreparatie”. Probeer een ander woord, of vink minder vakjes aan.');
    expect(await resultIds(page)).toEqual([]);
  });

  test('every filter checkbox shows exactly the offers with that value', async () => {
    await openSearch(page, server.url);
    for (const group of filterGroups(site)) {
      for (const option of group.options) {
        const status = await toggleFilter(page, group.key, option.value);
        const expected = offersWith(group.key, [option.value]);
        expect(countIn(status), `${group.key}=${option.value}: ${status}`).toBe(expected.length);
        expect((await resultIds(page, true)).sort(), `${group.key}=${option.value}`).toEqual(expected);
        await toggleFilter(page, group.key, option.value); // untick: back to no filters
      }
    }
  });

  test('two values of one filter add up; filters of different kinds narrow down', async () => {
    await openSearch(page, server.url);
    await toggleFilter(page, 'dag', 'Zaterdag');
    await toggleFilter(page, 'dag', 'Zondag');
    const weekend = offersWith('dag', ['Zaterdag', 'Zondag']);
    expect((await resultIds(page, true)).sort()).toEqual(weekend);
    await toggleFilter(page, 'prijs', 'Gratis');
    const free = new Set(offersWith('prijs', ['Gratis']));
    const both = weekend.filter((id) => free.has(id));
    expect(both.length).toBeLessThan(weekend.length);
    expect((await resultIds(page, true)).sort()).toEqual(both);
    // The address keeps the choices, so the back button and a shared link show the same.
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('dag')).toEqual(['Zaterdag', 'Zondag']);
    expect(params.getAll('prijs')).toEqual(['Gratis']);
  });

  test('a filter narrows the results of a word', async () => {
    await openSearch(page, server.url, 'zwemmen');
    const all = await resultIds(page, true);
    await toggleFilter(page, 'doelgroep', 'Kinderen');
    const forChildren = await resultIds(page, true);
    expect(forChildren.length).toBeGreaterThan(0);
    expect(forChildren.every((id) => all.includes(id))).toBe(true);
    await toggleFilter(page, 'categorie', 'Cultuur');
    expect(await resultIds(page, true)).toEqual([]);
  });

  test('a link with filters opens with them ticked', async () => {
    await page.goto(`${server.url}/zoeken/?q=zwemmen&dag=Zondag`);
    await waitForCount(page);
    expect(await page.locator('input[name="dag"][value="Zondag"]').isChecked()).toBe(true);
    expect(await resultIds(page, true)).toEqual(['zwemmen-dilkom']);
  });

  test('works with the keyboard only', async () => {
    await openSearch(page, server.url);
    await page.locator('body').focus();
    // From the top: skip link, then the header links, then the search field.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoek'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek');
    await afterSearch(page, async () => {
      await page.keyboard.type('zwemmen');
      await page.keyboard.press('Enter');
    });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek');
    await page.keyboard.press('Tab'); // the Zoek button
    await page.keyboard.press('Tab'); // the filters
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // first checkbox: Sport
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Sport');
    const status = await afterSearch(page, () => page.keyboard.press('Space'));
    expect(countIn(status)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  });

  test('"Toon meer" adds results and moves the keyboard to the first new one', async () => {
    await openSearch(page, server.url);
    const status = await toggleFilter(page, 'doelgroep', 'Volwassenen');
    expect(countIn(status)).toBeGreaterThan(10);
    expect(await page.locator('[data-search-results] > li').count()).toBe(10);
    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]);
    expect(focused).toBe(true);
  });

  test('the result count is in a status region that screen readers announce', async () => {
    await openSearch(page, server.url, 'zwemmen');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/resulta/);
  });

  test('nothing moves when the results appear (no layout shift)', async () => {
    const shiftPage = await context.newPage();
    await shiftPage.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await shiftPage.goto(`${server.url}/zoeken/?q=zwemmen`);
    await waitForCount(shiftPage);
    await shiftPage.waitForTimeout(200);
    expect(await shiftPage.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await shiftPage.close();
  });

  test('without JavaScript: one sentence, and links to every category and the A-Z list', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}/zoeken/?q=zwemmen`);
    const fallback = plain.locator('.vtw-search-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('p').innerText()).toBe('Zoeken werkt alleen met JavaScript. Je vindt alles ook via de soorten activiteiten of de lijst van A tot Z.');
    const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([...site.categories.map((c) => `/categorie/${c.id}/`), '/a-z/']);
    // No dead controls: the filters and result list need the script, so they are not shown.
    expect(await plain.locator('[data-search-app]').isVisible()).toBe(false);
    // The form still works: it submits to this page with GET.
    expect(await plain.locator('form.vtw-search').getAttribute('method')).toBe('get');
    // And the A-Z list reaches every offer.
    await plain.goto(`${server.url}/a-z/`);
    const azLinks = await plain.locator('main a[href^="/aanbod/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const offer of site.offers) expect(azLinks).toContain(`/aanbod/${offer.id}/`);
    await noScript.close();
  });

  test('when pagefind cannot load, the page says so and shows the fallback links', async () => {
    const broken = await browser.newContext();
    await broken.route('**/pagefind/**', (route) => route.abort());
    const brokenPage = await broken.newPage();
    brokenPage.on('console', () => {}); // the script logs the error on purpose
    await brokenPage.goto(`${server.url}/zoeken/?q=zwemmen`);
    const fallback = brokenPage.locator('.vtw-search-fallback');
    await fallback.waitFor({ state: 'visible' });
    expect(await fallback.locator('p').innerText()).toMatch(/^Zoeken lukt nu niet\./);
    await broken.close();
  });

  test('the search script threw no errors in all of the above', () => {
    expect(scriptErrors).toEqual([]);
  });
});
