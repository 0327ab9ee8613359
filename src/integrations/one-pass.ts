/**
 * The build's own integration: one session per `astro build` / `astro dev` (build-session.ts),
 * served to pages and routes as the virtual module (site-module.ts), and one worker pool
 * (src/workers/pool.ts) for the whole build. Order of one build:
 *   astro:config:setup  the content check (content-check.ts) reads and checks the content once and
 *                       lays out every card on the pool (drawing each fitting card's PDF in the
 *                       same job); then the link previews, deck PDFs and category sheets are
 *                       queued on the same pool, drawn while Astro syncs content, bundles and
 *                       renders the pages (a large site's pages wait for the decks and sheets);
 *   routes              wait for their item (binary-jobs.ts) and read it from the disk cache;
 *   astro:build:done    the card PDFs and previews are written (binary-outputs.ts), the pool
 *                       closes; the last integrations remove what the last build left
 *                       (stale-outputs.ts) and index the pages (pagefind.ts), or under `npm run
 *                       build` scripts/build.ts does once this process has ended.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, InjectedRoute } from 'astro';
import { isDeckCached, type DeckFile } from '../fan/index.ts';
import { isSheetCached } from '../fan/cached-decks.ts';
import { categorySheets } from '../referrer/category-sheets.ts';
import { deckSpecs } from '../fan/deck.ts';
import { cardGeometry } from '../fan/geometry.ts';
import { lightSpec } from '../fan/layout.ts';
import { offerPreview, offersWithOwnPreview } from '../share/preview.ts';
import { isPngCached } from '../share/render.ts';
import { cacheRoot } from '../cache/disk-cache.ts';
import { saveMemoFiles } from '../cache/memo-file.ts';
import { parallelFanProblems } from '../workers/parallel-layout.ts';
import { createDrawPool, MIN_JOBS_FOR_WORKERS, type DrawPool } from '../workers/pool.ts';
import { clearTracked, track } from '../workers/binary-jobs.ts';
import type { DrawJob } from '../workers/draw-task.ts';
import type { Site } from '../model/types.ts';
import { createBuildSession, type BuildSession } from './build-session.ts';
import { dropHandedModules, siteModulePlugin } from './site-module.ts';
import { writeBinaryOutputs } from './binary-outputs.ts';
import { countOfferFiles, LARGE_SITE_OFFERS } from './large-site.ts';

/** What a build writes itself (binary-outputs.ts) and `astro dev` serves as routes. */
const DEV_ROUTES: InjectedRoute[] = [
  { pattern: '/kaart/[id].pdf', entrypoint: new URL('../dev-routes/card-pdf.ts', import.meta.url) },
  { pattern: '/og/[id].png', entrypoint: new URL('../dev-routes/offer-preview.ts', import.meta.url) },
];

export interface OnePass {
  session: BuildSession;
  pool: DrawPool;
  /** The content check's fan rule, on this build's pool. */
  fanCheck: ReturnType<typeof parallelFanProblems>;
  /** Before the content check: starts the deck worker for a site with a deck worth one. */
  start: AstroIntegration;
  integration: AstroIntegration;
}

