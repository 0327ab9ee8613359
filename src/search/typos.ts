/**
 * Typing errors within one letter ("zwemen", "scaken", "petanqeu"): when a search finds nothing,
 * the search page corrects each unknown word to a word of the site that is one letter away
 * (one letter more, less, different, or two neighbours swapped) and searches again. The words
 * come from the build (zoekwoorden.json: titles, summaries, keywords and category names), loaded
 * only when a search finds nothing. Small and free of imports: the browser script uses it.
 */

/** True when `a` becomes `b` with one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Shorter words than this are not corrected: "bus" one letter from "bos" is no typing error. */
export const MIN_TYPO_LENGTH = 4;

/**
 * The query with each word that is not a word of the site replaced by the one site word that is
 * one letter away; undefined when nothing could be corrected. With several candidates, the most
 * frequent on the site wins (the list is ordered by frequency).
 */
export function correctQuery(query: string, siteWords: readonly string[]): string | undefined {
  const known = new Set(siteWords);
  let changed = false;
  const words = query.toLocaleLowerCase('nl-BE').split(/\s+/).filter(Boolean).map((word) => {
    if (word.length < MIN_TYPO_LENGTH || known.has(word)) return word;
    const fix = siteWords.find((w) => oneEditApart(word, w));
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? words.join(' ') : undefined;
}
