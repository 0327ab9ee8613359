/**
 * The two files per offer that are not pages: kaart/<id>.pdf (one fan card for referrers) and
 * og/<id>.png (the link preview), about 1,900 files at 1,000 offers. As Astro routes each cost
 * 1.5 to 2 ms of the main thread (the route, a Response, Astro's write) even when the file only
 * came out of the disk cache: a third of a rebuild. So a build writes them itself, once the pages
 * are written (astro:build:done): each waits for its job on the pool (binary-jobs.ts), is read
 * from the disk cache (or drawn here when its worker failed or no pool ran) and written to the
 * output folder. `astro dev` serves the same addresses as routes, drawn on request (src/dev-routes/).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { cachedSingleCardPdf, fanOffers } from '../fan/index.ts';
import type { Site } from '../model/types.ts';
import { routesFor } from '../routes.ts';
import { offerPreview, offersWithOwnPreview } from '../share/preview.ts';
import { cachedPng } from '../share/render.ts';
import { prerendered } from '../workers/binary-jobs.ts';

/** Files read and written at once: enough to keep the disk busy, few enough to bound the memory. */
const IN_FLIGHT = 16;

interface BinaryOutput {
  /** The public path, as `src/routes.ts` gives it (with the base path). */
  path: string;
  bytes: () => Promise<Uint8Array>;
}

/** Every card PDF and offer preview of the site, in a stable order. */
function binaryOutputs(site: Site): BinaryOutput[] {
  const routes = routesFor(site.settings);
  // The card jobs ran during the content check, which waited for them: their PDFs are in the cache.
  const cards = fanOffers(site).map(({ offer }): BinaryOutput => ({
    path: routes.cardPdf(offer.id),
    bytes: () => cachedSingleCardPdf(site, offer.id, { subset: true }),
  }));
  const previews = offersWithOwnPreview(site).map((offer): BinaryOutput => ({
    path: routes.offerPreview(offer.id),
    bytes: async () => {
      await prerendered('preview', offer.id);
      return (await cachedPng(offerPreview(site, offer))).png;
    },
  }));
  return [...cards, ...previews];
}

/** Writes every binary output into `outDir` (the build's output folder); returns how many. */
export async function writeBinaryOutputs(site: Site, outDir: string, logger?: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  const { base } = routesFor(site.settings);
  const outputs = binaryOutputs(site);
  const fileOf = (publicPath: string): string => path.join(outDir, ...publicPath.slice(base.length).split('/'));
  for (const folder of new Set(outputs.map((o) => path.dirname(fileOf(o.path))))) await mkdir(folder, { recursive: true });
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < outputs.length; i = next++) {
      const output = outputs[i]!;
      await writeFile(fileOf(output.path), await output.bytes());
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, outputs.length) }, lane));
  logger?.info(`${outputs.length} kaarten en voorbeeldbeelden geschreven in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outputs.length;
}
