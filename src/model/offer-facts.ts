/**
 * Everything computed about an offer, once, for every output (web page, card, search, open data):
 * what you pay, when, for whom, whom to contact, and whether it is still fresh.
 */
import { addDays, addMonths, formatDate, formatTime, weekdayOf, WEEKDAYS } from './calendar.ts';
import { formatEuro } from './price.ts';
import { AUDIENCE_LABEL, PRICE_UNIT_LABEL, capitalise, languageName } from './labels.ts';
import { routesFor } from '../routes.ts';
import type { Contact, DateRange, DiscountScheme, Freshness, Offer, Partner, SiteSettings, Slot } from './types.ts';
import type { Cents } from './price.ts';

export interface PriceLine {
  /** "€ 4,50 per beurt", "Gratis", "€ 0,90 met participatiepas", "Met de vrijetijdspas krijg je € 36 terug.". */
  text: string;
  /** normal: what anyone pays; discount: what you pay with a scheme; refund: what you get back afterwards. */
  kind: 'normal' | 'discount' | 'refund';
  /** What you pay (normal and discount lines). A refund line has none: it is never a price. */
  amount?: Cents;
  /** What you get back afterwards (refund lines only). */
  refund?: Cents;
  schemeId?: string;
}

/** "Participatiepas" -> "participatiepas" in running text; "UiTPAS kansentarief" stays as it is. */
export function schemeInText(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const keepsCapitals = /[A-Z]/.test(first.slice(1));
  const word = keepsCapitals ? first : first.charAt(0).toLowerCase() + first.slice(1);
  return [word, ...rest].join(' ');
}

export function normalPriceText(offer: Offer): string {
  if (offer.price.normal === 0) return 'Gratis';
  const unit = offer.price.unit ? ` ${PRICE_UNIT_LABEL[offer.price.unit]}` : '';
  return `${formatEuro(offer.price.normal)}${unit}`;
}

/**
 * The normal price first, then one line per scheme you pay less with, in the order the partner
 * wrote them, then the refunds ("Met de vrijetijdspas krijg je € 36 terug."). A free offer has no
 * discount lines.
 */
export function priceLines(offer: Offer, schemes: readonly DiscountScheme[]): PriceLine[] {
  const lines: PriceLine[] = [{ text: normalPriceText(offer), kind: 'normal', amount: offer.price.normal }];
  if (offer.price.normal === 0) return lines;
  const nameOf = (id: string) => {
    const scheme = schemes.find((s) => s.id === id);
    return scheme ? schemeInText(scheme.name) : id;
  };
  for (const d of offer.price.discounts) {
    if (d.kind !== 'price') continue;
    const amount = d.amount === 0 ? 'Gratis' : formatEuro(d.amount);
    lines.push({ text: `${amount} met ${nameOf(d.schemeId)}`, kind: 'discount', amount: d.amount, schemeId: d.schemeId });
  }
  for (const d of offer.price.discounts) {
    if (d.kind !== 'refund') continue;
    lines.push({ text: refundSentence(nameOf(d.schemeId), d.refund), kind: 'refund', refund: d.refund, schemeId: d.schemeId });
  }
  return lines;
}

/** "Met de vrijetijdspas krijg je € 36 terug.": a refund in words, never as a price. */
function refundSentence(schemeName: string, refund: Cents): string {
  return `Met ${withArticle(schemeName)} krijg je ${formatEuro(refund)} terug.`;
}

/**
 * The price in one line for a search result, JSON-LD and open data: the prices joined with " · ",
 * then the refunds as sentences. "€ 150 per seizoen. Met de vrijetijdspas krijg je € 120 terug."
 */
export function priceSummary(lines: readonly PriceLine[]): string {
  const prices = lines.filter((l) => l.kind !== 'refund').map((l) => l.text).join(' · ');
  const refunds = lines.filter((l) => l.kind === 'refund').map((l) => l.text);
  return refunds.length === 0 ? prices : [`${prices}.`, ...refunds].join(' ');
}

/**
 * "de participatiepas", "de UiTPAS", "het kansentarief": a scheme's name with an article, so that
 * any scheme name reads as Dutch in "Zo krijg je ..." and "Met ... krijg je ...". Names that
 * already start with an article or a possessive are left alone.
 */
