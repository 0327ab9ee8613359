/**
 * The words residents can find on the site (titles, summaries, keywords, category names), most
 * frequent first: the list the search page corrects a typing error against (typos.ts).
 */
import type { Site } from '../model/types.ts';
import { MIN_TYPO_LENGTH } from './typos.ts';

export function siteWords(site: Site): string[] {
  const count = new Map<string, number>();
  const add = (text: string) => {
    for (const word of text.toLocaleLowerCase('nl-BE').match(/[\p{L}]+/gu) ?? []) {
      if (word.length >= MIN_TYPO_LENGTH) count.set(word, (count.get(word) ?? 0) + 1);
    }
  };
  for (const offer of site.offers) {
    add(offer.title);
    add(offer.summary);
    for (const k of offer.keywords) add(k);
  }
  for (const c of site.categories) add(c.name);
  for (const p of site.pages) add(p.title);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl-BE')).map(([w]) => w);
}
