/** The site's own words, for the search page's correction of typing errors (src/search/typos.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { siteWords } from '../search/site-words.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteWords(getSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
