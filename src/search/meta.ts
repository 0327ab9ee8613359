/**
 * What a search result shows about an offer, taken from the same description the offer page and
 * the card use. The keys are the pagefind meta names the search script reads (see results.ts).
 */
import type { OfferDescription } from '../model/describe.ts';

export interface SearchResultMeta {
  title: string;
  samenvatting: string;
  /** The price in one line: "€ 4,50 per beurt · € 0,90 met participatiepas", refunds as a sentence after it. */
  prijs: string;
  categorie: string;
  /** The category colour, for the same coloured edge as the offer lists. */
  kleur: string;
}

export function searchMeta(d: OfferDescription): SearchResultMeta {
  return {
    title: d.offer.title,
    samenvatting: d.offer.summary,
    prijs: d.priceSummary,
    categorie: d.category.name,
    kleur: d.category.colour,
  };
}
