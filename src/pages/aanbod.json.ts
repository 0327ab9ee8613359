/** Open data: every published offer, in the shape documented in docs/open-data.md. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { openData } from '../share/open-data.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openData(getSite()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
