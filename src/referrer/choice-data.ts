/** The data /op-maat/ chooses from (op-maat/kaarten.json), from the checked site at build time. */
import { describeOffer } from '../model/describe.ts';
import { isOnFan } from '../model/offer-facts.ts';
import type { Site } from '../model/types.ts';
import { routesFor } from '../routes.ts';
import { ageFacets, offerFacets } from '../search/facets.ts';
import type { ChoiceData, ChoosableCard } from './choose.ts';
import { cardFacts } from './edition.ts';

export function choiceData(site: Site): ChoiceData {
  const routes = routesFor(site.settings);
  const cards: ChoosableCard[] = [];
  const notOnFan: ChoiceData['notOnFan'] = {};
  for (const offer of site.offers) {
    if (!isOnFan(offer, site.settings, site.buildDate)) {
      notOnFan[offer.id] = { title: offer.title, page: routes.offer(offer.id) };
      continue;
    }
    const d = describeOffer(site, offer);
    const facts = cardFacts(d);
    cards.push({
      id: offer.id,
      title: offer.title,
      category: d.category.id,
      colour: d.category.colour,
      facets: offerFacets(site, offer),
      ages: ageFacets(offer).map(Number),
      price: facts.prijs,
      when: facts.wanneer,
      where: facts.waar,
      phone: d.contact?.phone?.display ?? '',
      page: routes.offer(offer.id),
      pdf: routes.cardPdf(offer.id),
    });
  }
  return { site: site.settings.title, url: routes.homeUrl.replace(/\/$/, ''), edition: site.settings.edition, cards, notOnFan };
}
