/** The fan for office printers: cards imposed on A4, double-sided, with a printing guide. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { layOutDeck, officePdf } from '../fan/index.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const bytes = await officePdf(await layOutDeck(getSite()));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
