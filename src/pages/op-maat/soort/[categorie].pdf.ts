/**
 * One A4 PDF per category for /op-maat/ without JavaScript: the category's cards on A4 sheets with
 * cut and hole marks, placed from the card fragments the build's card jobs drew (like waaier.pdf),
 * tagged like it, in the same grid (impose.ts) the browser uses on that page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../content/site.ts';
import { cardSheetPdf } from '../../../fan/cached-decks.ts';
import { categorySheets, type CategorySheet } from '../../../referrer/category-sheets.ts';
import { opMaat } from '../../../referrer/strings.ts';

export const prerender = true;

export const getStaticPaths = (() => categorySheets(getSite()).map((sheet) => ({ params: { categorie: sheet.categoryId }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = getSite();
  const { sheet } = props as { sheet: CategorySheet };
  const bytes = await cardSheetPdf(site, sheet.cardIds, opMaat.sheetTitle(sheet.name, site.settings.title));
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
