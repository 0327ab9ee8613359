/** Helpers for driving the search page like a resident: search, tick filters, read the results. */
import type { Page } from 'playwright-core';
import { SITES } from './sites.ts';

/** The built site the search tests use; SEARCH_SITE points them at another build while you work. */
export const SEARCH_SITE_DIR = process.env['SEARCH_SITE'] ?? SITES.sample.out;

/** Waits until the page shows its first search (opened with ?q=), and returns the status text. */
export async function waitForCount(page: Page): Promise<string> {
  await page.locator('[data-search-app][data-search-done]').waitFor({ state: 'attached' });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** The offer ids (or page paths) shown, in order; clicks "Toon meer" until everything is shown. */
export async function resultIds(page: Page, all = false): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (all && (await more.isVisible())) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  const hrefs = await page.locator('[data-search-results] > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/aanbod\/([^/]+)\/$/, '$1'));
}

/** The number in "12 resultaten voor …", 0 for "Niets gevonden". */
export function countIn(status: string): number {
  const match = /(\d+) resulta/.exec(status);
  return match ? Number(match[1]) : 0;
}

export async function openSearch(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/zoeken/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  if (query) await waitForCount(page);
}

/** Runs `action` and waits until the page has shown the search it causes. */
export async function afterSearch(page: Page, action: () => Promise<void>): Promise<string> {
  const app = page.locator('[data-search-app]');
  const before = (await app.getAttribute('data-search-done')) ?? '';
  await action();
  await page.waitForFunction((b) => (document.querySelector('[data-search-app]')?.getAttribute('data-search-done') ?? '') !== b, before);
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** Ticks (or unticks) one checkbox and waits for the new results. */
export async function toggleFilter(page: Page, key: string, value: string): Promise<string> {
  const details = page.locator('[data-filters]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return afterSearch(page, () => page.locator(`input[name="${key}"][value="${value}"]`).click());
}
