/** robots.txt, generated because the sitemap's address comes from the content (site.yaml's url). */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { robotsTxt } from '../share/sitemap.ts';
import { routesFor } from '../routes.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(robotsTxt(routesFor(getSite().settings)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
