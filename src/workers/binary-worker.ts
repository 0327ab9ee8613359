/**
 * One worker of the binary pool: reads the checked content once, then draws the jobs it is sent
 * into the disk cache, with exactly the functions the Astro routes use.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../source/read-content.ts';
import { cachedDeckPdf, cachedSingleCardPdf, type DeckFile } from '../fan/index.ts';
import { deckSpecs } from '../fan/deck.ts';
import { cardGeometry } from '../fan/geometry.ts';
import { layOutCard, type CardSpec } from '../fan/layout.ts';
import { offerPreview } from '../share/preview.ts';
import { cachedPng } from '../share/render.ts';
import { jobKey, type BinaryJob, type WorkerInput, type WorkerMessage } from './binary-jobs.ts';

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

// During the content check other files may still have errors: lay out what can be laid out.
const result = checkContent(input.contentDir, { buildDate: input.buildDate });
const site = result.site ?? result.partialSite;
if (!site) throw new Error('The content could not be read in a worker; the main build reports the problems.');

// Only when a job needs it: a layout worker must not lay out the whole deck.
let specs: Map<string, CardSpec> | undefined;
const specOf = (id: string): CardSpec => {
  specs ??= new Map(deckSpecs(site).map((s) => [s.id, s]));
  const spec = specs.get(id);
  if (!spec) throw new Error(`no card "${id}" on the fan`);
  return spec;
};

port.on('message', async (job: BinaryJob) => {
  const key = jobKey(job);
  try {
    if (job.kind === 'layout') {
      await layOutCard(cardGeometry(site.settings), specOf(job.id));
    } else if (job.kind === 'preview') {
      const offer = site.offers.find((o) => o.id === job.id);
      if (!offer) throw new Error(`no published offer "${job.id}"`);
      await cachedPng(offerPreview(site, offer));
    } else if (job.kind === 'deck') {
      await cachedDeckPdf(site, job.id as DeckFile);
    } else {
      await cachedSingleCardPdf(site, job.id, { subset: true });
    }
    send({ type: 'done', key });
  } catch (error) {
    send({ type: 'failed', key, error: error instanceof Error ? error.message : String(error) });
  }
});
send({ type: 'ready' });
