/**
 * Extra spellings of what a resident typed, to cover words pagefind's Dutch stemmer keeps apart.
 * The Snowball stemmer cuts "fiets" to "fiet" but "fietsen" to "fiets", "spelen" to "spel" but
 * "speel" stays "speel": typing the plural then misses pages with the singular. Pagefind matches
 * query words as prefixes, so searching a shorter base form ("fiets", "speel", "kind") also finds
 * the longer forms. The script searches the query as typed and these variants, and merges them.
 * Deliberately small: plural and verb endings and diminutives, nothing that guesses meaning.
 */

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
/** Shorter than this, a cut word matches too much ("le" from "les"). */
const MIN_BASE = 3;

/** "spel" -> "speel", "kok" -> "kook", "lez" -> "lees", "lev" -> "leef": the open syllable of the plural. */
function closedSyllable(base: string): string | undefined {
  const [c1, v, c2] = [base.at(-3), base.at(-2), base.at(-1)];
  if (!c1 || !v || !c2 || isVowel(c1) || !isVowel(v) || isVowel(c2)) return undefined;
  // Only one-syllable bases: "wandel" from "wandelen" has no "wandeel".
  if ([...base.slice(0, -3)].some(isVowel)) return undefined;
  if (v === 'i' || v === 'y') return undefined;
  const last = c2 === 'z' ? 's' : c2 === 'v' ? 'f' : c2;
  return `${base.slice(0, -1)}${v}${last}`;
}

/** "less" -> "les", "kamp" stays. */
const undouble = (base: string): string => (base.length > MIN_BASE && base.at(-1) === base.at(-2) && !isVowel(base.at(-1)) ? base.slice(0, -1) : base);

/** Base forms of one word, without the word itself; empty when it has no ending we know. */
export function wordVariants(word: string): string[] {
  const w = word.toLocaleLowerCase('nl-BE');
  const out = new Set<string>();
  const add = (base: string | undefined) => {
    if (base && base.length >= MIN_BASE && base !== w) out.add(base);
  };
  // Diminutives: "boekje(s)" -> "boek", "huisjes" -> "huis".
  const diminutive = /^(.{3,}?)(etjes|etje|tjes|tje|jes|je)$/.exec(w);
  if (diminutive) add(diminutive[1]);
  // Plurals and infinitives: "kinderen" -> "kind", "fietsen" -> "fiets", "spelen" -> "spel", "speel".
  if (w.endsWith('eren') && w.length - 4 >= MIN_BASE) add(w.slice(0, -4));
  if (w.endsWith('en') && w.length - 2 >= MIN_BASE) {
    const cut = w.slice(0, -2);
    const base = undouble(cut);
    add(base);
    // A doubled consonant means a short vowel ("lessen", "zwemmen"): no long-vowel form then.
    if (base === cut) add(closedSyllable(base));
  }
  // "foto's" -> "foto".
  if (/'s$/.test(w)) add(w.slice(0, -2));
  // A plural s follows a consonant ("films", "computers"); after a vowel it belongs to the word ("gratis", "huis").
  else if (/[^aeiouys']s$/.test(w) && w.length - 1 >= MIN_BASE + 1) add(w.slice(0, -1));
  return [...out];
}

/** Words of a query, as pagefind splits them (letters and digits). */
export function queryWords(query: string): string[] {
  return query.toLocaleLowerCase('nl-BE').split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
}

/**
 * The query strings to search: the query as typed first, then each word swapped for its base forms,
 * one at a time (pagefind wants every word of a query to match, so variants of different words are
 * not combined: that would multiply the searches for little gain).
 */
export function queryVariants(query: string, max = 4): string[] {
  const words = queryWords(query);
  const variants = new Set<string>([words.join(' ')]);
  words.forEach((word, i) => {
    for (const base of wordVariants(word)) variants.add(words.map((w, j) => (j === i ? base : w)).join(' '));
  });
  return [...variants].filter(Boolean).slice(0, max);
}
