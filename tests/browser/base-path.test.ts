/**
 * A site published as a GitHub Pages project site (site.yaml's url carries a path): served under
 * /waaier/ only, with every other address a 404, as GitHub serves it. Chromium opens the home page
 * and follows every internal link and asset; nothing may fail and nothing may leave /waaier/.
 * The search, the printed cards (short address and QR link) and every absolute address the site
 * gives away (canonical, og:url, JSON-LD, sitemap, robots.txt, open data) carry the path too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFDict, PDFName, PDFString, PDFArray } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describeBrowser, useServedSite } from '../support/browser.ts';
import { SITES, SUBPATH_URL } from '../support/sites.ts';
import { pdfText } from '../support/pdf-text.ts';

const BASE = new URL(SUBPATH_URL).pathname;
const out = SITES.subpath.out;

/** Every address a page refers to: links, stylesheets, scripts, images (srcset too), icons. */
async function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[href], [src], [srcset], form[action]')) {
      for (const attr of ['href', 'src', 'action']) {
        const value = el.getAttribute(attr);
        if (value !== null) found.push(new URL(value, document.baseURI).href);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset) for (const part of srcset.split(',')) found.push(new URL(part.trim().split(/\s+/)[0]!, document.baseURI).href);
    }
    return found;
  });
}

describeBrowser('a site under a path (https://example.github.io/waaier/)', () => {
  const site = useServedSite(out, { base: BASE });

  it('has no failed request and no link outside /waaier/ on any page reachable from the home page', async () => {
    const context = await site.chrome.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    // ERR_ABORTED is the browser dropping a request when the crawl moves on (the favicon of the
    // last page); every asset is fetched on its own below.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
    });
    const origin = site.server.url;
    const queue = [`${origin}${BASE}`];
    const visited = new Set<string>();
    const assets = new Set<string>();
    const outside: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.status(), url).toBe(200);
      if (!(response?.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      for (const ref of await referencedUrls(page)) {
        const target = new URL(ref);
        if (target.origin !== origin) continue;
        target.hash = '';
        target.search = '';
        if (!target.pathname.startsWith(BASE)) outside.push(`${new URL(url).pathname} -> ${target.pathname}`);
        else if (target.pathname.endsWith('/')) queue.push(target.href);
        else assets.add(target.href);
      }
    }
    for (const asset of assets) {
      const response = await context.request.get(asset);
      expect(response.status(), asset).toBe(200);
    }
    await context.close();
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    // The crawl reached every kind of page and file, not just the home page.
    const paths = [...visited, ...assets].map((u) => new URL(u).pathname);
    for (const expected of ['a-z/', 'gratis/', 'zoeken/', 'aanbod/zwemmen/', 'categorie/sport/', 'korting/participatiepas/', 'partner/sportdienst/', 'over-ons/', 'waaier.pdf', 'kaart/zwemmen.pdf', 'favicon.svg']) {
      expect(paths, expected).toContain(`${BASE}${expected}`);
    }
    expect(paths.some((p) => p.startsWith(`${BASE}_astro/`) && p.endsWith('.css'))).toBe(true);
  });

  it('serves nothing outside /waaier/, and its own 404 page inside it', async () => {
    const context = await site.chrome.newContext();
    expect((await context.request.get(`${site.server.url}/a-z/`)).status()).toBe(404);
    const page = await context.newPage();
    const response = await page.goto(`${site.server.url}${BASE}bestaat-niet/`);
    expect(response?.status()).toBe(404);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href.startsWith(BASE), href).toBe(true);
    await context.close();
  });

  it('searches, and its results open pages under /waaier/', async () => {
    const context = await site.chrome.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
    });
    // The way a resident searches: the form in the header of the home page.
    await page.goto(`${site.server.url}${BASE}`);
    await page.getByRole('searchbox').first().fill('zwemmen');
    await page.getByRole('button', { name: 'Zoek' }).first().click();
    await page.waitForURL(`${site.server.url}${BASE}zoeken/?q=zwemmen`);
    await page.locator('[data-search-app][data-search-done]').waitFor({ state: 'attached' });
    const hrefs = await page.locator('[data-search-results] > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain(`${BASE}aanbod/zwemmen/`);
    for (const href of hrefs) expect(href.startsWith(BASE), href).toBe(true);
    await page.locator(`[data-search-results] a[href="${BASE}aanbod/zwemmen/"]`).first().click();
    await page.waitForURL(`${site.server.url}${BASE}aanbod/zwemmen/`);
    expect(await page.locator('h1').textContent()).toContain('Zwemmen in het testbad');
    expect(failed).toEqual([]);
    await context.close();
  });
});

