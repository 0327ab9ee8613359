/**
 * The editor at /admin/ in Chromium, with Decap's in-memory test backend holding the sample
 * content: a partner creates an offer through the form and edits a title; the files it saves pass
 * the check, build into a page with those facts, and change nothing the partner did not touch.
 */
import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { BUILD_DATE, ROOT, SITES } from '../support/sites.ts';
import { checkContent } from '../../src/source/read-content.ts';

const CONTENT = SITES.sample.content;
const OUT = SITES.sample.out;
const FOLDERS = ['aanbod', 'categorieen', 'partners', 'kortingen', 'paginas'];
/** Amounts are written with a no-break space (€ 3): compare text with plain spaces. */
const spaces = (text: string) => text.replace(/\s+/g, ' ');

/** The sample content as Decap's test backend holds it (it looks folders up by their full path). */
function repoFiles(): Record<string, unknown> {
  const folders: Record<string, Record<string, { content: string }>> = {};
  for (const folder of FOLDERS) {
    folders[folder] = {};
    for (const name of readdirSync(path.join(CONTENT, folder)).filter((n) => n.endsWith('.md'))) {
      folders[folder][name] = { content: readFileSync(path.join(CONTENT, folder, name), 'utf8') };
    }
  }
  return folders;
}

interface Opened {
  page: Page;
  external: string[];
  consoleErrors: string[];
}

