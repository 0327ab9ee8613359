/**
 * What a search result shows about an offer, taken from the same description the offer page and
 * the card use. The keys are the pagefind meta names the search script reads (see results.ts).
 */
import type { OfferDescription } from '../model/describe.ts';

export interface SearchResultMeta {
  title: string;
  samenvatting: string;
  /** All price lines in one line: "€ 4,50 per beurt · € 0,90 met participatiepas". */
  prijs: string;
  categorie: string;
  /** The category colour, for the same coloured edge as the offer lists. */
  kleur: string;
}

export const PRICE_SEPARATOR = ' · ';

export function searchMeta(d: OfferDescription): SearchResultMeta {
  return {
    title: d.offer.title,
    samenvatting: d.offer.summary,
    prijs: d.prices.map((p) => p.text).join(PRICE_SEPARATOR),
    categorie: d.category.name,
    kleur: d.category.colour,
  };
}