describe('absolute addresses of a site under a path', () => {
  const html = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');
  const attr = (source: string, pattern: RegExp) => pattern.exec(source)?.[1];

  it('gives canonical, og:url, og:image and JSON-LD the path', () => {
    const offer = html('aanbod/zwemmen');
    expect(attr(offer, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SUBPATH_URL}aanbod/zwemmen/`);
    expect(attr(offer, /<meta property="og:url" content="([^"]+)"/)).toBe(`${SUBPATH_URL}aanbod/zwemmen/`);
    expect(attr(offer, /<meta property="og:image" content="([^"]+)"/)).toBe(`${SUBPATH_URL}og/zwemmen.png`);
    const ld = JSON.parse(attr(offer, /<script type="application\/ld\+json">(.*?)<\/script>/)!);
    expect(ld.url).toBe(`${SUBPATH_URL}aanbod/zwemmen/`);
    expect(ld.image).toBe(`${SUBPATH_URL}og/zwemmen.png`);
    expect(ld.organizer.url).toBe(`${SUBPATH_URL}partner/sportdienst/`);
    expect(attr(html(''), /<link rel="canonical" href="([^"]+)"/)).toBe(SUBPATH_URL);
  });

  it('lists the pages in the sitemap and robots.txt with the path', () => {
    const locs = [...readFileSync(path.join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(SUBPATH_URL);
    expect(locs).toContain(`${SUBPATH_URL}aanbod/zwemmen/`);
    for (const loc of locs) expect(loc.startsWith(SUBPATH_URL), loc).toBe(true);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SUBPATH_URL}sitemap.xml`);
  });

  it('gives the open data addresses with the path', () => {
    const data = JSON.parse(readFileSync(path.join(out, 'aanbod.json'), 'utf8'));
    const zwemmen = data.offers.find((o: { id: string }) => o.id === 'zwemmen');
    expect(zwemmen.url).toBe(`${SUBPATH_URL}aanbod/zwemmen/`);
    expect(zwemmen.previewImage).toBe(`${SUBPATH_URL}og/zwemmen.png`);
    expect(zwemmen.card).toBe(`${SUBPATH_URL}kaart/zwemmen.pdf`);
    for (const c of data.categories) expect(c.url.startsWith(SUBPATH_URL)).toBe(true);
    expect(readFileSync(path.join(out, 'aanbod.csv'), 'utf8')).toContain(`${SUBPATH_URL}aanbod/zwemmen/`);
  });

  it('prints the short address with the path on the card, and its QR code links to the page under the path', async () => {
    const file = path.join(out, 'kaart/zwemmen.pdf');
    const text = (await pdfText(file)).replace(/\s+/g, '');
    expect(text).toContain('example.github.io/waaier/aanbod/zwemmen');
    // The QR code is drawn with a link annotation carrying the same address as its payload.
    expect(await linkTargets(file)).toContain(`${SUBPATH_URL}aanbod/zwemmen/`);
    // The cover card of the whole fan points to the home page under the path. (The print-shop
    // file is PDF/X, which allows no link annotations on the printed area: the A4 file has them.)
    expect(await linkTargets(path.join(out, 'waaier.pdf'))).toContain(SUBPATH_URL);
  });
});

/** The URI of every link annotation in a PDF (the fan draws one over each QR code). */
async function linkTargets(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const targets: string[] = [];
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
      if (uri) targets.push(uri.decodeText());
    }
  }
  return targets;
}