export function onePass(session: BuildSession = createBuildSession(), pool: DrawPool = createDrawPool()): OnePass {
  return {
    session,
    pool,
    fanCheck: parallelFanProblems(pool),
    start: {
      name: 'vrijetijdswaaier:one-pass-start',
      hooks: {
        'astro:config:setup': ({ command }) => {
          // The check takes this thread for a second or two while the other core has nothing to
          // do: the deck worker loads meanwhile, so a rebuild's decks start right after the check.
          // Counted by file name (the check has not read them yet); a small site draws its few
          // cards without workers.
          if (command !== 'build') return;
          let contentDir: string;
          try {
            contentDir = session.config.contentDir;
          } catch {
            return; // A bad setting (BUILD_DATE): the content check reports it next.
          }
          if (countOfferFiles(contentDir) >= MIN_JOBS_FOR_WORKERS) pool.warmDecks();
        },
      },
    },
    integration: {
      name: 'vrijetijdswaaier:one-pass',
      hooks: {
        'astro:config:setup': async ({ command, updateConfig, injectRoute, logger }) => {
          // The public URL as the check read it from site.yaml (the content check ran just before).
          const siteUrl = session.config.siteUrl;
          updateConfig({ ...(siteUrl ? { site: siteUrl } : {}), vite: { plugins: [siteModulePlugin(session, { live: command === 'dev' })] } });
          if (command !== 'build') {
            // astro dev draws on request, the card PDFs and previews too; the pool only served the check.
            for (const route of DEV_ROUTES) injectRoute(route);
            void pool.close();
            saveMemoFiles();
            return;
          }
          const site = session.result().site;
          if (!site) return; // the content check has already stopped the build
          clearTracked();
          const log = logger.fork('tekenen');
          const started = performance.now();
          const queued = drawJobs(site);
          // A few previews (a rebuild after one changed offer) are drawn in this thread when they
          // are written (binary-outputs.ts): starting the card workers for them cost each core
          // about a second of loading fonts, pdf-lib, resvg and sharp, beside the pages.
          const fewPreviews = queued.filter((job) => job.kind === 'preview').length < MIN_JOBS_FOR_WORKERS;
          const jobs = fewPreviews ? queued.filter((job) => job.kind !== 'preview') : queued;
          // The text widths and QR codes the check measured and encoded, for the next build.
          saveMemoFiles();
          // A handful of small outputs: the main thread draws them (their routes, binary-outputs.ts)
          // faster than workers start. A deck of many cards is worth a worker on its own (a rebuild
          // after one changed offer assembles both decks while the pages render).
          const bigDeck = jobs.some((j) => j.kind === 'deck') && deckSpecs(site).length >= MIN_JOBS_FOR_WORKERS;
          if (jobs.length < MIN_JOBS_FOR_WORKERS && !bigDeck) return;
          let failed = 0;
          const runs = jobs.map((job) => {
            const run = pool.run(job).catch((error: unknown) => {
              failed++;
              // Drawn again in the main thread (its route, or binary-outputs.ts), which reports any problem.
              log.warn(`${job.kind} ${job.kind === 'deck' ? job.file : job.kind === 'sheets' ? job.sheets.map((s) => s.id).join(', ') : job.id}: ${error instanceof Error ? error.message : String(error)}`);
            });
            if (job.kind === 'sheets') for (const sheet of job.sheets) track('sheet', sheet.id, run);
            else track(job.kind, job.kind === 'deck' ? job.file : job.id, run);
            return run;
          });
          if (runs.length) {
            void Promise.all(runs).then(async () => {
              log.info(`${runs.length - failed} voorbeeldbeelden en PDF's van de hele waaier getekend in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} mislukt (opnieuw getekend door de build)` : ''}`);
              // Nothing more to draw: the workers' memory goes while Astro still renders pages.
              await pool.close();
            }).catch(() => {
              // A pool that fails to close here is closed again in astro:build:done, which reports it.
            });
          }
          // A large site's pages wait for the decks and the category sheets: the card workers keep
          // both cores busy with previews meanwhile, and the deck worker's memory (a whole deck
          // until it is saved) is gone before Astro bundles and renders the pages, the build's
          // fullest moment. A smaller site renders its pages while they are drawn: faster, and its
          // memory is far from any limit (large-site.ts; docs/performance.md, eighth round).
          const previews = jobs.filter((job) => job.kind === 'preview').length;
          if (previews >= LARGE_SITE_OFFERS) await Promise.all(runs.filter((_, i) => jobs[i]!.kind !== 'preview'));
        },
        'astro:build:done': async ({ dir, logger }) => {
          try {
            const site = session.result().site;
            const outDir = fileURLToPath(dir);
            // One after the other: pagefind's indexer needs both cores too (at once was no faster).
            if (site) await writeBinaryOutputs(site, outDir, logger.fork('tekenen'));
            saveMemoFiles();
            // Every job is done (the files waited for theirs, the deck routes for the decks): the
            // workers' memory goes before pagefind's indexer starts.
            await pool.close();
          } finally {
            dropHandedModules(session);
            await pool.close();
          }
        },
      },
    },
  };
}

/** What this integration queues after the check (the cards were drawn during it). */
type QueuedJob = Extract<DrawJob, { kind: 'deck' | 'sheets' | 'preview' }>;

/**
 * The whole decks first (the longest jobs), then the category sheets (on the deck worker, after
 * the decks: Astro's pages wait for the decks only), then every preview: only what is not in the
 * disk cache yet, so a warm rebuild queues none.
 */
function drawJobs(site: Site): QueuedJob[] {
  const files = (['print-shop', 'office'] as const satisfies readonly DeckFile[]).filter((file) => !isDeckCached(site, file));
  const sheets = categorySheets(site)
    .filter((sheet) => !isSheetCached(site, sheet.cardIds, sheet.title))
    .map((sheet) => ({ id: sheet.categoryId, cardIds: sheet.cardIds, title: sheet.title }));
  // The check drew every card's fragments: the decks place them, found by their layout keys.
  const g = cardGeometry(site.settings);
  const specs = files.length || sheets.length ? deckSpecs(site).map((spec) => lightSpec(g, spec)) : [];
  const decks = files.map((file): QueuedJob => ({ kind: 'deck', site, file, specs, cacheDir: cacheRoot() }));
  if (sheets.length) decks.push({ kind: 'sheets', site, specs, sheets, cacheDir: cacheRoot() });
  const previews = offersWithOwnPreview(site)
    .map((o) => ({ id: o.id, tree: offerPreview(site, o) }))
    .filter((p) => !isPngCached(p.tree))
    .map((p): QueuedJob => ({ kind: 'preview', ...p, cacheDir: cacheRoot() }));
  return [...decks, ...previews];
}
