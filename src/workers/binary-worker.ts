/**
 * One worker of the binary pool: reads the checked content once, then draws the jobs it is sent
 * into the disk cache, with exactly the functions the Astro routes use.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../source/read-content.ts';
import { layOutDeck, cachedDeckPdf, cachedSingleCardPdf, type DeckFile } from '../fan/index.ts';
import { offerPreview } from '../share/preview.ts';
import { cachedPng } from '../share/render.ts';
import { jobKey, type BinaryJob, type WorkerInput, type WorkerMessage } from './binary-jobs.ts';

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

const site = checkContent(input.contentDir, { buildDate: input.buildDate }).site;
if (!site) throw new Error('The content check failed in a worker; the main build reports the problems.');
const deck = await layOutDeck(site);

port.on('message', async (job: BinaryJob) => {
  const key = jobKey(job);
  try {
    if (job.kind === 'preview') {
      const offer = site.offers.find((o) => o.id === job.id);
      if (!offer) throw new Error(`no published offer "${job.id}"`);
      await cachedPng(offerPreview(site, offer));
    } else if (job.kind === 'deck') {
      await cachedDeckPdf(deck, job.id as DeckFile);
    } else {
      await cachedSingleCardPdf(deck, job.id, { subset: true });
    }
    send({ type: 'done', key });
  } catch (error) {
    send({ type: 'failed', key, error: error instanceof Error ? error.message : String(error) });
  }
});
send({ type: 'ready' });
