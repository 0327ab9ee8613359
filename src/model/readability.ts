/**
 * Readability of Dutch text for partners' summaries and bodies: a sentence splitter that knows
 * Dutch abbreviations and Flemish times ("14.00 uur"), a Dutch syllable counter, and the
 * Flesch-Douma score (Douma 1960, the Dutch adaptation of Flesch's reading ease).
 * Hard-to-read text is advice for the partner, so everything here feeds warnings, never errors.
 */

/** Sentences longer than this are hard to follow for readers at B1 level. */
const MAX_SENTENCE_WORDS = 20;
/** Below this Flesch-Douma score a text is "fairly hard" or worse (Douma's scale: 60-70 is normal). */
export const MIN_FLESCH_DOUMA = 60;
/** Scores of very short texts swing wildly with one long word; below this many words we do not score. */
const MIN_WORDS_FOR_SCORE = 25;

const ABBREVIATIONS = new Set([
  'bv', 'bijv', 'vb', 'oa', 'enz', 'etc', 'dwz', 'nr', 'tel', 'ca', 'mawl', 'maw', 'ipv', 'tem', 'tm', 'incl', 'excl',
  'max', 'min', 'ong', 'blz', 'p', 'dhr', 'mevr', 'mr', 'dr', 'st', 'zoz', 'aub', 'ed', 'evt', 'vnl', 'resp', 'gsm', 'apr',
  'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo', 'cf', 'vgl', 'zgn', 'nl',
]);
/** Titles stay abbreviations before a capital: "dhr. Peeters". */
const TITLES = new Set(['dhr', 'mevr', 'mr', 'dr']);

const LETTER = /\p{L}/u;

/**
 * Splits running text into sentences. A full stop ends a sentence unless it belongs to an
 * abbreviation ("bv.", "o.a."), a single initial, or a number ("14.00", "4.5").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const flat = text.replace(/\s+/g, ' ');
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i;
    while (end + 1 < flat.length && /[.!?…"'’”)]/.test(flat[end + 1]!)) end++;
    const next = flat[end + 1];
    // Skip the whole run of marks at once, and look back one word only: linear in the text's length.
    if (next !== undefined && next !== ' ') {
      i = end;
      continue;
    }
    if (ch === '.' && end === i && isAbbreviation(flat.slice(Math.max(start, flat.lastIndexOf(' ', i - 1) + 1), i), flat[end + 2])) continue;
    const sentence = flat.slice(start, end + 1).trim();
    if (sentence) sentences.push(sentence);
    start = end + 1;
    i = end;
  }
  const rest = flat.slice(start).trim();
  if (rest && LETTER.test(rest)) sentences.push(rest);
  return sentences;
}

/**
 * Whether the full stop after `before` belongs to an abbreviation. `next` is the first character of
 * the next word: a capital there ends the sentence, because many short abbreviations are everyday
 * words too ("Kom zo. Het begint.", "Vraag het aan je ma. Zij weet het.", "Bel met je gsm. Het is gratis.").
 */
function isAbbreviation(before: string, next: string | undefined): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const letters = word.replace(/[^\p{L}]/gu, '').toLowerCase();
  const capitalNext = next !== undefined && /\p{Lu}/u.test(next);
  if (capitalNext && !TITLES.has(letters) && !/^(\p{L}\.)+\p{L}$/u.test(word) && letters.length > 1) return false;
  if (letters.length === 1) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(letters);
}

/** Words as readers count them: "4,50", "e-mail" and "UiTPAS" are one word each. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu) ?? [];
}

const VOWEL = /[aeiouyàáâèéêìíîòóôùúûäëïöü]/;
const DIAERESIS = /[äëïöü]/;
/** Vowel pairs that Dutch (and its loanwords) pronounce as two syllables: "pi-a-no", "the-a-ter", "ac-tu-eel". */
const HIATUS = new Set(['ia', 'io', 'iu', 'ea', 'eo', 'ua', 'uo', 'ue', 'oa']);

/**
 * Counts syllables in one Dutch word. Each run of vowels is a syllable, except that a diaeresis
 * starts a new one ("ru-ï-ne", "zee-ën"), "ie" after another vowel does too ("moo-ie", "koe-ien"),
 * and loanword pairs in HIATUS are split; "eau" is one sound ("bu-reau").
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase();
  if (!/\p{L}/u.test(w)) return 1;
  let count = 0;
  let group = '';
  const close = () => {
    if (group) count += syllablesInGroup(group);
    group = '';
  };
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      close();
      continue;
    }
    if (DIAERESIS.test(ch) && group) close();
    group += ch;
  }
  close();
  return Math.max(1, count);
}

function syllablesInGroup(group: string): number {
  let count = 1;
  for (let i = 1; i < group.length; i++) {
    const pair = group[i - 1]! + group[i]!;
    const startsIe = group[i] === 'i' && group[i + 1] === 'e';
    const isEau = group.slice(i - 1, i + 2) === 'eau';
    const isQue = pair === 'ue' && group[i - 2] === 'q';
    if (startsIe || (HIATUS.has(pair) && !isEau && !isQue)) count++;
  }
  return count;
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** 206.835 - 0.93 x words per sentence - 77 x syllables per word; higher is easier. */
  score: number;
}

export function fleschDouma(text: string): Readability {
  const sentences = splitSentences(text);
  const all = sentences.flatMap(words);
  const syllables = all.reduce((sum, w) => sum + countSyllables(w), 0);
  const n = Math.max(1, all.length);
  const s = Math.max(1, sentences.length);
  return { sentences: sentences.length, words: all.length, syllables, score: 206.835 - 0.93 * (n / s) - 77 * (syllables / n) };
}

