/**
 * What one job of the build's worker pool does (src/workers/pool.ts). A job carries everything it
 * draws: a card's spec and the few site facts its PDF shows, or a preview's element tree, or the
 * site for a whole deck. No worker reads or checks the content folder. The same function runs in
 * the main thread when a build has too few cards to be worth starting workers.
 */
import os from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { cachedCardPdf, cachedDeckPdf, type DeckFile } from '../fan/index.ts';
import { cardSheetPdf } from '../fan/cached-decks.ts';
import { cardGeometry } from '../fan/geometry.ts';
import { useDeckSpecs } from '../fan/deck.ts';
import { useCacheRoot } from '../cache/disk-cache.ts';
import { cacheFragments } from '../fan/fragment.ts';
import { layOutCard, type CardSpec } from '../fan/layout.ts';
import { fontBytes } from '../fan/fonts.ts';
import type { Element } from '../fan/tree.ts';
import type { Problem } from '../model/problem.ts';
import type { Site } from '../model/types.ts';

/**
 * - card: lay the card out once, report what does not fit, and when it fits draw from that same
 *   layout its single-card PDF (offer cards) and its fragments for the decks (fragment.ts).
 * - preview: draw a link preview from its element tree.
 * - deck: assemble a whole-deck PDF from the cards' fragments on disk.
 * - sheets: assemble the category sheets (/op-maat/) the same way, all in one job (the site is
 *   sent once).
 * - warm: only load, while the main thread still checks the content (pool.ts).
 */
export type DrawJob = (
  | { kind: 'card'; site: SiteShell; spec: CardSpec; pdf: boolean }
  | { kind: 'preview'; id: string; tree: Element }
  /** `specs`: the check's card specs of this site (QR codes, hyphenation), so the deck worker need not compute them again. */
  | { kind: 'deck'; site: Site; file: DeckFile; specs: CardSpec[] }
  | { kind: 'sheets'; site: Site; specs: CardSpec[]; sheets: { id: string; cardIds: string[]; title: string }[] }
  /** Nothing to draw: the worker loads this module (pdf-lib, fontkit, the fan) and the fonts, ready for the decks. */
  | { kind: 'warm' }
) & {
  /** The build's cache folder (a worker thread has its own module state: it is handed in, not read from the environment). */
  cacheDir: string;
};

/** The site facts a card PDF shows (title, municipality, url, date, category names), without the offers. */
export type SiteShell = Site;

export function siteShell(site: Site): SiteShell {
  return { ...site, offers: [], partners: [], pages: [], report: [] };
}

export interface DrawResult {
  problems: Problem[];
}

export default async function draw(job: DrawJob): Promise<DrawResult> {
  useCacheRoot(job.cacheDir);
  // Not in the main thread, which runs these jobs itself for a small site.
  if ((job.kind === 'card' || job.kind === 'preview') && !isMainThread) yieldToOthers();
  switch (job.kind) {
    case 'card': {
      const g = cardGeometry(job.site.settings);
      const card = await layOutCard(g, job.spec);
      if (job.pdf && card.problems.length === 0) {
        // Drawn once here, for both decks, the category sheets and the single-card PDF, which place it.
        const art = cacheFragments(g, card);
        if (job.spec.kind === 'offer') await cachedCardPdf(job.site, card, { subset: true }, art);
      }
      return { problems: card.problems };
    }
    case 'preview': {
      // Loaded on first use: a check that only lays out cards never loads resvg and sharp.
      const { cachedPng } = await import('../share/render.ts');
      await cachedPng(job.tree);
      return { problems: [] };
    }
    case 'deck':
      useDeckSpecs(job.site, job.specs);
      await cachedDeckPdf(job.site, job.file);
      return { problems: [] };
    case 'sheets':
      useDeckSpecs(job.site, job.specs);
      for (const sheet of job.sheets) await cardSheetPdf(job.site, sheet.cardIds, sheet.title);
      return { problems: [] };
    case 'warm':
      fontBytes();
      return { problems: [] };
  }
}

/**
 * A card worker gives way (10 nice steps) to the build's main thread and to the deck worker: the main thread
 * computes the cards' specs that feed the workers, then renders the pages, and Astro's pages wait
 * for the decks. On Linux a thread's nice value is its own (os.setPriority(0) sets the calling
 * thread's), so this lowers only this worker. The CPU work is the same; the cores are shared in a
 * better order: cold builds of 1,000 offers, three pairs alternated, 19.88, 20.74 and 21.21 s
 * against 20.42, 21.93 and 22.18 s at the normal priority, the same peak memory.
 */
const CARD_WORKER_NICE = 10;
let yielded = false;

function yieldToOthers(): void {
  if (yielded) return;
  yielded = true;
  try {
    // Relative to the build's own nice value (a worker starts with it); 19 is the lowest.
    os.setPriority(0, Math.min(19, os.getPriority(0) + CARD_WORKER_NICE));
  } catch {
    // Not allowed on this system: the normal priority.
  }
}
