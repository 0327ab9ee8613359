/**
 * Starts the worker pool that draws link previews and single-card PDFs on every core while Astro
 * builds the pages (src/workers). Build only: `astro dev` draws on request.
 */
import type { AstroIntegration } from 'astro';
import { buildDate, checkContent, contentDirectory } from '../source/read-content.ts';
import { fanOffers } from '../fan/deck.ts';
import { isDeckCached, isSingleCardCached } from '../fan/index.ts';
import { offerPreview } from '../share/preview.ts';
import { isPngCached } from '../share/render.ts';
import { startBinaryPool, type BinaryJob } from '../workers/binary-jobs.ts';

export function binaryPool(): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:binary-pool',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const contentDir = contentDirectory();
        const date = buildDate();
        const site = checkContent(contentDir, { buildDate: date }).site;
        if (!site) return; // the content check has already stopped the build
        // The two whole decks first: they are the longest jobs, so they start while the rest queue.
        // Only what is not in the disk cache yet: a warm rebuild starts no workers at all.
        const jobs: BinaryJob[] = [
          ...(['print-shop', 'office'] as const).filter((file) => !isDeckCached(site, file)).map((id): BinaryJob => ({ kind: 'deck', id })),
          ...fanOffers(site).filter((d) => !isSingleCardCached(site, d.offer.id, { subset: true })).map((d): BinaryJob => ({ kind: 'card', id: d.offer.id })),
          ...site.offers.filter((o) => o.id !== 'site' && !isPngCached(offerPreview(site, o))).map((o): BinaryJob => ({ kind: 'preview', id: o.id })),
        ];
        if (jobs.length === 0) return;
        const log = logger.fork('tekenen');
        void startBinaryPool(jobs, { contentDir, buildDate: date, log: (m) => log.warn(m) }).then(({ done, failed, ms }) => {
          log.info(`${done} PDF's en voorbeeldbeelden getekend in ${(ms / 1000).toFixed(1)} s${failed ? `, ${failed} mislukt (opnieuw getekend door de build)` : ''}`);
        });
      },
    },
  };
}
