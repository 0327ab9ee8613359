/**
 * One A4 PDF per category for /op-maat/ without JavaScript: the category's cards on A4 sheets with
 * cut and hole marks, placed from the card fragments the build's card jobs drew (like waaier.pdf),
 * tagged like it, in the same grid (impose.ts) the browser uses on that page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../content/site.ts';
import { cardSheetPdf } from '../../../fan/cached-decks.ts';
import { categorySheets, type CategorySheet } from '../../../referrer/category-sheets.ts';
import { prerendered } from '../../../workers/binary-jobs.ts';

export const prerender = true;

export const getStaticPaths = (() => categorySheets(getSite()).map((sheet) => ({ params: { categorie: sheet.categoryId }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = getSite();
  const { sheet } = props as { sheet: CategorySheet };
  // Drawn by the build's deck worker while the pages render (one-pass.ts), when there are many cards.
  await prerendered('sheet', sheet.categoryId);
  const bytes = await cardSheetPdf(site, sheet.cardIds, sheet.title);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
