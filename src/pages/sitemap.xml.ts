/** sitemap.xml: every page, with absolute URLs on site.yaml's url. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { sitePages, sitemapXml } from '../share/sitemap.ts';
import { routesFor } from '../routes.ts';

export const prerender = true;

export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(sitemapXml(routesFor(site.settings), sitePages(site)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
