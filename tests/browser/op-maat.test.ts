/**
 * /op-maat/ as a social worker uses it, in Chromium on the sample site: filter on an audience and a
 * weekday, tick three activities, make the little fan and the list, share the choice as a link,
 * open such a link (with one activity that no longer exists), and the page without JavaScript.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { SITES } from '../support/sites.ts';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { describeFindings, runAxe } from '../support/a11y-site.ts';
import { checkBudgets } from '../../scripts/budget.ts';
import type { ChoiceData, ChoosableCard } from '../../src/referrer/choose.ts';
import { isA4, pagesOf, plainText, qpdfCheck, squash, squashedText } from './op-maat-helpers.ts';

const dir = SITES.sample.out;
const data = JSON.parse(readFileSync(path.join(dir, 'op-maat/kaarten.json'), 'utf8')) as ChoiceData;
const downloads = mkdtempSync(path.join(tmpdir(), 'vtw-op-maat-'));

async function save(download: Download): Promise<{ file: string; bytes: Uint8Array }> {
  const file = path.join(downloads, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { file, bytes: new Uint8Array(readFileSync(file)) };
}

/** Clicks a button that makes a PDF and returns the downloaded file. */
async function make(page: Page, button: 'fan' | 'list') {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(`[data-make-${button}]`).click()]);
  return save(download);
}

/** The fan PDF holds exactly these cards: their titles, and no other card's title. */
async function expectFanOf(file: string, bytes: Uint8Array, cards: ChoosableCard[]) {
  expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  const text = squashedText(file);
  for (const card of data.cards) expect(text.includes(squash(card.title)), card.title).toBe(cards.includes(card));
  const pages = await pagesOf(bytes);
  expect(pages.length % 2, 'a back page after every front page').toBe(0);
  for (const p of pages) expect(isA4(p), `${p.width} x ${p.height}`).toBe(true);
  // Cut marks: at least one line per card edge, in the margins of every sheet.
  for (const p of pages) expect(p.lines).toBeGreaterThanOrEqual(8);
}

