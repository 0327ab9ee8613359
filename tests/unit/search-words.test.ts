import { describe, expect, test } from 'vitest';
import { queryVariants, queryWords, wordVariants } from '../../src/search/words.ts';
import { mergeResults, VARIANT_WEIGHT, type PagefindResult } from '../../src/search/pagefind-client.ts';

describe('Dutch base forms for words the stemmer keeps apart', () => {
  test.each([
    // Plural typed, singular on the page: Snowball gives "fiets" vs "fiet", "kinder" vs "kind".
    ['fietsen', 'fiets'],
    ['kinderen', 'kind'],
    ['boeken', 'boek'],
    ['dieren', 'dier'],
    ['lessen', 'les'],
    ['zwemmen', 'zwem'],
    // Open syllable in the plural, long vowel in the singular.
    ['spelen', 'speel'],
    ['koken', 'kook'],
    ['schaken', 'schaak'],
    ['talen', 'taal'],
    ['lezen', 'lees'],
    // Diminutives and plural s.
    ['boekjes', 'boek'],
    ["foto's", 'foto'],
    ['films', 'film'],
  ])('%s also searches %s', (word, base) => {
    expect(wordVariants(word)).toContain(base);
  });

  test('no invented long vowel after a short one', () => {
    expect(wordVariants('lessen')).not.toContain('lees');
    expect(wordVariants('zwemmen')).not.toContain('zweem');
    expect(wordVariants('wandelen')).toEqual(['wandel']);
  });

  test('short and ending-less words stay as typed', () => {
    for (const word of ['bus', 'huis', 'les', 'zee', 'gratis', 'bib']) expect(wordVariants(word), word).toEqual([]);
  });
});

describe('query variants', () => {
  test('the query as typed comes first, in lower case', () => {
    expect(queryVariants('Fietsen')).toEqual(['fietsen', 'fiets']);
  });
  test('one word changed at a time, and never more than four searches', () => {
    expect(queryVariants('lekke fietsen')).toEqual(['lekke fietsen', 'lekke fiets']);
    expect(queryVariants('spelen koken lezen').length).toBeLessThanOrEqual(4);
  });
  test('no words, no query', () => {
    expect(queryVariants('  ')).toEqual([]);
    expect(queryWords('zwemmen, in Dilbeek!')).toEqual(['zwemmen', 'in', 'dilbeek']);
  });
});

describe('merging the searches', () => {
  const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }) });

  test('each page once, with its best score, best first', () => {
    const merged = mergeResults([[result('a', 2), result('b', 1)], [result('b', 5), result('c', 1)]]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(merged[0]!.score).toBe(5 * VARIANT_WEIGHT);
  });
  test('a page found by the word as typed beats the same score through a base form', () => {
    const merged = mergeResults([[result('exact', 3)], [result('base', 3)]]);
    expect(merged.map((r) => r.id)).toEqual(['exact', 'base']);
  });
});
