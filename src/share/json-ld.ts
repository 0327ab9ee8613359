/**
 * schema.org data for one offer. An Event with an eventSchedule fits a weekly leisure activity best:
 * schema.org models recurring events that way, and search engines read Event with Place and Offer.
 */
import { describeOffer } from '../model/describe.ts';
import { isFree, priceSummary, schemeInText } from '../model/offer-facts.ts';
import { formatClock, type Weekday } from '../model/calendar.ts';
import { decimalEuro } from '../model/price.ts';
import { AUDIENCE_LABEL } from '../model/labels.ts';
import type { Contact, Offer, Site, Slot } from '../model/types.ts';
import { splitAddress } from './address.ts';
import { routesFor } from '../routes.ts';

export type JsonLd = Record<string, unknown>;

const DAY_OF_WEEK: Record<Weekday, string> = {
  maandag: 'https://schema.org/Monday',
  dinsdag: 'https://schema.org/Tuesday',
  woensdag: 'https://schema.org/Wednesday',
  donderdag: 'https://schema.org/Thursday',
  vrijdag: 'https://schema.org/Friday',
  zaterdag: 'https://schema.org/Saturday',
  zondag: 'https://schema.org/Sunday',
};

/** "14:00:00": ISO 8601 time, local to scheduleTimezone. */
const isoTime = (minutes: number): string => `${formatClock(minutes)}:00`;


/** One Schedule per time range, with all the days that share it: one Schedule holds one start and end time. */
export function schedules(slots: readonly Slot[], season: { from?: string; to?: string } | undefined): JsonLd[] {
  const byTime = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = `${slot.from}-${slot.to}`;
    byTime.set(key, [...(byTime.get(key) ?? []), slot]);
  }
  return [...byTime.values()].map((group) => ({
    '@type': 'Schedule',
    byDay: group.map((s) => DAY_OF_WEEK[s.day]),
    startTime: isoTime(group[0]!.from),
    endTime: isoTime(group[0]!.to),
    repeatFrequency: 'P1W',
    scheduleTimezone: 'Europe/Brussels',
    ...(season?.from && { startDate: season.from }),
    ...(season?.to && { endDate: season.to }),
  }));
}

function postalAddress(address: string, municipality: string): JsonLd {
  const parts = splitAddress(address, municipality);
  return {
    '@type': 'PostalAddress',
    streetAddress: parts.street,
    ...(parts.postalCode && { postalCode: parts.postalCode }),
    addressLocality: parts.locality,
    addressCountry: 'BE',
  };
}

function contactFields(contact: Contact | undefined): JsonLd {
  return {
    ...(contact?.phone && { telephone: contact.phone.href }),
    ...(contact?.email && { email: contact.email }),
  };
}

export function offerJsonLd(site: Site, offer: Offer): JsonLd {
  const d = describeOffer(site, offer);
  const { settings } = site;
  const routes = routesFor(settings);
  const season = offer.schedule?.season;
  const slots = offer.schedule?.slots ?? [];
  // A refund is no price: it goes in the normal price's description, in words.
  const summary = priceSummary(d.prices);
  const offers = d.prices.filter((line) => line.kind !== 'refund').map((line) => {
    const scheme = line.schemeId ? site.schemes.find((s) => s.id === line.schemeId) : undefined;
    const name = line.schemeId ? `Met ${schemeInText(scheme?.name ?? line.schemeId)}` : 'Gewone prijs';
    const description = line.kind === 'normal' ? summary : line.text;
    return { '@type': 'Offer', name, description, price: decimalEuro(line.amount!), priceCurrency: 'EUR', url: d.url };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${d.url}#aanbod`,
    name: offer.title,
    description: offer.summary,
    url: d.url,
    image: routes.absolute(routes.offerPreview(offer.id)),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(season?.from && { startDate: season.from }),
    ...(season?.to && { endDate: season.to }),
    ...(slots.length > 0 && { eventSchedule: schedules(slots, season) }),
    ...(offer.place && {
      location: {
        '@type': 'Place',
        name: offer.place.name ?? offer.place.address,
        ...(offer.place.address && { address: postalAddress(offer.place.address, settings.municipality) }),
      },
    }),
    offers,
    ...(isFree(offer) && { isAccessibleForFree: true }),
    audience: {
      '@type': 'PeopleAudience',
      audienceType: offer.audiences.map((a) => AUDIENCE_LABEL[a]).join(', '),
      ...(offer.age?.from !== undefined && { suggestedMinAge: offer.age.from }),
      ...(offer.age?.to !== undefined && { suggestedMaxAge: offer.age.to }),
    },
    organizer: {
      '@type': 'Organization',
      name: d.partner.name,
      url: routes.absolute(routes.partner(d.partner.id)),
      ...(d.partner.website && { sameAs: d.partner.website }),
      ...contactFields(d.partner),
      ...(d.partner.address && { address: postalAddress(d.partner.address, settings.municipality) }),
      ...(d.contact && {
        contactPoint: {
          '@type': 'ContactPoint',
          contactType: 'Vragen over dit aanbod',
          ...contactFields(d.contact),
          ...(d.contact.website && { url: d.contact.website }),
          availableLanguage: offer.languages.length > 0 ? offer.languages : ['nl'],
        },
      }),
    },
    ...(offer.languages.length > 0 && { inLanguage: offer.languages }),
    ...(offer.keywords.length > 0 && { keywords: offer.keywords.join(', ') }),
  };
}

/** JSON for inside <script>: "<" escaped so "</script>" or "<!--" in a partner's text cannot end the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
