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

export function hyphenate(text: string): string {
  hyphenateNl ??= (require('hyphen/nl') as { hyphenateSync: Hyphenate }).hyphenateSync;
  return hyphenateNl(text, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
}
