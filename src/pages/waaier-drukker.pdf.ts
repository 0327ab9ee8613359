/** The fan for print shops: one card side per page, trim plus bleed, crop marks. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { layOutDeck, printShopPdf } from '../fan/index.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const bytes = await printShopPdf(await layOutDeck(getSite()));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