/** Markdown to the plain sentences a reader sees, one block per paragraph, heading or list item, with its line. */
function proseBlocks(markdown: string): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  let fence = false;
  const flush = () => {
    if (current && LETTER.test(current.text)) blocks.push(current);
    current = undefined;
  };
  markdown.split('\n').forEach((raw, index) => {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      fence = !fence;
      flush();
      return;
    }
    if (fence) return;
    const isItem = /^\s*([-*+]|\d+[.)])\s+/.test(raw);
    const isHeading = /^\s{0,3}#{1,6}\s/.test(raw);
    if (raw.trim() === '' || isItem || isHeading) flush();
    if (raw.trim() === '' || isHeading) return; // headings are labels, not sentences
    const text = inlineText(raw.replace(/^\s*([-*+]|\d+[.)]|>)\s+/, ''));
    if (!current) current = { text, line: index };
    else current.text += ` ${text}`;
  });
  flush();
  return blocks;
}

/** Each pattern stops at the next opening bracket, so no line makes it backtrack over the rest of the line. */
function inlineText(line: string): string {
  return line
    .replace(/!\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/<https?:[^<>]*>/g, 'link')
    .replace(/https?:\/\/\S+/g, 'link')
    .replace(/[*_`~]+/g, '')
    .trim();
}

export interface ReadabilityAdvice {
  /** 0-based line inside the checked text (always 0 for a one-line text). */
  line: number;
  message: string;
}

/** A clock time with a colon in running text: "om 14:00". */
const COLON_TIME = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

export interface AdviceOptions {
  /**
   * The site's own everyday words (its schemes, categories, municipality, "activiteit", ...):
   * long, but what residents read everywhere on the site, so never advised against.
   */
  ownWords?: readonly string[];
}

/** Words every site uses, long but known to its readers: never advise to replace them. */
const EVERYDAY_SITE_WORDS = [
  'activiteit', 'activiteiten', 'vrijetijdswaaier', 'vrijetijdspas', 'participatiepas', 'identiteitskaart', 'bibliotheek',
  'inschrijven', 'ingeschreven', 'inschrijving', 'kansentarief', 'uitpas', 'welzijnsloket', 'gemeente', 'gemeentehuis',
  'informatie', 'telefoonnummer', 'e-mailadres', 'vrijwilliger', 'vrijwilligers', 'monitoren', 'ontmoetingscentrum',
  'cultuurcentrum', 'sportcomplex', 'speelpleinwerking', 'huiswerkbegeleiding', 'openingsuren',
];

/**
 * Plain-Dutch advice for a text: each long sentence quoted, the score when it is low, and a clock
 * time written with a colon (14:00) where residents read "14.00 uur".
 */
export function readabilityAdvice(markdown: string, options: AdviceOptions = {}): ReadabilityAdvice[] {
  const advice: ReadabilityAdvice[] = [];
  const blocks = proseBlocks(markdown);
  for (const block of blocks) {
    for (const m of block.text.matchAll(COLON_TIME)) {
      const written = m[0];
      const flemish = `${Number(m[1])}.${m[2]} uur`;
      advice.push({ line: block.line, message: `Schrijf het uur zoals mensen het lezen: ${flemish}, niet ${written}.` });
    }
  }
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text)) {
      const count = words(sentence).length;
      if (count > MAX_SENTENCE_WORDS) {
        advice.push({
          line: block.line,
          message: `Deze zin is lang (${count} woorden): "${quoteStart(sentence)}" Maak er twee of meer korte zinnen van, met hoogstens ${MAX_SENTENCE_WORDS} woorden elk.`,
        });
      }
    }
  }
  const whole = blocks.map((b) => (/[.!?…]["'’”)]*$/.test(b.text) ? b.text : `${b.text}.`)).join(' ');
  const r = fleschDouma(whole);
  if (r.words >= MIN_WORDS_FOR_SCORE && r.score < MIN_FLESCH_DOUMA) {
    advice.push({ line: blocks[0]?.line ?? 0, message: scoreAdvice(r, whole, options.ownWords ?? []) });
  }
  return advice;
}

function scoreAdvice(r: Readability, text: string, ownWords: readonly string[]): string {
  const own = new Set([...EVERYDAY_SITE_WORDS, ...ownWords.flatMap((w) => w.toLowerCase().split(/\s+/))]);
  const perSentence = r.words / Math.max(1, r.sentences);
  const perWord = r.syllables / Math.max(1, r.words);
  const help: string[] = [];
  if (perSentence > 12) help.push(`kortere zinnen (nu gemiddeld ${oneDecimal(perSentence)} woorden per zin)`);
  const long = [...new Set(words(text).filter((w) => countSyllables(w) >= 4 && !own.has(w.toLowerCase())))].slice(0, 3);
  if (perWord > 1.5 || help.length === 0) {
    help.push(long.length > 0 ? `kortere, gewone woorden in plaats van bv. ${long.join(', ')}` : 'kortere, gewone woorden');
  }
  return `Deze tekst is moeilijk te lezen: de Flesch-Douma-score is ${Math.max(0, Math.round(r.score))}, ${MIN_FLESCH_DOUMA} of meer is goed. Wat helpt: ${help.join(' en ')}.`;
}

/** A sentence as quoted in advice: a runaway "sentence" of thousands of words is cut after 200 characters. */
const quoteStart = (sentence: string) => (sentence.length > 200 ? `${sentence.slice(0, 200).trimEnd()} …` : sentence);

const oneDecimal = (n: number) => n.toFixed(1).replace('.', ',');
