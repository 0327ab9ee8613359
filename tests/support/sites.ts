/** The sites the build and browser tests build once and then read: where their content and output live. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DATE = '2026-11-26';

export const SITES = {
  /** The shipped sample content (content/). */
  sample: { content: path.join(ROOT, 'content'), out: path.join(ROOT, 'tests/.output/sample') },
  /** A small fixture with edge cases: expired, stale and off-fan offers, every price notation. */
  basic: { content: path.join(ROOT, 'tests/fixtures/basic'), out: path.join(ROOT, 'tests/.output/basic') },
  /** Content format 1.1: a refund, a one-day event, a weekday slot, per persoon, a scheme with aanvragen, a page about swimming. */
  v11: { content: path.join(ROOT, 'tests/fixtures/v11'), out: path.join(ROOT, 'tests/.output/v11') },
} as const;
export type SiteName = keyof typeof SITES;
