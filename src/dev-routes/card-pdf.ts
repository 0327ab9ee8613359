/**
 * kaart/<id>.pdf in `astro dev`, drawn on request. A build writes these files itself, not as
 * routes (src/integrations/binary-outputs.ts); the integration injects this route in dev only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../content/site.ts';
import { cachedSingleCardPdf, fanOffers } from '../fan/index.ts';

export const prerender = true;

export const getStaticPaths = (() => fanOffers(getSite()).map((d) => ({ params: { id: d.offer.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = await cachedSingleCardPdf(getSite(), params.id!, { subset: true });
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
