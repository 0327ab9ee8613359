/** What changed since the printed fan, on A4 for referrers to print and slip into their fans. */
import type { APIRoute } from 'astro';
import { getSite } from '../content/site.ts';
import { changesPdf } from '../referrer/changes-pdf.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const bytes = await changesPdf(getSite());
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
