/**
 * Dutch hyphenation for the cards. Long ordinary words get soft hyphens at correct syllable breaks
 * (Liang patterns for Dutch), so satori may break them at the end of a line; the PDF writer then
 * prints a visible hyphen. Some words must never break, because a broken one fails when typed or
 * read aloud: web and e-mail addresses, phone numbers, names (of places, organisations, the site).
 * Those get word joiners (U+2060) between their characters instead: the line breaker then keeps
 * them whole, and the PDF writer drops the joiners.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
export const SOFT_HYPHEN = '\u00ad';
export const WORD_JOINER = '\u2060';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
let hyphenateNl: Hyphenate | undefined;

/** Shorter words fit a line of an 80 mm card at every size we use; leaving them whole reads better. */
const MIN_WORD_LENGTH = 12;
/**
 * A break leaves at least this many letters on each side. This keeps the breaks of a compound at
 * its parts ("vrijetijds-waaier", "kinderopvang-voorzieningen") rather than at a last syllable
 * ("vrijetijdswaai-er").
 */
const MIN_PART = 5;

/** Web and e-mail addresses and phone numbers inside running text. */
const UNBREAKABLE = /(?:https?:\/\/|www\.)[^\s]+[^\s.,;:!?)]|[^\s@()]+@[^\s@()]+\.[a-z]{2,}|\+?\d[\d ./]{6,}\d/giu;

/** Running text: long ordinary words may break at syllables; addresses, numbers and names never. */
export function hyphenate(text: string): string {
  hyphenateNl ??= (require('hyphen/nl') as { hyphenateSync: Hyphenate }).hyphenateSync;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(UNBREAKABLE)) {
    out += hyphenateWords(text.slice(last, m.index), last === 0) + unbreakable(m[0]);
    last = m.index + m[0].length;
  }
  return out + hyphenateWords(text.slice(last), last === 0);
}

function hyphenateWords(text: string, atSentenceStart: boolean): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word, offset: number) => {
    // A capital inside a sentence marks a name (Dilkom, Wolfsputten, Vrijetijdswaaier Dilbeek): names stay whole.
    const startsSentence = /^\s*$/.test(text.slice(0, offset)) ? atSentenceStart : /[.!?:]\s+$/.test(text.slice(Math.max(0, offset - 3), offset));
    if (word.length < MIN_WORD_LENGTH || (/^\p{Lu}/u.test(word) && !startsSentence)) return word;
    return keepLongParts(hyphenateNl!(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }));
  });
}

function keepLongParts(word: string): string {
  const parts = word.split(SOFT_HYPHEN);
  const letters = parts.join('').length;
  let out = parts[0]!;
  let before = parts[0]!.length;
  for (const part of parts.slice(1)) {
    if (before >= MIN_PART && letters - before >= MIN_PART) out += SOFT_HYPHEN;
    out += part;
    before += part.length;
  }
  return out;
}

/** A text that must stay on one line: a joiner between every two characters forbids any break. */
export function unbreakable(text: string): string {
  return [...text].join(WORD_JOINER);
}

/** What the reader sees: no soft hyphens or joiners. */
export const withoutBreakHints = (text: string): string => text.replaceAll(SOFT_HYPHEN, '').replaceAll(WORD_JOINER, '');
