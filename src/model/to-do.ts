/**
 * The coordinator's to-do list: per partner, the offers that are stale or will be within a
 * month, so each partner gets its own short list of offers to check.
 */
import { addMonths } from './calendar.ts';
import { freshness, staleFrom } from './offer-facts.ts';
import type { Offer, Partner, Site } from './types.ts';

interface StaleOffer {
  offer: Offer;
  /** The day from which the offer counts as stale (already passed when `stale` is true). */
  staleFrom: string;
  stale: boolean;
}

export interface PartnerToDo {
  partner: Partner;
  offers: StaleOffer[];
}

/** Partners in name order, each with its offers that are stale or turn stale within `withinMonths`. */
export function staleOffersByPartner(site: Site, withinMonths = 1): PartnerToDo[] {
  const horizon = addMonths(site.buildDate, withinMonths);
  return site.partners
    .map((partner) => ({
      partner,
      offers: site.offers
        .filter((o) => o.partnerId === partner.id)
        .map((offer) => ({ offer, staleFrom: staleFrom(offer, site.settings), stale: freshness(offer, site.settings, site.buildDate) === 'stale' }))
        .filter((s) => s.stale || s.staleFrom <= horizon)
        .sort((a, b) => a.staleFrom.localeCompare(b.staleFrom) || a.offer.title.localeCompare(b.offer.title, 'nl-BE')),
    }))
    .filter((p) => p.offers.length > 0);
}
