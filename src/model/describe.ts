/**
 * One offer, described for people: the facts every output shows (page, card, search result,
 * open data, preview image), computed here once.
 */
import { formatDate } from './calendar.ts';
import { shortUrl } from './contact.ts';
import { THRESHOLD, WHEELCHAIR_LABEL } from './labels.ts';
import {
  audienceText, contactFor, freshness, isOnFan, languagesText, mapLink, offerUrl, priceLines, seasonText, slotText,
  type PriceLine,
} from './offer-facts.ts';
import type { Category, Contact, Freshness, Offer, Partner, Site } from './types.ts';

export interface OfferDescription {
  offer: Offer;
  category: Category;
  partner: Partner;
  url: string;
  /** "vrijetijdswaaier.dilbeek.be/aanbod/zwemmen-dilkom" for print. */
  shortUrl: string;
  prices: PriceLine[];
  /** "Kinderen (6 tot 12 jaar)". */
  audience: string;
  slots: string[];
  scheduleNote?: string;
  season?: string;
  place?: { name?: string; address?: string; transit?: string; wheelchair?: string; mapUrl?: string };
  signUp?: { text: string; how?: string; bring: string[] };
  contact?: Contact;
  /** True when the contact shown is the partner's, because the offer has none of its own. */
  contactIsPartner: boolean;
  thresholds: { id: string; label: string; icon: string }[];
  languages?: string;
  checked: string;
  freshness: Freshness;
  onFan: boolean;
}

export function describeOffer(site: Site, offer: Offer): OfferDescription {
  const category = site.categories.find((c) => c.id === offer.categoryId)!;
  const partner = site.partners.find((p) => p.id === offer.partnerId)!;
  const contact = contactFor(offer, partner);
  const url = offerUrl(site.settings, offer);
  return {
    offer,
    category,
    partner,
    url,
    shortUrl: shortUrl(url),
    prices: priceLines(offer, site.schemes),
    audience: audienceText(offer),
    slots: offer.schedule?.slots.map(slotText) ?? [],
    scheduleNote: offer.schedule?.note,
    season: offer.schedule?.season ? seasonText(offer.schedule.season) : undefined,
    place: offer.place
      ? {
          name: offer.place.name,
          address: offer.place.address,
          transit: offer.place.transit,
          wheelchair: offer.place.wheelchair ? WHEELCHAIR_LABEL[offer.place.wheelchair] : undefined,
          mapUrl: mapLink(offer.place, site.settings.municipality),
        }
      : undefined,
    signUp: offer.signUp
      ? {
          text: offer.signUp.required ? 'Je moet je vooraf inschrijven.' : 'Je hoeft je niet in te schrijven. Je mag gewoon komen.',
          how: offer.signUp.how,
          bring: offer.signUp.bring,
        }
      : undefined,
    contact,
    contactIsPartner: contact !== offer.contact,
    thresholds: offer.thresholds.map((t) => ({ id: t, ...THRESHOLD[t] })),
    languages: languagesText(offer),
    checked: formatDate(offer.checked),
    freshness: freshness(offer, site.settings, site.buildDate),
    onFan: isOnFan(offer, site.settings, site.buildDate),
  };
}
