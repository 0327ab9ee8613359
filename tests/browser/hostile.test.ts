/**
 * Issue 11, proved in Chromium: every hostile body of the corpus is harmless on a built page.
 * Bodies the check accepts are built into a fixture site (one offer each, plus a free page with
 * all of them); bodies the check refuses cannot be built, so their rendered HTML (what the
 * pipeline would publish if the check had a bug) is put into a built offer page in the same
 * place. On every page: no dialog, no request to another host, no CSP violation, document.baseURI
 * is the site, no element in the content has an event handler, and the footer is still there.
 * The search page keeps working under the Content Security Policy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { BUILD_DATE, ROOT } from '../support/sites.ts';
import { CORPUS } from '../fixtures/hostile/corpus.ts';
import { processBody } from '../../src/markdown/index.ts';
import { CSP_DIRECTIVES } from '../../src/security/csp.ts';

const OUT = path.join(ROOT, 'tests/.output/hostile');
const id = (i: number) => `hostile-${String(i).padStart(3, '0')}`;
const accepted = CORPUS.map((c, i) => ({ ...c, id: id(i) })).filter((c) => c.expect === 'harmless');
const refused = CORPUS.map((c, i) => ({ ...c, id: id(i) })).filter((c) => c.expect !== 'harmless');

function offer(title: string, body: string): string {
  return `---\ntitel: ${JSON.stringify(title)}\nsamenvatting: Een test met vreemde tekst.\ncategorie: sport\npartner: sportdienst\nprijs:\n  normaal: 2\nwaaier: false\nnagekeken: 2026-10-20\n---\n${body}\n`;
}

/** Builds the basic fixture plus one offer per accepted body and a free page holding all of them. */
function buildHostileSite(): void {
  const content = mkdtempSync(path.join(tmpdir(), 'vtw-hostile-'));
  cpSync(path.join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
  for (const c of accepted) writeFileSync(path.join(content, 'aanbod', `${c.id}.md`), offer(`Test ${c.id}`, c.body));
  mkdirSync(path.join(content, 'paginas'), { recursive: true });
  writeFileSync(path.join(content, 'paginas', 'vreemde-tekst.md'), `---\ntitel: Vreemde tekst\n---\n${accepted.map((c) => `## ${c.id}\n\n${c.body}\n`).join('\n')}`);
  rmSync(OUT, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: OUT, BUILD_DATE }, encoding: 'utf8' });
  rmSync(content, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`Building the hostile site failed:\n${result.stdout}\n${result.stderr}`);
}

interface Findings {
  dialogs: string[];
  offSite: string[];
  violations: string[];
}

