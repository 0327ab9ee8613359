/** The fan's font, whole, for the list /op-maat/ makes in the browser (src/referrer/list-fonts.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site.ts';
import { listFontCarrier } from '../../referrer/list-fonts-build.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response((await listFontCarrier(getSite().buildDate)).pdf as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
