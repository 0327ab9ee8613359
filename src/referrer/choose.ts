/**
 * Choosing cards on /op-maat/: the data the build publishes for the page (op-maat/kaarten.json),
 * the filters, and the choice in the address (?kies=a,b). Pure and without imports of Node or the
 * model, so the page's small script and the build share it.
 */

/** One card a referrer can choose; the texts are the ones the card prints (describeOffer). */
export interface ChoosableCard {
  id: string;
  title: string;
  /** Category id, for the category filter and the card's colour. */
  category: string;
  colour: string;
  /** The search facets (src/search/facets.ts), so the filters mean the same as on /zoeken/. */
  facets: Record<string, string[]>;
  /** The child ages (0 to MAX_CHILD_AGE) it is for: the age filter of /zoeken/ (ageFacets in src/search/facets.ts). */
  ages: number[];
  price: string;
  when: string;
  where: string;
  phone: string;
  /** Path of the offer's page on this site (base path included, src/routes.ts). */
  page: string;
  /** Path of its single-card PDF. */
  pdf: string;
}

export interface ChoiceData {
  /** Site title, public address of the home page (no trailing slash) and edition, for the PDFs. */
  site: string;
  url: string;
  edition: string;
  /** Cards in the order of the printed fan (category, then `volgorde`, then title). */
  cards: ChoosableCard[];
  /** Offers on the site that are not on the fan (too long unchecked, or not meant for it), by id. */
  notOnFan: Record<string, { title: string; page: string }>;
}

/** Ids as the address carries them: a-z, 0-9 and dashes; anything else is not an id at all. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CHOICE = 200;

/** "?kies=zwemmen-dilkom,speelplein": the ids in order, each once; at most MAX_CHOICE. */
export function readChoice(search: string): string[] {
  const raw = new URLSearchParams(search).getAll('kies').join(',');
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim().toLowerCase();
    if (ID.test(id) && id.length <= 200 && !ids.includes(id)) ids.push(id);
    if (ids.length >= MAX_CHOICE) break;
  }
  return ids;
}

/** The query part for a choice: commas stay readable (ids never need escaping). */
export const choiceQuery = (ids: readonly string[]): string => (ids.length ? `?kies=${ids.join(',')}` : '');

/** Whether an offer suits a child of `age`: the same rule as the search page's age filter. */
export const suitsAge = (card: Pick<ChoosableCard, 'ages'>, age: number): boolean => card.ages.includes(age);

/** As on /zoeken/: within one group any ticked value matches, every group with a tick must match. */
export function matches(card: ChoosableCard, filters: Record<string, string[]>, age?: number): boolean {
  for (const [key, values] of Object.entries(filters)) {
    if (values.length === 0) continue;
    const has = card.facets[key] ?? [];
    if (!values.some((v) => has.includes(v))) return false;
  }
  return age === undefined || suitsAge(card, age);
}

export type Resolved =
  | { kind: 'card'; card: ChoosableCard }
  | { kind: 'not-on-fan'; id: string; title: string; page: string }
  | { kind: 'gone'; id: string };

/** The chosen ids as the page shows them: a card, an offer no longer on the fan, or gone. */
export function resolveChoice(data: ChoiceData, ids: readonly string[]): Resolved[] {
  const byId = new Map(data.cards.map((c) => [c.id, c]));
  return ids.map((id) => {
    const card = byId.get(id);
    if (card) return { kind: 'card', card };
    const other = Object.hasOwn(data.notOnFan, id) ? data.notOnFan[id] : undefined;
    return other ? { kind: 'not-on-fan', id, title: other.title, page: other.page } : { kind: 'gone', id };
  });
}

/** The chosen cards in the order of the printed fan, so the little fan reads like the big one. */
export function inFanOrder(data: ChoiceData, ids: readonly string[]): ChoosableCard[] {
  const chosen = new Set(ids);
  return data.cards.filter((c) => chosen.has(c.id));
}

/** "zwemmen-dilkom" -> "zwemmen dilkom": how an unknown id is named (its title is not known any more). */
export const idAsWords = (id: string): string => id.replace(/-/g, ' ');
