/** The fan for office printers: cards imposed on A4, double-sided, with a printing guide. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { cachedDeckPdf } from '../fan/index.ts';
import { prerendered } from '../workers/binary-jobs.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  await prerendered('deck', 'office');
  const bytes = await cachedDeckPdf(getSite(), 'office');
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
