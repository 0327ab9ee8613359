/**
 * The search filters, computed once from the model: the values an offer page puts in the index
 * (SearchMeta.astro) and the checkboxes the search page offers (zoeken.astro) come from here, so
 * a checkbox always matches the value in the index.
 */
import { WEEKDAYS } from '../model/calendar.ts';
import { AUDIENCE_LABEL, capitalise } from '../model/labels.ts';
import { hasDiscount, isFree, isFreeWithDiscount } from '../model/offer-facts.ts';
import { AUDIENCES } from '../model/schema.ts';
import type { Audience, Offer, Site, Wheelchair } from '../model/types.ts';
import { s } from './strings.ts';

/** Filter names as they appear in the index; Dutch because pagefind shows them in its tooling. */
export const FILTER_KEYS = ['categorie', 'prijs', 'doelgroep', 'dag', 'rolstoel'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Facets = Record<FilterKey, string[]>;

export interface FilterGroup {
  key: FilterKey;
  legend: string;
  options: { value: string; label: string }[];
}

/** Audiences a resident can pick; "iedereen" is not a choice but matches every choice. */
const PICKABLE_AUDIENCES = AUDIENCES.filter((a): a is Exclude<Audience, 'iedereen'> => a !== 'iedereen');
/** Nobody filters for places they cannot enter. */
const PICKABLE_WHEELCHAIR: Wheelchair[] = ['ja', 'deels'];

function priceFacets(offer: Offer): string[] {
  const values: string[] = [];
  if (isFree(offer)) values.push(s.filters.price.free);
  // Free only with a pass still means "free" to someone who has the pass, as on the /gratis/ page.
  else if (isFreeWithDiscount(offer)) values.push(s.filters.price.free, s.filters.price.discount);
  else if (hasDiscount(offer)) values.push(s.filters.price.discount);
  return values;
}

function audienceFacets(offer: Offer): string[] {
  // An offer for everyone is also for children, seniors, ...: a resident who ticks "Senioren"
  // expects the swimming pool that is open to all.
  const audiences = offer.audiences.includes('iedereen') ? PICKABLE_AUDIENCES : offer.audiences;
  return PICKABLE_AUDIENCES.filter((a) => audiences.includes(a)).map((a) => AUDIENCE_LABEL[a]);
}

function dayFacets(offer: Offer): string[] {
  const days = new Set(offer.schedule?.slots.map((slot) => slot.day) ?? []);
  return WEEKDAYS.filter((day) => days.has(day)).map(capitalise);
}

/** The filter that tells activities from information pages: only offer pages carry it. */
export const KIND_FILTER = { key: 'soort', offer: 'activiteit' } as const;

/** The age filter ("leeftijd van je kind"): the ages 0..MAX_CHILD_AGE an offer is for. */
export const AGE_FILTER = 'leeftijd';
export const MAX_CHILD_AGE = 18;

/** Ages an audience covers when the offer gives no age range of its own. */
const AUDIENCE_AGES: Partial<Record<Audience, [number, number]>> = {
  kinderen: [0, 12], jongeren: [12, MAX_CHILD_AGE], gezinnen: [0, MAX_CHILD_AGE], iedereen: [0, MAX_CHILD_AGE],
};

/**
 * The child ages (0 to 18) an offer is for: its own age range when it has one ("van 6 tot 12"),
 * otherwise what its audiences mean (children 0-12, young people 12-18, families and everyone all).
 * An offer for adults or seniors only has none.
 */
export function ageFacets(offer: Offer): string[] {
  const ages = new Set<number>();
  const addRange = (from: number, to: number) => {
    for (let a = Math.max(0, from); a <= Math.min(MAX_CHILD_AGE, to); a++) ages.add(a);
  };
  if (offer.age && (offer.age.from !== undefined || offer.age.to !== undefined)) {
    addRange(offer.age.from ?? 0, offer.age.to ?? 120);
  } else {
    for (const audience of offer.audiences) {
      const range = AUDIENCE_AGES[audience];
      if (range) addRange(range[0], range[1]);
    }
  }
  return [...ages].sort((a, b) => a - b).map(String);
}

/** The filter values one offer carries in the index. */
export function offerFacets(site: Site, offer: Offer): Facets {
  const category = site.categories.find((c) => c.id === offer.categoryId);
  const wheelchair = offer.place?.wheelchair;
  return {
    categorie: category ? [category.name] : [],
    prijs: priceFacets(offer),
    doelgroep: audienceFacets(offer),
    dag: dayFacets(offer),
    rolstoel: wheelchair ? [s.filters.wheelchair[wheelchair]] : [],
  };
}

/** The checkboxes for the search page: only values that at least one published offer has, in a fixed order. */
export function filterGroups(site: Site): FilterGroup[] {
  const used = new Map<FilterKey, Set<string>>(FILTER_KEYS.map((k) => [k, new Set<string>()]));
  for (const offer of site.offers) {
    const facets = offerFacets(site, offer);
    for (const key of FILTER_KEYS) for (const value of facets[key]) used.get(key)!.add(value);
  }
  const order: Record<FilterKey, string[]> = {
    categorie: site.categories.map((c) => c.name),
    prijs: [s.filters.price.free, s.filters.price.discount],
    doelgroep: PICKABLE_AUDIENCES.map((a) => AUDIENCE_LABEL[a]),
    dag: WEEKDAYS.map(capitalise),
    rolstoel: PICKABLE_WHEELCHAIR.map((w) => s.filters.wheelchair[w]),
  };
  return FILTER_KEYS.map((key) => ({
    key,
    legend: s.filters.legend[key],
    options: order[key].filter((v) => used.get(key)!.has(v)).map((value) => ({ value, label: value })),
  })).filter((group) => group.options.length > 0);
}
