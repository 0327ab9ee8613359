/** Open data for spreadsheets: one row per published offer (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { openDataCsv } from '../share/csv.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(openDataCsv(getSite()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