export function withArticle(name: string): string {
  const text = schemeInText(String(name));
  const words = text.toLowerCase().split(/[\s-]+/);
  if (['de', 'het', 'een', 'je', 'jouw', 'uw'].includes(words[0]!)) return text;
  // The last word carries the gender in Dutch: "de UiTPAS", "het UiTPAS kansentarief".
  const head = words.at(-1)!;
  return `${HET_WORDS.some((w) => head.endsWith(w)) ? 'het' : 'de'} ${text}`;
}

/** Endings of nouns that take "het" and can name a scheme: "het kansentarief", "het sociaal tarief". */
const HET_WORDS = ['tarief', 'fonds', 'abonnement', 'lidmaatschap', 'systeem', 'statuut', 'attest', 'budget', 'programma', 'project', 'ticket'];

export const isFree = (offer: Offer): boolean => offer.price.normal === 0;

/** Free, or free with at least one discount scheme. */
export const isFreeWithDiscount = (offer: Offer): boolean =>
  offer.price.normal === 0 || offer.price.discounts.some((d) => d.kind === 'price' && d.amount === 0);

export const hasDiscount = (offer: Offer): boolean => offer.price.discounts.length > 0;

/** "woensdag van 14.00 tot 16.00 uur". */
export function slotText(slot: Slot): string {
  return `${slot.day} ${hoursText(slot)}`;
}

const hoursText = (slot: Pick<Slot, 'from' | 'to'>) => `van ${formatTime(slot.from)} tot ${formatTime(slot.to)} uur`;

/**
 * The weekly slots as people say them: days with the same hours share one line, and three or more
 * days in a row read "maandag tot vrijdag". "maandag tot vrijdag van 9.00 tot 12.00 uur",
 * "zaterdag en zondag van 10.00 tot 17.00 uur". Lines follow the first day of the week they name.
 */
export function scheduleLines(slots: readonly Slot[], season?: DateRange): string[] {
  // A one-day event: "Op zaterdag 12 december 2026 van 14.00 tot 20.00 uur", the date once.
  if (dateInSlots(slots, season)) return slots.map((s) => `${seasonText(season!)} ${hoursText(s)}`);
  const groups = new Map<string, { from: number; to: number; days: Set<number> }>();
  for (const slot of slots) {
    const key = `${slot.from}-${slot.to}`;
    const group = groups.get(key) ?? { from: slot.from, to: slot.to, days: new Set<number>() };
    group.days.add(WEEKDAYS.indexOf(slot.day));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ first: Math.min(...g.days), from: g.from, text: `${daysText([...g.days].sort((a, b) => a - b))} ${hoursText(g)}` }))
    .sort((a, b) => a.first - b.first || a.from - b.from)
    .map((g) => g.text);
}

/** [0, 1, 2, 3, 4, 6] -> "maandag tot vrijdag en zondag". */
function daysText(days: number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= days.length; i++) {
    if (i < days.length && days[i] === days[i - 1]! + 1) continue;
    const run = days.slice(start, i).map((d) => WEEKDAYS[d]!);
    parts.push(...(run.length >= 3 ? [`${run[0]} tot ${run.at(-1)}`] : run));
    start = i;
  }
  return joinAnd(parts);
}

/** The day of a period that starts and ends on the same day. */
const oneDay = (range: DateRange | undefined): string | undefined =>
  range?.from && range.from === range.to ? range.from : undefined;

/** True for a one-day event whose slots are all on that day: the slot lines then say the date. */
export function dateInSlots(slots: readonly Slot[], season: DateRange | undefined): boolean {
  const day = oneDay(season);
  return day !== undefined && slots.length > 0 && slots.every((s) => s.day === weekdayOf(day));
}

/** ["a", "b", "c"] -> "a, b en c". */
function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/**
 * "van 1 september 2026 tot 30 juni 2027", "vanaf 1 september 2026", "tot 30 juni 2027", and for a
 * single day "op zaterdag 12 december 2026".
 */
