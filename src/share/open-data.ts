/**
 * The open data export (aanbod.json): every published offer with its public fields, in a shape that
 * stays stable within a version. Every key is always present (null when the partner left it out), so
 * that a reuser's code never meets a missing key. Documented in docs/open-data.md: change both together,
 * and raise OPEN_DATA_VERSION when a key is renamed or removed or its meaning changes.
 */
import { describeOffer, describeScheme } from '../model/describe.ts';
import { formatClock } from '../model/calendar.ts';
import { isFree, isFreeWithDiscount, normalPriceText, priceSummary, slotText } from '../model/offer-facts.ts';
import { PRICE_UNIT_LABEL } from '../model/labels.ts';
import type { Contact, Offer, Site } from '../model/types.ts';
import { splitAddress } from './address.ts';
import { routesFor } from '../routes.ts';

const OPEN_DATA_FORMAT = 'vrijetijdswaaier-aanbod';
export const OPEN_DATA_VERSION = 1;


function contactData(contact: Contact | undefined) {
  return {
    phone: contact?.phone?.display ?? null,
    phoneInternational: contact?.phone?.href ?? null,
    email: contact?.email ?? null,
    website: contact?.website ?? null,
  };
}

function openDataOffer(site: Site, offer: Offer) {
  const d = describeOffer(site, offer);
  const { settings } = site;
  const routes = routesFor(settings);
  const place = offer.place;
  const address = place?.address ? splitAddress(place.address, settings.municipality) : undefined;
  return {
    id: offer.id,
    url: d.url,
    title: offer.title,
    summary: offer.summary,
    /** The page text as the partner wrote it, in Markdown. */
    body: offer.body.trim() || null,
    category: offer.categoryId,
    partner: offer.partnerId,
    audiences: offer.audiences,
    audienceText: d.audience,
    age: offer.age ? { from: offer.age.from ?? null, to: offer.age.to ?? null } : null,
    price: {
      normal: offer.price.normal,
      unit: offer.price.unit ?? null,
      unitText: offer.price.unit ? PRICE_UNIT_LABEL[offer.price.unit] : null,
      text: normalPriceText(offer),
      /** Everything about the price in words: "€ 150 per seizoen. Met de vrijetijdspas krijg je € 120 terug." */
      summary: priceSummary(d.prices),
      free: isFree(offer),
      freeWithDiscount: isFreeWithDiscount(offer),
      note: offer.price.note ?? null,
      // A free offer has no discounts: the site shows none either.
      discounts: d.prices.filter((l) => l.kind === 'discount').map((line) => ({ scheme: line.schemeId!, amount: line.amount!, text: line.text })),
      /** What you get back afterwards with a scheme (content format 1.1): a separate field, never a price. */
      refunds: d.prices.filter((l) => l.kind === 'refund').map((line) => ({ scheme: line.schemeId!, amount: line.refund!, text: line.text })),
    },
    schedule: offer.schedule
      ? {
          slots: offer.schedule.slots.map((s) => ({ day: s.day, from: formatClock(s.from), to: formatClock(s.to), text: slotText(s) })),
          /** The slots as the site says them: days with the same hours on one line ("maandag tot vrijdag van 9.00 tot 12.00 uur"). */
          text: d.slots,
          note: offer.schedule.note ?? null,
          season: offer.schedule.season ? { from: offer.schedule.season.from ?? null, to: offer.schedule.season.to ?? null } : null,
          seasonText: d.season ?? null,
        }
      : null,
    place: place
      ? {
          name: place.name ?? null,
          address: place.address ?? null,
          street: address?.street ?? null,
          postalCode: address?.postalCode ?? null,
          locality: address?.locality ?? null,
          wheelchair: place.wheelchair ?? null,
          wheelchairText: d.place?.wheelchair ?? null,
          transit: place.transit ?? null,
        }
      : null,
    signUp: offer.signUp ? { required: offer.signUp.required, how: offer.signUp.how ?? null, bring: offer.signUp.bring } : null,
    contact: d.contact ? { ...contactData(d.contact), fromPartner: d.contactIsPartner } : null,
    thresholds: d.thresholds.map((th) => ({ id: th.id, text: th.label })),
    languages: offer.languages,
    keywords: offer.keywords,
    checked: offer.checked,
    validUntil: offer.validUntil ?? null,
    stale: d.freshness === 'stale',
    onFan: d.onFan,
    previewImage: routes.absolute(routes.offerPreview(offer.id)),
    card: d.onFan ? routes.absolute(routes.cardPdf(offer.id)) : null,
  };
}

export type OpenDataOffer = ReturnType<typeof openDataOffer>;

export function openData(site: Site) {
  const { settings } = site;
  const routes = routesFor(settings);
  return {
    format: OPEN_DATA_FORMAT,
    version: OPEN_DATA_VERSION,
    /** The build day, not the clock: the same content gives the same file. */
    generated: site.buildDate,
    site: {
      title: settings.title,
      municipality: settings.municipality,
      url: settings.url,
      edition: settings.edition,
      contact: { name: settings.contact.name, address: settings.contact.address ?? null, ...contactData(settings.contact) },
    },
    categories: site.categories.map((c) => ({ id: c.id, name: c.name, colour: c.colour, icon: c.icon, url: routes.absolute(routes.category(c.id)) })),
    partners: site.partners.map((p) => ({ id: p.id, name: p.name, address: p.address ?? null, ...contactData(p), url: routes.absolute(routes.partner(p.id)) })),
    schemes: site.schemes.map((s) => ({
      id: s.id, name: s.name, short: s.short, url: routes.absolute(routes.scheme(s.id)),
      /** Where and how to apply (content format 1.1), null when the scheme's file does not say. */
      apply: s.apply
        ? {
            where: s.apply.where ?? null,
            address: s.apply.address ?? null,
            open: s.apply.open ?? null,
            appointment: s.apply.appointment ?? null,
            bring: s.apply.bring,
            cost: s.apply.cost ?? null,
            phone: s.apply.phone?.display ?? null,
            phoneInternational: s.apply.phone?.href ?? null,
            steps: describeScheme(s).steps.map((step) => (step.phone ? `${step.text} ${step.phone.display}.` : step.text)),
          }
        : null,
    })),
    offers: site.offers.map((o) => openDataOffer(site, o)),
  };
}

export type OpenData = ReturnType<typeof openData>;
