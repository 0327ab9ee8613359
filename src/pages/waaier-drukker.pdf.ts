/** The fan for print shops: one card side per page, trim plus bleed, crop marks. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { cachedDeckPdf } from '../fan/index.ts';
import { prerendered } from '../workers/binary-jobs.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  await prerendered('deck', 'print-shop');
  const bytes = await cachedDeckPdf(getSite(), 'print-shop');
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
