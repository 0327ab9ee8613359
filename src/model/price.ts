/** Money is kept in euro cents so that sums and comparisons are exact. */
export type Cents = number;

export type ParsedPrice = { ok: true; cents: Cents } | { ok: false };

const FREE_WORDS = new Set(['gratis', 'free', 'gratuit']);

/**
 * Reads a price as partners write it: 4.5, 4,50, "€ 4,50", "4,50 euro", 0 or "gratis".
 * Anything else (ranges, words, thousands separators) is rejected: a guess could show a wrong price.
 */
export function parsePrice(input: unknown): ParsedPrice {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return { ok: false };
    const cents = Math.round(input * 100);
    if (Math.abs(cents - input * 100) > 1e-6) return { ok: false };
    return { ok: true, cents };
  }
  if (typeof input !== 'string') return { ok: false };
  const text = input
    .trim()
    .toLowerCase()
    .replace(/^€\s*/, '')
    .replace(/\s*(€|eur|euro)$/, '')
    .trim();
  if (FREE_WORDS.has(text)) return { ok: true, cents: 0 };
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false };
  const euros = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return { ok: true, cents: euros * 100 + Number(fraction) };
}

/** "4.50": the amount with a decimal point and no sign, for machines (open data, JSON-LD, CSV). */
export function decimalEuro(cents: Cents): string {
  return (cents / 100).toFixed(2);
}

/** The space between "€" and the amount: non-breaking, so a line never ends on a lone "€". */
const EURO_SPACE = '\u00a0';

/**
 * "€ 4,50", "€ 12" (whole euros without decimals), as people in Flanders write prices. The space is
 * non-breaking for residents; the checker's messages to partners pass a plain space.
 */
export function formatEuro(cents: Cents, space: string = EURO_SPACE): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const whole = euros.toLocaleString('nl-BE');
  return rest === 0 ? `€${space}${whole}` : `€${space}${whole},${String(rest).padStart(2, '0')}`;
}