export function seasonText(range: DateRange): string {
  if (range.from && range.to && range.from === range.to) return `op ${weekdayOf(range.from)} ${formatDate(range.from)}`;
  if (range.from && range.to) {
    const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
    return `van ${formatDate(range.from, !sameYear)} tot ${formatDate(range.to)}`;
  }
  if (range.from) return `vanaf ${formatDate(range.from)}`;
  return `tot ${formatDate(range.to!)}`;
}

/** "6 tot 12 jaar", "vanaf 6 jaar", "tot 12 jaar". */
function ageText(age: Offer['age']): string | undefined {
  if (!age) return undefined;
  if (age.from !== undefined && age.to !== undefined) return `${age.from} tot ${age.to} jaar`;
  if (age.from !== undefined) return `vanaf ${age.from} jaar`;
  if (age.to !== undefined) return `tot ${age.to} jaar`;
  return undefined;
}

/** "Kinderen (6 tot 12 jaar)", "Kinderen en jongeren", "Iedereen": only the first word has a capital. */
export function audienceText(offer: Offer): string {
  const who = capitalise(joinAnd(offer.audiences.map((a) => AUDIENCE_LABEL[a].toLowerCase())));
  const age = ageText(offer.age);
  return age ? `${who} (${age})` : who;
}

export function languagesText(offer: Offer): string | undefined {
  if (offer.languages.length === 0) return undefined;
  return offer.languages.map((code) => languageName(code) ?? code).join(', ');
}

const hasAny = (c: Contact | undefined): c is Contact => Boolean(c && (c.phone || c.email || c.website));

/**
 * The offer's own contact, completed with the partner's channels it lacks (an offer that says
 * "mail ons" with only a phone still shows the partner's e-mail); the partner's alone when the
 * offer has none.
 */
export function contactFor(offer: Offer, partner: Partner | undefined): Contact | undefined {
  const own = offer.contact ?? {};
  const merged: Contact = {
    phone: own.phone ?? partner?.phone,
    email: own.email ?? partner?.email,
    website: own.website ?? partner?.website,
  };
  if (!hasAny(merged)) return undefined;
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as Contact;
}

/** Expired after `geldig_tot`; stale when checked longer ago than the site allows. */
export function freshness(offer: Offer, settings: SiteSettings, buildDate: string): Freshness {
  if (offer.validUntil && offer.validUntil < buildDate) return 'expired';
  if (buildDate >= staleFrom(offer, settings)) return 'stale';
  return 'fresh';
}

/** On the printed fan: the partner wants it there and its information is fresh. */
export function isOnFan(offer: Offer, settings: SiteSettings, buildDate: string): boolean {
  return offer.wantsFan && freshness(offer, settings, buildDate) === 'fresh';
}

/**
 * The first day on which an offer counts as stale: the day after it turns `staleAfterMonths`
 * old ("older than 12 months"). freshness() and the coordinator's to-do list both use it.
 */
export function staleFrom(offer: Offer, settings: SiteSettings): string {
  return addDays(addMonths(offer.checked, settings.staleAfterMonths), 1);
}

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

/** `volgorde` first (offers without it after those with it), then the title in Dutch order. */
export function compareByOrderThenName<T>(name: (x: T) => string, order: (x: T) => number | undefined) {
  return (a: T, b: T): number => {
    const oa = order(a) ?? Number.POSITIVE_INFINITY;
    const ob = order(b) ?? Number.POSITIVE_INFINITY;
    if (oa !== ob) return oa < ob ? -1 : 1;
    return collator.compare(name(a), name(b));
  };
}

export const compareOffers = compareByOrderThenName<Offer>((o) => o.title, (o) => o.order);

/** An OpenStreetMap search for the address: a plain link, no map embedded in the page. */
export function mapLink(place: Offer['place'], municipality: string): string | undefined {
  if (!place?.address && !place?.name) return undefined;
  const query = place.address ?? `${place.name}, ${municipality}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** The offer page's full address (src/routes.ts knows every address, base path included). */
export function offerUrl(settings: SiteSettings, offer: Pick<Offer, 'id'>): string {
  return routesFor(settings).offerUrl(offer.id);
}
