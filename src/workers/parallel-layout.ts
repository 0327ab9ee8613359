/**
 * The printed fan's "does every card fit" check, with the card layouts spread over all cores:
 * workers lay out the cards into the disk cache, then the check reads them back. The same
 * problems as fanProblems, in a fraction of the time for a large deck.
 */
import { deckSpecs } from '../fan/deck.ts';
import { cardGeometry } from '../fan/geometry.ts';
import { isLaidOut } from '../fan/layout.ts';
import { fanProblems } from '../fan/problems.ts';
import { contentDirectory, type AsyncCheck } from '../source/read-content.ts';
import { startBinaryPool, type BinaryJob } from './binary-jobs.ts';

/** Below this many cards starting workers costs more than it saves. */
const MIN_CARDS = 60;

export function parallelFanProblems(contentDir = contentDirectory()): AsyncCheck {
  return async (site) => {
    const g = cardGeometry(site.settings);
    const missing = deckSpecs(site, g).filter((spec) => !isLaidOut(g, spec));
    if (missing.length >= MIN_CARDS) {
      // A card a worker could not lay out is laid out below, where its error surfaces normally.
      await startBinaryPool(missing.map((s): BinaryJob => ({ kind: 'layout', id: s.id })), { contentDir, buildDate: site.buildDate });
    }
    return fanProblems(site);
  };
}
