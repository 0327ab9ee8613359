/**
 * Where a build starts to favour memory over speed. Below this many offers the build's peak
 * stays far under 1.5 GB (about 1.2 GB at 1,000 offers), and every core-second counts: Astro
 * renders its pages while the workers still draw. From here on memory grows with the offers (at
 * 5,000 the goal is under 2 GB, with time to spare): Astro waits for the decks and category
 * sheets before its pages, and the main thread gets a smaller young generation (scripts/build.ts).
 * Measured in docs/performance.md (eighth round).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const LARGE_SITE_OFFERS = 2_000;

/**
 * The offer files in a content folder, counted by name only (the build checks them later): for
 * scripts/build.ts, which sets Node's options before Astro's process starts. 0 when the folder
 * cannot be read (the content check reports that).
 */
export function countOfferFiles(contentDir: string): number {
  try {
    return readdirSync(path.join(contentDir, 'aanbod')).filter((name) => name.endsWith('.md') && !name.startsWith('_')).length;
  } catch {
    return 0;
  }
}