/** Opens `url`, waits for anything the page might do, and returns what it tried. */
async function visit(page: Page, origin: string, url: string): Promise<Findings> {
  const findings: Findings = { dialogs: [], offSite: [], violations: [] };
  page.on('dialog', (dialog) => {
    findings.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(`${origin}/`) && !target.startsWith('data:')) findings.offSite.push(target);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Give handlers (onerror, onload, onfocus, ontoggle, meta refresh) time to fire.
  await page.waitForTimeout(150);
  findings.violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return findings;
}

/** What a user would notice: the page is the site's, nothing in the content can run code. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    // The partner's text; the page's own icons (svg) are outside it.
    const content = [...document.querySelectorAll('main .vtw-prose')];
    // No event handler anywhere on the page.
    const handlers = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`));
    const dangerous = content.flatMap((c) => [...c.querySelectorAll('script, style, iframe, frame, object, embed, base, form, meta, link, svg, math, img, input:not([type=checkbox])')]).map((el) => el.tagName.toLowerCase());
    const badLinks = content.flatMap((c) => [...c.querySelectorAll('a[href]')]).map((a) => (a as HTMLAnchorElement).protocol).filter((p) => !['http:', 'https:', 'mailto:', 'tel:'].includes(p));
    const footer = document.querySelector('footer.vtw-footer');
    return {
      hasContent: content.length > 0,
      baseURI: document.baseURI,
      handlers,
      dangerous,
      badLinks,
      footerVisible: !!footer && footer.getBoundingClientRect().height > 0 && getComputedStyle(footer).display !== 'none',
      bases: document.querySelectorAll('base').length,
    };
  });
}

describeBrowser('hostile Markdown in Chromium (issue 11)', () => {
  beforeAll(() => buildHostileSite(), 600_000);
  const site = useServedSite(OUT);

  async function newPage() {
    const context = await site.chrome.newContext();
    // Runs before any page script and is not subject to the page's CSP: records every violation.
    await context.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    return { context, page: await context.newPage() };
  }

  async function expectHarmless(url: string, name: string) {
    const { context, page } = await newPage();
    try {
      const findings = await visit(page, site.server.url, url);
      expect(findings, name).toEqual({ dialogs: [], offSite: [], violations: [] });
      const state = await pageState(page);
      expect(state, name).toEqual({ hasContent: true, baseURI: url, handlers: [], dangerous: [], badLinks: [], footerVisible: true, bases: 0 });
    } finally {
      await context.close();
    }
  }

  test('the check accepted the bodies that are harmless, and the site built', () => {
    expect(accepted.length + refused.length).toBeGreaterThanOrEqual(60);
    for (const c of accepted) expect(readdirSync(path.join(OUT, 'aanbod')), c.name).toContain(c.id);
  });

  test('every accepted body is harmless on its own offer page', async () => {
    for (const c of accepted) await expectHarmless(`${site.server.url}/aanbod/${c.id}/`, c.name);
  }, 300_000);

  test('all accepted bodies together on one free page are harmless', async () => {
    await expectHarmless(`${site.server.url}/vreemde-tekst/`, 'free page');
  });

  test('every refused body, rendered anyway, is harmless on a built page', async () => {
    const template = readFileSync(path.join(OUT, 'aanbod', accepted[0]!.id, 'index.html'), 'utf8');
    const prose = /<div class="vtw-prose">[^]*?<\/div>/;
    expect(template).toMatch(prose);
    const { context } = await newPage();
    try {
      await context.route(`${site.server.url}/proef/**`, async (route) => {
        const index = Number(new URL(route.request().url()).pathname.split('/')[2]);
        const html = processBody(refused[index]!.body, 'aanbod/proef.md', 1).html;
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: template.replace(prose, () => `<div class="vtw-prose">${html}</div>`) });
      });
      for (let i = 0; i < refused.length; i++) {
        // A fresh page (own listeners, own document) per body, in one context.
        const page = await context.newPage();
        const url = `${site.server.url}/proef/${i}/`;
        const findings = await visit(page, site.server.url, url);
        expect(findings, refused[i]!.name).toEqual({ dialogs: [], offSite: [], violations: [] });
        expect(await pageState(page), refused[i]!.name).toEqual({ hasContent: true, baseURI: url, handlers: [], dangerous: [], badLinks: [], footerVisible: true, bases: 0 });
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 300_000);

  test('the harness notices an attack: raw HTML put into a page is caught, by the CSP and by the checks', async () => {
    const template = readFileSync(path.join(OUT, 'aanbod', accepted[0]!.id, 'index.html'), 'utf8');
    const raw = `<img src="https://evil.example/x.png"><img src=x onerror="alert(1)"><base href="https://evil.example/">`;
    const { context, page } = await newPage();
    try {
      await context.route(`${site.server.url}/aanval/`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: template.replace('<div class="vtw-prose">', () => `<div class="vtw-prose">${raw}`) }));
      const url = `${site.server.url}/aanval/`;
      const findings = await visit(page, site.server.url, url);
      // The CSP blocks the handler, the remote image and the base: each is a violation, none runs.
      expect(findings.dialogs).toEqual([]);
      expect(findings.violations.join('\n')).toMatch(/img-src https:\/\/evil\.example\/x\.png/);
      expect(findings.violations.join('\n')).toMatch(/script-src-attr/);
      expect(findings.violations.join('\n')).toMatch(/base-uri/);
      const state = await pageState(page);
      expect(state.handlers).toEqual(['img[onerror]']);
      expect(state.dangerous).toEqual(['img', 'img', 'base']);
      expect(state.baseURI).toBe(url);
    } finally {
      await context.close();
    }
  });

  test('every page carries the Content Security Policy', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'admin') walk(full);
        else if (entry.name.endsWith('.html')) pages.push(full);
      }
    };
    walk(OUT);
    expect(pages.length).toBeGreaterThan(accepted.length);
    for (const file of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toBeDefined();
      for (const directive of CSP_DIRECTIVES) expect(csp, file).toContain(`${directive};`);
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(csp).toContain("script-src-attr 'none';");
      expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  test('the search page works under the policy: results, filters, no violation', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${site.server.url}/zoeken/?q=yoga`);
      await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('[data-search-results]').innerText()).toContain('Online yoga');
      expect(await page.evaluate(() => document.documentElement.classList.contains('vtw-js-search'))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
