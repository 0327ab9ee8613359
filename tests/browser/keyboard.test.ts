/**
 * Keyboard use in Chromium: the skip link comes first and works, every control is reached in
 * order with a focus indicator you can see, nothing traps the focus. Also with reduced motion and
 * forced colours (Windows high contrast), where box shadows disappear and only outlines remain.
 */
import { it, expect, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { SITES } from '../support/sites.ts';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { markTabbable, tabThrough, focusState } from '../support/a11y-focus.ts';

const OFFER = '/aanbod/zwemmen-dilkom/';
const PAGES = ['/', OFFER];

describeBrowser('keyboard', () => {
  const site = useServedSite(SITES.sample.out);

  const modes = [
    { name: 'default', options: {} },
    { name: 'forced colours and reduced motion', options: { forcedColors: 'active', reducedMotion: 'reduce' } as const },
  ];

  describe.each(modes)('$name', ({ name, options }) => {
    let page: Page;
    beforeAll(async () => {
      page = await (await site.chrome.newContext(options)).newPage();
    });

    it.each(PAGES)('%s: the first Tab shows the skip link, and it moves focus to the content', async (path) => {
      await page.goto(site.server.url + path);
      await page.keyboard.press('Tab');
      const skip = await focusState(page);
      expect(skip.text).toBe('Ga naar de inhoud');
      expect(skip.inView).toBe(true);
      expect(skip.indicated).toBe(true);
      const box = await page.locator('.vtw-skip-link').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    });

    it.each(PAGES)('%s: Tab reaches every control in order, each visibly focused, and then leaves the page', async (path) => {
      await page.goto(site.server.url + path);
      const controls = await markTabbable(page);
      expect(controls.length).toBeGreaterThan(8);
      const states = await tabThrough(page, controls.length);
      const reached = states.filter((s) => s.index !== null);
      expect(reached.map((s) => s.index)).toEqual(controls.map((_, i) => i));
      for (const s of reached) {
        expect(s.indicated, `focus not visible on ${controls[s.index!]} (${name}): outline ${s.outline}, shadow ${s.boxShadow}`).toBe(true);
        expect(s.inView, `focused ${controls[s.index!]} is out of view`).toBe(true);
        if (options.forcedColors) expect(s.outline, `forced colours drop box shadows, so ${controls[s.index!]} needs an outline`).not.toMatch(/^none/);
      }
      // No trap: after the last control, focus leaves the page.
      expect(states.at(-1)!.index).toBeNull();
      // And back: Shift+Tab from the end walks to the start.
      await page.keyboard.press('Shift+Tab');
      expect((await focusState(page)).index).toBe(controls.length - 1);
    });
  });

  it('in forced colours, buttons, fields, tiles and facts keep a border', async () => {
    const page = await (await site.chrome.newContext({ forcedColors: 'active' })).newPage();
    for (const [path, selectors] of [['/', ['.vtw-search__input', '.vtw-search .vtw-button', '.vtw-tile', '.vtw-button--wide']], [OFFER, ['.vtw-fact', '.vtw-button--secondary']]] as const) {
      await page.goto(site.server.url + path);
      for (const selector of selectors) {
        const border = await page.locator(selector).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle };
        });
        expect(border.style, `${path} ${selector}`).not.toBe('none');
        expect(border.width, `${path} ${selector}`).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
