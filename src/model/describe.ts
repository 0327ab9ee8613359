/**
 * One offer, described for people: the facts every output shows (page, card, search result,
 * open data, preview image), computed here once.
 */
import { formatDate } from './calendar.ts';
import { shortUrl } from './contact.ts';
import { capitalise, THRESHOLD, WHEELCHAIR_LABEL } from './labels.ts';
import {
  audienceText, contactFor, dateInSlots, freshness, isOnFan, languagesText, mapLink, offerUrl, priceLines, priceSummary, scheduleLines, seasonText,
  withArticle, type PriceLine,
} from './offer-facts.ts';
import { formatEuro } from './price.ts';
import type { Phone } from './contact.ts';
import type { Category, Contact, DiscountScheme, Freshness, Offer, Partner, Site } from './types.ts';

export interface OfferDescription {
  offer: Offer;
  category: Category;
  partner: Partner;
  url: string;
  /** "vrijetijdswaaier.dilbeek.be/aanbod/zwemmen-dilkom" for print. */
  shortUrl: string;
  prices: PriceLine[];
  /** All of the price in one line: "€ 150 per seizoen. Met de vrijetijdspas krijg je € 120 terug." */
  priceSummary: string;
  /** "Kinderen (6 tot 12 jaar)". */
  audience: string;
  /** One line per set of days with the same hours: "maandag tot vrijdag van 9.00 tot 12.00 uur". */
  slots: string[];
  scheduleNote?: string;
  season?: string;
  place?: { name?: string; address?: string; transit?: string; wheelchair?: string; mapUrl?: string };
  signUp?: { text: string; how?: string; bring: string[] };
  contact?: Contact;
  /** True when the offer has no contact of its own: everything shown is the partner's. */
  contactIsPartner: boolean;
  thresholds: { id: string; label: string; icon: string }[];
  languages?: string;
  checked: string;
  freshness: Freshness;
  onFan: boolean;
}

const described = new WeakMap<Site, WeakMap<Offer, OfferDescription>>();

/**
 * Once per site and offer object: a build describes each offer for its page, its category and
 * partner lists, search, open data and the fan (about ten times). Callers must not change it.
 */
export function describeOffer(site: Site, offer: Offer): OfferDescription {
  let bySite = described.get(site);
  if (!bySite) described.set(site, (bySite = new WeakMap()));
  let description = bySite.get(offer);
  if (!description) bySite.set(offer, (description = describe(site, offer)));
  return description;
}

function describe(site: Site, offer: Offer): OfferDescription {
  const category = site.categories.find((c) => c.id === offer.categoryId)!;
  const partner = site.partners.find((p) => p.id === offer.partnerId)!;
  const contact = contactFor(offer, partner);
  const url = offerUrl(site.settings, offer);
  const prices = priceLines(offer, site.schemes);
  const slots = scheduleLines(offer.schedule?.slots ?? [], offer.schedule?.season);
  return {
    offer,
    category,
    partner,
    url,
    shortUrl: shortUrl(url),
    prices,
    priceSummary: priceSummary(prices),
    audience: audienceText(offer),
    slots,
    scheduleNote: offer.schedule?.note,
    // A one-day event already says its date in the slot line.
    season: offer.schedule?.season && !dateInSlots(offer.schedule.slots, offer.schedule.season) ? seasonText(offer.schedule.season) : undefined,
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
    contactIsPartner: !(offer.contact?.phone || offer.contact?.email || offer.contact?.website),
    thresholds: offer.thresholds.map((t) => ({ id: t, ...THRESHOLD[t] })),
    languages: languagesText(offer),
    checked: formatDate(offer.checked),
    freshness: freshness(offer, site.settings, site.buildDate),
    onFan: isOnFan(offer, site.settings, site.buildDate),
  };
}

/** One step of "Zo krijg je de pas", with the desk's phone number to tap when the step needs it. */
interface ApplyStep {
  text: string;
  phone?: Phone;
}

export interface SchemeDescription {
  scheme: DiscountScheme;
  /** "Zo krijg je de participatiepas": grammatical for any scheme name. */
  howToGet: string;
  /** The `aanvragen` block as numbered steps; empty when the scheme's file has none. */
  steps: ApplyStep[];
}

/**
 * A discount scheme described for residents: its page shows the steps, the fan's discount card
 * prints them, offers link to the page with `howToGet`.
 */
export function describeScheme(scheme: DiscountScheme): SchemeDescription {
  const a = scheme.apply;
  const steps: ApplyStep[] = [];
  if (a) {
    const place = [a.where, a.address].filter(Boolean).join(', ');
    const go = place ? `Ga naar ${place}.` : undefined;
    const open = a.open ? `Open: ${a.open.replace(/[.]$/, '')}.` : undefined;
    if (a.appointment === true) {
      steps.push(a.phone ? { text: 'Maak eerst een afspraak. Bel naar', phone: a.phone } : { text: 'Maak eerst een afspraak.' });
      if (go) steps.push({ text: [go, open].filter(Boolean).join(' ') });
    } else if (go) {
      const noAppointment = a.appointment === false ? 'Je hebt geen afspraak nodig.' : undefined;
      steps.push({ text: [go, open, noAppointment].filter(Boolean).join(' ') });
    } else if (a.phone) {
      steps.push({ text: [open, 'Bel naar'].filter(Boolean).join(' '), phone: a.phone });
    }
    if (a.bring.length > 0) steps.push({ text: `Neem mee: ${a.bring.join(', ')}.` });
    const it = capitalise(withArticle(scheme.name));
    if (a.cost !== undefined) steps.push({ text: a.cost === 0 ? `${it} aanvragen is gratis.` : `${it} aanvragen kost ${formatEuro(a.cost)}.` });
    if (a.phone && a.appointment !== true && go) steps.push({ text: 'Vragen? Bel naar', phone: a.phone });
  }
  return { scheme, howToGet: `Zo krijg je ${withArticle(scheme.name)}`, steps };
}