describeBrowser('the editor at /admin/', () => {
  const site = useServedSite(OUT);
  let work: string;
  beforeAll(() => {
    // Inside the project, as the other test sites: Astro resolves .mdx pages relative to it.
    work = path.join(ROOT, 'tests/.output/editor');
    rmSync(work, { recursive: true, force: true });
  });
  // The copy stays until the next run: Astro's content cache remembers the files it built.

  async function open(hash: string): Promise<Opened> {
    const context = await site.chrome.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const external: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) consoleErrors.push(`HTTP ${r.status()} ${r.url()}`);
    });
    await page.addInitScript((files: Record<string, unknown>) => {
      const tree: Record<string, unknown> = { content: files };
      for (const folder of Object.keys(files)) tree[`content/${folder}`] = files[folder];
      (window as unknown as { repoFiles: unknown }).repoFiles = tree;
    }, repoFiles());
    // The generated configuration, with Decap's in-memory backend instead of GitHub.
    const config = parse(readFileSync(path.join(OUT, 'admin', 'config.yml'), 'utf8')) as Record<string, unknown>;
    await page.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: stringify({ ...config, backend: { name: 'test-repo' } }) }));
    await page.goto(`${site.server.url}/admin/`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`${site.server.url}/admin/#${hash}`);
    return { page, external, consoleErrors };
  }

  /** A field by its Dutch label, whether or not Decap adds "(optioneel)". */
  const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(optioneel\\))?$`)).first();

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await field(page, label).fill(option);
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The file Decap saved as a draft (editorial workflow: a branch and pull request on GitHub). */
  async function savedFile(page: Page, key: string): Promise<string> {
    await page.waitForFunction((k) => Boolean((window as unknown as { repoFilesUnpublished: Record<string, unknown> }).repoFilesUnpublished[k]), key, { timeout: 15_000 });
    return page.evaluate((k) => {
      const entry = (window as unknown as { repoFilesUnpublished: Record<string, { diffs: { content: string }[] }> }).repoFilesUnpublished[k]!;
      return entry.diffs[0]!.content;
    }, key);
  }

  it('creates an offer through the form; the file passes the check and builds into its page', async () => {
    const { page, external, consoleErrors } = await open('/collections/aanbod/new');
    await page.getByLabel('Titel', { exact: true }).fill('Petanque op het plein');
    await page.getByLabel('Samenvatting').fill('Speel petanque met andere mensen uit de buurt.');
    await choose(page, 'Categorie', 'Sport');
    await choose(page, 'Partner', 'Sportdienst Dilbeek');
    await field(page, 'Gewone prijs').fill('3');
    await page.getByRole('button', { name: 'Voeg kortingen toe' }).click();
    await choose(page, 'Korting', 'Participatiepas');
    await field(page, 'Prijs met korting').fill('0,60');
    // Opening the optional block "Wanneer" shows one empty weekly slot to fill in.
    const when = await page.locator('label', { hasText: /^Wanneer/ }).getAttribute('for');
    await page.locator(`#${when}`).getByRole('button', { name: 'Openklappen' }).first().click();
    await expect.poll(() => page.locator(`#${when}`).innerText()).toContain('1 vaste momenten');
    await choose(page, 'Dag', 'Woensdag');
    await field(page, 'Van').fill('14:00');
    await field(page, 'Tot').fill('16:30');
    // `nagekeken` starts at today; the check runs with the build's date, so set a day before it.
    await field(page, 'Nagekeken op').fill(BUILD_DATE);
    await expect.poll(() => page.locator('[data-controle]').getAttribute('data-controle')).toBe('in-orde');
    // The preview shows the offer with the page's own words.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(async () => spaces(await preview.locator('.vtw-fact').first().innerText())).toContain('€ 0,60 met participatiepas');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const text = await savedFile(page, 'aanbod/petanque-op-het-plein');

    expect(text).toContain('titel: Petanque op het plein\n');
    expect(text).toContain('      van: "14:00"\n');
    const content = path.join(work, 'content');
    cpSync(CONTENT, content, { recursive: true });
    writeFileSync(path.join(content, 'aanbod', 'petanque-op-het-plein.md'), text);
    const checked = checkContent(content, { buildDate: BUILD_DATE });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const out = path.join(work, 'dist');
    const build = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, BUILD_DATE }, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const html = spaces(readFileSync(path.join(out, 'aanbod', 'petanque-op-het-plein', 'index.html'), 'utf8').replace(/&nbsp;|&#160;/g, ' '));
    expect(html).toContain('Petanque op het plein');
    expect(html).toContain('Speel petanque met andere mensen uit de buurt.');
    expect(html).toContain('€ 3');
    expect(html).toContain('€ 0,60 met participatiepas');
    expect(html).toMatch(/woensdag van 14[.:]00 tot 16[.:]30/i);
    expect(html).toContain('Sportdienst Dilbeek');

    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 300_000); // includes a whole build of the sample site

  it('changes only the title line of an existing offer', async () => {
    const original = readFileSync(path.join(CONTENT, 'aanbod', 'repair-cafe.md'), 'utf8');
    const { page, external, consoleErrors } = await open('/collections/aanbod/entries/repair-cafe');
    await page.getByLabel('Titel', { exact: true }).fill('Repair Café Dilbeek');
    await expect.poll(() => page.locator('[data-controle]').getAttribute('data-controle')).toBe('in-orde');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const saved = await savedFile(page, 'aanbod/repair-cafe');
    const before = original.split('\n');
    const after = saved.split('\n');
    expect(after).toHaveLength(before.length);
    expect(before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]))).toEqual([
      ['titel: Repair Café', 'titel: Repair Café Dilbeek'],
    ]);
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the check\'s Dutch message and does not save a file the check rejects', async () => {
    const { page } = await open('/collections/aanbod/entries/taalcafe');
    await page.getByLabel('Titel', { exact: true }).fill('Een titel die veel te lang is voor een kaart in de gedrukte waaier');
    await expect.poll(() => page.locator('[data-controle]').innerText()).toContain('Titel: is te lang: 66 tekens, hoogstens 60. Maak de tekst korter.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => Object.keys((window as unknown as { repoFilesUnpublished: object }).repoFilesUnpublished))).toEqual([]);
    await page.context().close();
  });

  it('is left out of the search index and the sitemap, asks search engines to stay away, and no other page loads it', () => {
    const html = readFileSync(path.join(OUT, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    const pages = readdirSync(OUT, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(readFileSync(path.join(OUT, page), 'utf8'), page).not.toMatch(/cms\.js|\/admin\//);
  });
});
