/** One A4 PDF per category for /op-maat/ without JavaScript: where they are, and which cards they hold. */
import { fanOffers } from '../fan/deck.ts';
import type { Site } from '../model/types.ts';
import { routesFor } from '../routes.ts';
import { opMaat } from './strings.ts';

export interface CategorySheet {
  categoryId: string;
  name: string;
  /** Offer ids on the fan, in deck order. */
  cardIds: string[];
  count: number;
  path: string;
  /** The PDF's title (its document properties and the first line of its tags). */
  title: string;
}

export function categorySheets(site: Site): CategorySheet[] {
  const offers = fanOffers(site);
  const routes = routesFor(site.settings);
  return site.categories.flatMap((category) => {
    const cardIds = offers.filter((d) => d.category.id === category.id).map((d) => d.offer.id);
    return cardIds.length ? [{ categoryId: category.id, name: category.name, cardIds, count: cardIds.length, path: routes.categorySheet(category.id), title: opMaat.sheetTitle(category.name, site.settings.title) }] : [];
  });
}
