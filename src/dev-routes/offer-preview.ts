/**
 * og/<id>.png (1200 x 630) in `astro dev`, drawn on request. A build writes these files itself,
 * not as routes (src/integrations/binary-outputs.ts); the integration injects this route in dev only.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { offerPreview, offersWithOwnPreview } from '../share/preview.ts';
import { cachedPng } from '../share/render.ts';

export const prerender = true;

export function getStaticPaths() {
  return offersWithOwnPreview(getSite()).map((offer) => ({ params: { id: offer.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const offer = site.offers.find((o) => o.id === params.id)!;
  const { png } = await cachedPng(offerPreview(site, offer));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
