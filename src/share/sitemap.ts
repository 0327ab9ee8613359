/**
 * Every page of the site, for sitemap.xml. The pages' getStaticPaths live in .astro files that a .ts
 * endpoint cannot import, so the same rules are listed here; the build test compares this list with
 * the HTML files the build wrote, so a new page type cannot be forgotten silently.
 */
import type { Site } from '../model/types.ts';
import { routesFor, type Routes } from '../routes.ts';

export interface SitemapEntry {
  /** The page's path as the site links it (from src/routes.ts: base path included, trailing slash). */
  path: string;
  /** The day its content was last checked, when we know it. */
  lastmod?: string;
}

export function sitePages(site: Site): SitemapEntry[] {
  const r = routesFor(site.settings);
  return [
    { path: r.home() },
    ...site.categories.map((c) => ({ path: r.category(c.id) })),
    ...site.offers.map((o) => ({ path: r.offer(o.id), lastmod: o.checked })),
    { path: r.free() },
    { path: r.az() },
    ...site.schemes.map((s) => ({ path: r.scheme(s.id) })),
    ...site.partners.map((p) => ({ path: r.partner(p.id) })),
    ...site.pages.map((p) => ({ path: r.page(p.id) })),
    { path: r.search() },
    { path: r.changes() },
    { path: r.madeToMeasure() },
  ];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function sitemapXml(routes: Routes, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const loc = `<loc>${escapeXml(routes.absolute(e.path))}</loc>`;
    return `  <url>${loc}${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Crawlers only read robots.txt at the root of a host; a site under a path (a GitHub Pages project
 * site) still writes one, which the owner of the host's root may link to, and it names the sitemap.
 */
export function robotsTxt(routes: Routes): string {
  return `User-agent: *\nAllow: ${routes.base}\n\nSitemap: ${routes.absolute(routes.sitemap())}\n`;
}
