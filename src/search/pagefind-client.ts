/**
 * The small part of pagefind's browser API this site uses, loaded on first need, and the search
 * itself: the query as typed plus its Dutch base forms (words.ts), merged into one ranked list.
 */
import { queryVariants } from './words.ts';

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
export type Filters = Record<string, { any: string[] }>;
interface PagefindResponse {
  results: PagefindResult[];
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Filters }) => Promise<void>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindResponse | null>;
}

/** A variant found only through a shorter base form ranks a little below the word as typed. */
export const VARIANT_WEIGHT = 0.8;

let loading: Promise<Pagefind> | undefined;

/** Loads pagefind once; later calls share the same promise (and a failed load can be retried). */
export function loadPagefind(baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: we search on submit, not per key, so the main thread is free enough, and
    // the worker script would add about 12 KB to the first search on a prepaid phone.
    await pagefind.options({ noWorker: true, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Merges result lists by page: best score wins, variants weighted down. Pure, for the unit tests. */
export function mergeResults(lists: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  lists.forEach((results, i) => {
    const weight = i === 0 ? 1 : VARIANT_WEIGHT;
    for (const result of results) {
      const score = result.score * weight;
      const seen = best.get(result.id);
      if (!seen || score > seen.score) best.set(result.id, { ...result, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The filter only offer pages carry (see KIND_FILTER in facets.ts; repeated here to keep this script small). */
const OFFER_FILTER = { soort: { any: ['activiteit'] } };

async function searchMerged(pagefind: Pagefind, variants: readonly string[], filters: Filters): Promise<PagefindResult[]> {
  if (variants.length === 0) {
    const response = await pagefind.search(null, { filters });
    return response?.results ?? [];
  }
  const responses = await Promise.all(variants.map((term) => pagefind.search(term, { filters })));
  return mergeResults(responses.map((r) => r?.results ?? []));
}

export interface SearchResults {
  /** Activities, best first. */
  offers: PagefindResult[];
  /** Information pages (discount schemes, free pages) that match the words: shown after the activities, in "Meer uitleg". */
  pages: PagefindResult[];
}

/**
 * Everything that matches the words (or, without words, the ticked filters): activities first,
 * then, for words without ticked filters, the information pages. Filters only apply to activities.
 */
export async function searchAll(pagefind: Pagefind, query: string, filters: Filters): Promise<SearchResults> {
  const variants = queryVariants(query);
  const offers = await searchMerged(pagefind, variants, { ...filters, ...OFFER_FILTER });
  if (variants.length === 0 || Object.keys(filters).length > 0) return { offers, pages: [] };
  const offerIds = new Set(offers.map((r) => r.id));
  const pages = (await searchMerged(pagefind, variants, {})).filter((r) => !offerIds.has(r.id));
  return { offers, pages };
}
