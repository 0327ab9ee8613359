/** The link preview of every page without its own: the site's title, promise and categories. */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site.ts';
import { sitePreview } from '../../share/preview.ts';
import { cachedPng } from '../../share/render.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { png } = await cachedPng(sitePreview(getSite()));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
