/**
 * The two whole-deck PDFs from the disk cache when no card and nothing else they show changed.
 * The key covers every card's layout key (content, fonts, this folder's code), the site settings,
 * the build date that dates the file, and pdf-lib's version.
 */
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';
import { deckSpecs } from './deck.ts';
import { cardArt, type ArtDeck, type InkSet } from './fragment.ts';
import { cardGeometry } from './geometry.ts';
import { layoutKey } from './layout.ts';
import type { Site } from '../model/types.ts';
import { officePdf } from './office.ts';
import { printShopPdf } from './print-shop.ts';
import { withDeflateMemo } from './native-deflate.ts';

export type DeckFile = 'print-shop' | 'office';

const cache = diskCache('deck-pdfs', 'pdf');
const draw: Record<DeckFile, (deck: ArtDeck) => Promise<Uint8Array>> = { 'print-shop': printShopPdf, office: officePdf };
const inksOf: Record<DeckFile, InkSet> = { 'print-shop': 'print', office: 'screen' };

/** The key needs only the cards' specs: a cache hit never lays out (or loads) the deck. */
export async function cachedDeckPdf(site: Site, file: DeckFile): Promise<Uint8Array> {
  const key = deckKey(site, file);
  const cached = cache.read(key);
  if (cached) return new Uint8Array(cached);
  // One changed card changes a few pages: the others' compressed streams come from the last deck.
  const bytes = await withDeflateMemo(`deck ${file}`, async () => draw[file](await fragmentDeck(site, inksOf[file])));
  cache.write(key, bytes);
  return bytes;
}

/**
 * The deck from each card's fragments (fragment.ts), drawn by the card jobs: assembling places
 * them, so one changed offer costs one card's drawing, not a whole deck's. A card without a cached
 * fragment is laid out (from the layout cache) and recorded here.
 */
export async function fragmentDeck(site: Site, inks: InkSet, only?: ReadonlySet<string>): Promise<ArtDeck> {
  const geometry = cardGeometry(site.settings);
  const cards = [];
  for (const spec of deckSpecs(site, geometry)) if (!only || only.has(spec.id)) cards.push(await cardArt(site, spec, inks));
  return { site, geometry, cards };
}

function deckKey(site: Site, file: DeckFile): string {
  const { settings, buildDate, categories, schemes } = site;
  const g = cardGeometry(settings);
  return sha256(
    file, ...deckSpecs(site, g).map((spec) => layoutKey(g, spec)),
    JSON.stringify({ settings, buildDate, categories: categories.map((c) => [c.id, c.name]), schemes: schemes.length }),
    `pdf-lib ${packageVersion('pdf-lib')} fontkit ${packageVersion('@pdf-lib/fontkit')}`,
  ).slice(0, 40);
}

/** Whether this deck PDF is in the disk cache (a warm build starts no workers for it). */
export const isDeckCached = (site: Site, file: DeckFile): boolean => cache.has(deckKey(site, file));

const sheets = diskCache('sheet-pdfs', 'pdf');

/**
 * Some cards of the deck (a category's, for /op-maat/) on A4 sheets, without the guide: placed
 * from their fragments, and kept in the cache until one of those cards or the title changes.
 */
export async function cardSheetPdf(site: Site, cardIds: readonly string[], title: string): Promise<Uint8Array> {
  const key = sheetKey(site, cardIds, title);
  const cached = sheets.read(key);
  if (cached) return new Uint8Array(cached);
  const bytes = await withDeflateMemo(`sheet ${title}`, async () => officePdf(await fragmentDeck(site, 'screen', new Set(cardIds)), { title }));
  sheets.write(key, bytes);
  return bytes;
}

function sheetKey(site: Site, cardIds: readonly string[], title: string): string {
  const g = cardGeometry(site.settings);
  const wanted = new Set(cardIds);
  const { settings, buildDate } = site;
  return sha256(
    'sheet', title, ...deckSpecs(site, g).filter((spec) => wanted.has(spec.id)).map((spec) => layoutKey(g, spec)),
    JSON.stringify({ settings, buildDate }), `pdf-lib ${packageVersion('pdf-lib')} fontkit ${packageVersion('@pdf-lib/fontkit')}`,
  ).slice(0, 40);
}

/** Whether this sheet is in the disk cache (a warm build queues no job for it). */
export const isSheetCached = (site: Site, cardIds: readonly string[], title: string): boolean => sheets.has(sheetKey(site, cardIds, title));
