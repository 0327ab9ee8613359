/**
 * Dutch hyphenation for the cards. Long ordinary words get soft hyphens at correct syllable breaks
 * (Liang patterns for Dutch), so the layout (flow.ts) may break them at the end of a line; the PDF writer then
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

/**
 * Longer "words" are left whole: the hyphen library's time grows with the square of a word's
 * length (a 40,000-letter word took 30 s), and no Dutch word is this long (the longest in the
 * dictionary has about 50 letters); the fan's fit check reports such a word as too long.
 */
const MAX_WORD_LENGTH = 64;

/** Phone numbers inside running text (they span spaces): "02 451 68 00", "+32 2 451 68 00". */
const PHONE = /\+?\d[\d ./]{6,}\d/g;
const WEB = /^(?:https?:\/\/|www\.)/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')']);

/**
 * Running text: long ordinary words may break at syllables; addresses, numbers and names never.
 * Linear in the text's length (a partner's text is untrusted): one pass for phone numbers, then
 * token by token, with only anchored patterns on each token.
 */
export function hyphenate(text: string): string {
  hyphenateNl ??= (require('hyphen/nl') as { hyphenateSync: Hyphenate }).hyphenateSync;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    out += hyphenateTokens(text.slice(last, m.index), last === 0 || /[.!?:]\s*$/.test(out.slice(-3))) + unbreakable(m[0]);
    last = m.index + m[0].length;
  }
  return out + hyphenateTokens(text.slice(last), last === 0);
}

function hyphenateTokens(text: string, atSentenceStart: boolean): string {
  let sentenceStart = atSentenceStart;
  return text.split(/(\s+)/).map((token, i) => {
    if (i % 2 === 1 || token === '') return token;
    let end = token.length;
    while (end > 0 && TRAILING_PUNCTUATION.has(token[end - 1]!)) end--;
    const core = token.slice(0, end);
    const out = WEB.test(core) || EMAIL.test(core) ? unbreakable(core) + token.slice(end) : hyphenateWords(token, sentenceStart);
    sentenceStart = /[.!?:]$/.test(token);
    return out;
  }).join('');
}

/** The words of one token ("zwembad-toegang," or "Dilkom."): each hyphenated on its own. */
function hyphenateWords(token: string, atSentenceStart: boolean): string {
  return token.replace(/[\p{L}\p{M}]+/gu, (word, offset: number) => {
    // A capital inside a sentence marks a name (Dilkom, Wolfsputten, Vrijetijdswaaier Dilbeek): names stay whole.
    const isName = /^\p{Lu}/u.test(word) && !(atSentenceStart && offset <= 1);
    if (word.length < MIN_WORD_LENGTH || word.length > MAX_WORD_LENGTH || isName) return word;
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
