/** One fan card on A4 for referrers, linked from its offer page ("Print deze kaart"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../content/site.ts';
import { cachedSingleCardPdf, fanOffers } from '../../fan/index.ts';
import { prerendered } from '../../workers/binary-jobs.ts';

export const prerender = true;

export const getStaticPaths = (() => fanOffers(getSite()).map((d) => ({ params: { id: d.offer.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  await prerendered('card', params.id!);
  const bytes = await cachedSingleCardPdf(getSite(), params.id!, { subset: true });
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
