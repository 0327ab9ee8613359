/**
 * Dutch hyphenation: long words get soft hyphens at correct syllable breaks (Liang patterns for
 * Dutch), so satori may break them at the end of a line; the PDF writer then prints a visible hyphen.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
export const SOFT_HYPHEN = '\u00ad';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let hyphenateNl: Hyphenate | undefined;

/** Words shorter than this fit a card line at every size we use; leaving them whole reads better. */
const MIN_WORD_LENGTH = 9;

/**
 * Longer "words" are left whole: the hyphen library's time grows with the square of a word's
 * length (a 40,000-letter word took 30 s), and no Dutch word is this long (the longest in the
 * dictionary has about 50 letters); the fan's fit check reports such a word as too long.
 */
const MAX_WORD_LENGTH = 64;
/** A word as the hyphen library sees one: no white space or ASCII punctuation (the apostrophe counts as a letter). */
const LONG_WORD = /[^\s!-&(-@[-`{-~\u2013-\u203C]+/g;

export function hyphenate(text: string): string {
  hyphenateNl ??= (require('hyphen/nl') as { hyphenateSync: Hyphenate }).hyphenateSync;
  const run = (part: string) => (part === '' ? '' : hyphenateNl!(part, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }));
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LONG_WORD)) {
    if (match[0].length <= MAX_WORD_LENGTH) continue;
    out += run(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return last === 0 ? run(text) : out + run(text.slice(last));
}
