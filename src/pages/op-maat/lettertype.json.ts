/** Code points, glyph ids and widths of the font in lettertype.pdf (src/referrer/list-fonts.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site.ts';
import { listFontCarrier } from '../../referrer/list-fonts-build.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await listFontCarrier(getSite().buildDate)).metrics), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
