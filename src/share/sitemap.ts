/**
 * Every page of the site, for sitemap.xml. The pages' getStaticPaths live in .astro files that a .ts
 * endpoint cannot import, so the same rules are listed here; the build test compares this list with
 * the HTML files the build wrote, so a new page type cannot be forgotten silently.
 */
import type { Site } from '../model/types.ts';

export interface SitemapEntry {
  /** Site-relative path with a trailing slash, as the site links it. */
  path: string;
  /** The day its content was last checked, when we know it. */
  lastmod?: string;
}

export function sitePages(site: Site): SitemapEntry[] {
  return [
    { path: '/' },
    ...site.categories.map((c) => ({ path: `/categorie/${c.id}/` })),
    ...site.offers.map((o) => ({ path: `/aanbod/${o.id}/`, lastmod: o.checked })),
    { path: '/gratis/' },
    { path: '/a-z/' },
    ...site.schemes.map((s) => ({ path: `/korting/${s.id}/` })),
    ...site.partners.map((p) => ({ path: `/partner/${p.id}/` })),
    ...site.pages.map((p) => ({ path: `/${p.id}/` })),
    { path: '/zoeken/' },
  ];
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function sitemapXml(baseUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const loc = `<loc>${escapeXml(`${baseUrl}${e.path}`)}</loc>`;
    return `  <url>${loc}${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}