describeBrowser('/op-maat/: a fan made to measure', () => {
  const site = useServedSite(dir);
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.chrome.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    page = await context.newPage();
  });

  const open = async (query = '') => {
    await page.goto(`${site.server.url}/op-maat/${query}`);
    await page.locator('[data-choose][data-ready]').waitFor();
  };
  const visibleCards = () => page.locator('[data-choose-list] > li:not([hidden])');

  it('filters on an audience and a weekday, ticks three, and makes a fan and a list of just those', async () => {
    await open();
    await expect.poll(() => page.locator('[data-choose-shown]').textContent()).toBe(`Alle ${data.cards.length} activiteiten van de waaier.`);
    await page.locator('[data-filters] summary').click();
    await page.getByRole('checkbox', { name: 'Kinderen', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Woensdag', exact: true }).check();
    const fitting = data.cards.filter((c) => c.facets['doelgroep']?.includes('Kinderen') && c.facets['dag']?.includes('Woensdag'));
    expect(fitting.length).toBeGreaterThan(3);
    expect(fitting.length).toBeLessThan(data.cards.length);
    await expect.poll(() => visibleCards().count()).toBe(fitting.length);
    expect(await page.locator('[data-choose-shown]').textContent()).toBe(`${fitting.length} van de ${data.cards.length} activiteiten passen bij je filters.`);

    const chosen = fitting.slice(0, 3);
    for (const card of chosen) await page.getByRole('checkbox', { name: card.title }).check();
    expect(await page.locator('[data-choose-count]').textContent()).toBe('Je koos 3 activiteiten.');
    expect(new URL(page.url()).search).toBe(`?kies=${chosen.map((c) => c.id).join(',')}`);
    expect(await page.locator('[data-choose-chosen] h3').allTextContents()).toEqual(chosen.map((c) => c.title));

    const fan = await make(page, 'fan');
    await expectFanOf(fan.file, fan.bytes, chosen);
    await expect.poll(() => page.locator('[data-choose-progress]').textContent()).toMatch(/^Je waaier is klaar/);

    const list = await make(page, 'list');
    expect(qpdfCheck(list.file)).toMatch(/No syntax or stream encoding errors/);
    const pages = await pagesOf(list.bytes);
    expect(pages.every(isA4)).toBe(true);
    const text = plainText(list.file);
    for (const card of chosen) {
      expect(text).toContain(card.title);
      expect(text).toContain(`Bel ${card.phone}`);
    }
    for (const other of data.cards.filter((c) => !chosen.includes(c))) expect(text).not.toContain(other.title);
  });

  it('opens a shared link: those activities with print buttons, and the one that is gone named as gone', async () => {
    const shared = [data.cards[5]!, data.cards[0]!, data.cards[12]!];
    await open(`?kies=${shared[0]!.id},zomerkamp-2025,${shared[1]!.id},${shared[2]!.id}`);
    await expect.poll(() => page.locator('[data-choose-shared]').isVisible()).toBe(true);
    expect(await page.locator('[data-choose-gone]').textContent()).toContain('zomerkamp 2025: bestaat niet meer');
    expect(await page.locator('[data-choose-chosen] h3').allTextContents()).toEqual(shared.map((c) => c.title));
    expect(await page.locator('[data-choose-count]').textContent()).toBe('Je koos 3 activiteiten.');
    await expect.poll(() => page.getByRole('button', { name: 'Maak mijn waaier' }).isVisible()).toBe(true);

    const fan = await make(page, 'fan');
    // In the order of the printed fan, whatever order the link had.
    await expectFanOf(fan.file, fan.bytes, shared);
    const list = await make(page, 'list');
    const text = plainText(list.file);
    for (const card of shared) expect(text).toContain(`Bel ${card.phone}`);
    expect(text).not.toContain('zomerkamp');
  });

  it('shares the choice: a link to copy (no Web Share in desktop Chromium), and WhatsApp, SMS and e-mail links', async () => {
    const [a, b] = [data.cards[1]!, data.cards[2]!];
    await open(`?kies=${a.id},${b.id}`);
    await page.getByRole('button', { name: 'Deel deze keuze' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('De link naar je keuze is gekopieerd. Plak hem in een bericht.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`https://vrijetijdswaaier.dilbeek.be/op-maat/?kies=${a.id},${b.id}`);
    const whatsapp = new URL((await page.locator('[data-share-whatsapp]').getAttribute('href'))!);
    expect(whatsapp.searchParams.get('text')).toContain(`- ${a.title}\n- ${b.title}\n${copied}`);
    expect(await page.locator('[data-share-sms]').getAttribute('href')).toMatch(/^sms:\?&body=.*kies%3D/);
    expect(await page.locator('[data-share-email]').getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=/);
  });

  it('works by keyboard, tells screen readers the count, and passes axe with a choice and the filters open', async () => {
    await open();
    const first = data.cards[0]!;
    const box = page.getByRole('checkbox', { name: first.title });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await page.locator('[data-choose-count]').getAttribute('role')).toBe('status');
    expect(await page.locator('[data-choose-count]').textContent()).toBe('Je koos 1 activiteit.');
    await page.locator('[data-filters] summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Leeftijd van een kind').fill('4');
    const forFour = await visibleCards().count();
    expect(forFour).toBeGreaterThan(0);
    expect(forFour).toBeLessThan(data.cards.length);
    expect(describeFindings(await runAxe(page))).toEqual([]);
  });

  it('without JavaScript: says so in plain Dutch and links one A4 PDF per category, and the whole fan', async () => {
    const noJs = await site.chrome.newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(`${site.server.url}/op-maat/`);
      expect(await p.locator('main').innerText()).toContain('Om zelf kaarten te kiezen, heeft deze pagina JavaScript nodig.');
      expect(await p.locator('[data-choose]').isVisible()).toBe(false);
      const links = await p.locator('#op-papier ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain('/waaier.pdf');
      const sheets = links.filter((l) => l !== '/waaier.pdf');
      const categories = [...new Set(data.cards.map((c) => c.category))];
      expect(sheets.sort()).toEqual(categories.map((c) => `/op-maat/soort/${c}.pdf`).sort());
      for (const category of categories) {
        const file = path.join(dir, `op-maat/soort/${category}.pdf`);
        await expectFanOf(file, new Uint8Array(readFileSync(file)), data.cards.filter((c) => c.category === category));
      }
    } finally {
      await noJs.close();
    }
  });

  it('stays within the page budget; pdf-lib is not loaded until a PDF is made', async () => {
    const report = checkBudgets(dir);
    expect(report.problems.filter((p) => p.startsWith('/op-maat/'))).toEqual([]);
    expect(report.pages.find((p) => p.url === '/op-maat/')!.total).toBeLessThan(14 * 1024);
    const fresh = await context.newPage();
    const scripts: string[] = [];
    fresh.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await fresh.goto(`${site.server.url}/op-maat/`);
    await fresh.locator('[data-choose][data-ready]').waitFor();
    // The page's own script and the filter panel it shares with /zoeken/ (src/search/filter-panel.ts).
    expect(scripts.map((url) => path.basename(new URL(url).pathname).split('.')[0]).sort()).toEqual(['filter-panel', 'index']);
    for (const url of scripts) expect(readFileSync(path.join(dir, new URL(url).pathname), 'utf8')).not.toContain('PDFDocument');
    await fresh.close();
  });
});
