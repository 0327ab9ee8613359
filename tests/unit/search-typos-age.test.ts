/** One-letter typing errors and the age filter of the search page. */
import { describe, expect, test } from 'vitest';
import { correctQuery, oneEditApart } from '../../src/search/typos.ts';
import { ageFacets } from '../../src/search/facets.ts';
import type { Offer } from '../../src/model/types.ts';

describe('typing errors within one letter', () => {
  test.each([
    ['zwemen', 'zwemmen'], ['zwemmmen', 'zwemmen'], ['zwenmen', 'zwemmen'], ['zwmemen', 'zwemmen'], ['scahken', 'schaken'],
  ])('%s is one letter from %s', (typed, word) => {
    expect(oneEditApart(typed, word)).toBe(true);
  });
  test('two letters off, or the same word, is not', () => {
    expect(oneEditApart('zwmen', 'zwemmen')).toBe(false);
    expect(oneEditApart('zwemmen', 'zwemmen')).toBe(false);
  });
  test('a query is corrected word by word to the most frequent site word; short and known words stay', () => {
    const words = ['zwemmen', 'schaken', 'zwemles', 'kinderen'];
    expect(correctQuery('Zwemen', words)).toBe('zwemmen');
    expect(correctQuery('zwemen kinderen', words)).toBe('zwemmen kinderen');
    expect(correctQuery('bus', words)).toBeUndefined();
    expect(correctQuery('kinderen', words)).toBeUndefined();
    expect(correctQuery('xylofoon', words)).toBeUndefined();
  });
});

describe('the age filter', () => {
  const offer = (changes: Partial<Offer>): Offer => ({
    id: 'x', source: 'aanbod/x.md', title: 'X', summary: 'X.', categoryId: 'c', partnerId: 'p', audiences: ['iedereen'],
    price: { normal: 0, discounts: [] }, thresholds: [], languages: [], keywords: [], checked: '2026-10-01', wantsFan: true, body: '', ...changes,
  });
  test("an offer's own age range, within 0 to 18", () => {
    expect(ageFacets(offer({ age: { from: 6, to: 12 } }))).toEqual(['6', '7', '8', '9', '10', '11', '12']);
    expect(ageFacets(offer({ age: { from: 16 } }))).toEqual(['16', '17', '18']);
    expect(ageFacets(offer({ audiences: ['volwassenen'], age: { from: 60 } }))).toEqual([]);
  });
  test('without an age range, what the audiences mean', () => {
    expect(ageFacets(offer({ audiences: ['iedereen'] }))).toHaveLength(19);
    expect(ageFacets(offer({ audiences: ['kinderen'] }))).toEqual(Array.from({ length: 13 }, (_, i) => String(i)));
    expect(ageFacets(offer({ audiences: ['volwassenen', 'senioren'] }))).toEqual([]);
  });
});
