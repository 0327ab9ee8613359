/**
 * One A4 PDF per category for /op-maat/ without JavaScript: the category's cards imposed with cut
 * and hole marks from their own single-card PDFs, by the same module the browser uses on that page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../content/site.ts';
import { cachedSingleCardPdf } from '../../../fan/index.ts';
import { imposeCardPdfs } from '../../../fan/impose.ts';
import { categorySheets, type CategorySheet } from '../../../referrer/category-sheets.ts';
import { opMaat } from '../../../referrer/strings.ts';
import { prerendered } from '../../../workers/binary-jobs.ts';

export const prerender = true;

export const getStaticPaths = (() => categorySheets(getSite()).map((sheet) => ({ params: { categorie: sheet.categoryId }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = getSite();
  const { sheet } = props as { sheet: CategorySheet };
  const cards: Uint8Array[] = [];
  for (const id of sheet.cardIds) {
    await prerendered('card', id);
    cards.push(await cachedSingleCardPdf(site, id, { subset: true }));
  }
  const bytes = await imposeCardPdfs(cards, { title: opMaat.sheetTitle(sheet.name, site.settings.title) });
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
