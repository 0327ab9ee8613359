/** The deck in print order, laid out once per site and shared by every PDF of the build. */
import { describeOffer, type OfferDescription } from '../model/describe.ts';
import type { Site } from '../model/types.ts';
import { shortUrl } from '../model/contact.ts';
import { routesFor } from '../routes.ts';
import { cardGeometry, type CardGeometry } from './geometry.ts';
import { layOutCard, type CardSpec, type LaidOutCard } from './layout.ts';
import { offerBlocks } from './offer-card.ts';
import { coverBlocks, dividerBlocks, schemesBlocks } from './other-cards.ts';

export interface Deck {
  site: Site;
  geometry: CardGeometry;
  cards: LaidOutCard[];
}

/** Offers on the fan, in the site's order (category order, then `volgorde`, then title). */
export function fanOffers(site: Site): OfferDescription[] {
  return site.offers.map((o) => describeOffer(site, o)).filter((d) => d.onFan);
}

/**
 * Computed once per Site object and geometry (QR codes and hyphenation make it a few ms per card):
 * the check, the cache keys and the routes of one build share it (the routes get the check's own
 * Site object, src/integrations/site-module.ts). Callers must not change it.
 */
const specMemo = new WeakMap<Site, { geometry: string; specs: CardSpec[] }>();

export function deckSpecs(site: Site, g = cardGeometry(site.settings)): CardSpec[] {
  // Computes (and keeps) whatever is not kept yet.
  for (const _ of deckSpecsAsComputed(site, g));
  return specMemo.get(site)!.specs;
}

/** Specs computed elsewhere for this same content (a deck job brings the check's): used instead of computing them again. */
export function useDeckSpecs(site: Site, specs: CardSpec[]): void {
  specMemo.set(site, { geometry: JSON.stringify(cardGeometry(site.settings)), specs });
}

/**
 * The specs in deck order, each as soon as it is computed (QR codes and fitting the web address
 * make it about 1.5 ms per card): the content check queues a card's layout job while it computes
 * the next spec (src/workers/parallel-layout.ts). Kept for deckSpecs once all are computed.
 */
export function* deckSpecsAsComputed(site: Site, g = cardGeometry(site.settings)): Generator<CardSpec> {
  const geometry = JSON.stringify(g);
  const memo = specMemo.get(site);
  if (memo?.geometry === geometry) {
    yield* memo.specs;
    return;
  }
  const specs: CardSpec[] = [];
  for (const spec of generateSpecs(site, g)) {
    specs.push(spec);
    yield spec;
  }
  specMemo.set(site, { geometry, specs });
}

function* generateSpecs(site: Site, g: CardGeometry): Generator<CardSpec> {
  const offers = fanOffers(site);
  const home = shortUrl(routesFor(site.settings).homeUrl);
  yield { id: 'omslag', kind: 'cover', source: 'site.yaml', title: site.settings.title, blocks: coverBlocks(g, site) };
  for (const category of site.categories) {
    const own = offers.filter((d) => d.category.id === category.id);
    if (own.length === 0) continue;
    yield { id: `categorie-${category.id}`, kind: 'divider', source: category.source, title: category.name, categoryId: category.id, blocks: dividerBlocks(g, category, own.length) };
    for (const d of own) {
      yield { id: d.offer.id, kind: 'offer', source: d.offer.source, title: d.offer.title, categoryId: category.id, blocks: offerBlocks(g, d, home) };
    }
  }
  if (site.schemes.length) yield { id: 'kortingen', kind: 'schemes', source: site.schemes[0]!.source, title: 'Korting', blocks: schemesBlocks(g, site) };
}

const decks = new WeakMap<Site, Promise<Deck>>();

/** Laid out once per Site object: the three PDF routes and every single card reuse it. */
export function layOutDeck(site: Site): Promise<Deck> {
  let deck = decks.get(site);
  if (!deck) {
    const geometry = cardGeometry(site.settings);
    deck = (async () => {
      const cards: LaidOutCard[] = [];
      for (const spec of deckSpecs(site, geometry)) cards.push(await layOutCard(geometry, spec));
      return { site, geometry, cards };
    })();
    decks.set(site, deck);
  }
  return deck;
}
