/**
 * Layout in Chromium: reflow at 320 CSS px (400 % zoom) on every page, text at 200 % without
 * loss, targets residents tap of at least 44 x 44 px, and an offer page that prints on one A4
 * page without the navigation.
 */
import { it, expect, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { SITES } from '../support/sites.ts';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { sitePaths } from '../support/a11y-site.ts';

const paths = sitePaths(SITES.sample.out);
const offers = paths.filter((p) => p.startsWith('/aanbod/'));
const OFFER = '/aanbod/zwemmen-dilkom/';
/** One page of each type: the ones text zoom and target size are checked on. */
const TYPES = ['/', OFFER, '/categorie/sport/', '/a-z/', '/gratis/', '/korting/participatiepas/', '/partner/sportdienst/', '/zoeken/', '/toegankelijkheid/', '/404.html'];
const MIN_TARGET = 44;

/** Elements that stick out to the right of the viewport, for a readable failure. */
function overflowing(page: Page): Promise<{ scroll: number; client: number; culprits: string[] }> {
  return page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 1 && el.checkVisibility())
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, client, culprits };
  });
}

describeBrowser('layout', () => {
  const site = useServedSite(SITES.sample.out);

  describe('at 320 CSS px wide', () => {
    let page: Page;
    beforeAll(async () => {
      page = await (await site.chrome.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    });

    it('no page scrolls sideways', async () => {
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(site.server.url + path);
        const o = await overflowing(page);
        if (o.scroll > o.client) failures.push(`${path}: ${o.scroll} px wide in ${o.client} px (${o.culprits.join(', ')})`);
      }
      expect(failures).toEqual([]);
    });

    it.each(TYPES)('%s: every link, button and field residents tap is at least 44 x 44 px', async (path) => {
      await page.goto(site.server.url + path);
      const small = await page.evaluate((min) => {
        const blockOf = (el: Element): Element => {
          let b = el.parentElement!;
          while (b.parentElement && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
          return b;
        };
        const normalise = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
        return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, summary')]
          .filter((el) => el.checkVisibility() && !el.classList.contains('vtw-skip-link'))
          // WCAG 2.5.8 exempts links inside a sentence: the surrounding block has more text than the link.
          .filter((el) => !(el.tagName === 'A' && normalise(blockOf(el).textContent).length > normalise(el.textContent).length))
          // A check box counts with its label: the label is the target you tap.
          .map((el) => (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.labels?.[0] ? el.labels[0] : el))
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
          .map(({ el, r }) => `${el.tagName.toLowerCase()} "${normalise(el.textContent).slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
      }, MIN_TARGET);
      expect(small).toEqual([]);
    });

    it('the targets the issue names exist and are big enough: categories, phone, print, search', async () => {
      const size = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, selector).not.toBeNull();
        expect(Math.min(box!.width, box!.height), selector).toBeGreaterThanOrEqual(MIN_TARGET);
      };
      await page.goto(site.server.url + '/');
      for (const s of ['.vtw-tile', 'a.vtw-phone', '.vtw-search__input', '.vtw-search .vtw-button', 'a[href="/zoeken/"]']) await size(s);
      await page.goto(site.server.url + OFFER);
      for (const s of ['.vtw-offer__category a', 'a.vtw-phone', 'a[href$=".pdf"].vtw-button', '.vtw-search .vtw-button']) await size(s);
    });
  });

  it.each(TYPES)('%s: text at 200 % loses nothing and does not scroll sideways', async (path) => {
    const page = await (await site.chrome.newContext({ viewport: { width: 640, height: 800 } })).newPage();
    await page.goto(site.server.url + path);
    // Text-only zoom: the root font size doubles (the site sizes everything in rem and em).
    // Set through the CSSOM: the page's Content Security Policy (rightly) refuses an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
    const o = await overflowing(page);
    expect(o.scroll, o.culprits.join(', ')).toBeLessThanOrEqual(o.client);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.checkVisibility() && !el.closest('.vtw-visually-hidden') && !el.classList.contains('vtw-skip-link'))
        .filter((el) => {
          const s = getComputedStyle(el);
          const clips = (v: string) => v === 'hidden' || v === 'clip';
          return (clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(clipped).toEqual([]);
    await page.context().close();
  });

  describe('printed', () => {
    let page: Page;
    beforeAll(async () => {
      page = await (await site.chrome.newContext()).newPage();
      await page.emulateMedia({ media: 'print' });
    });

    it('an offer page leaves out the header, search, navigation and footer', async () => {
      await page.goto(site.server.url + OFFER);
      for (const selector of ['.vtw-skip-link', '.vtw-header', 'nav', 'form[role="search"]', 'footer']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('a.vtw-phone').isVisible()).toBe(true);
    });

    it('every offer page fits one A4 page', async () => {
      const tooLong: string[] = [];
      for (const path of offers) {
        await page.goto(site.server.url + path);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        if (pages !== 1) tooLong.push(`${path}: ${pages} pages`);
      }
      expect(tooLong).toEqual([]);
    });
  });
});
