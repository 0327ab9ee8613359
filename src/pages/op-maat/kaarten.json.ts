/** What /op-maat/ chooses from: the cards of the fan with their filters and facts (src/referrer/choose.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site.ts';
import { choiceData } from '../../referrer/choice-data.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(choiceData(getSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
