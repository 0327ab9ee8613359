/**
 * Per-item costs of the drawing phases on one content folder, cold cache, one thread:
 *   VTW_CACHE_DIR=$(mktemp -d) npx node scripts/bench/phase-costs.ts <content> [count]
 * Prints CPU ms per card layout, single-card PDF, fragments and preview (layout + SVG, resvg + PNG), and
 * per deck assembled from the fragments.
 */
import { checkContent } from '../../src/source/read-content.ts';
import { useCacheRoot } from '../../src/cache/disk-cache.ts';
import { deckSpecs } from '../../src/fan/deck.ts';
import { fragmentDeck } from '../../src/fan/cached-decks.ts';
import { cacheFragments } from '../../src/fan/fragment.ts';
import { cardGeometry } from '../../src/fan/geometry.ts';
import { layOutCard } from '../../src/fan/layout.ts';
import { cachedCardPdf } from '../../src/fan/single-card.ts';
import { officePdf } from '../../src/fan/office.ts';
import { printShopPdf } from '../../src/fan/print-shop.ts';
import { offerPreview } from '../../src/share/preview.ts';
import { drawSvg, rasterise } from '../../src/share/render.ts';

const dir = process.argv[2] ?? 'content';
if (process.env['VTW_CACHE_DIR']) useCacheRoot(process.env['VTW_CACHE_DIR']);
const count = Number(process.argv[3] ?? 100);
// CPU time of this thread (not wall time): other work on the machine does not count.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
const lap = () => { const n = cpu(); const d = n - t; t = n; return d; };
const site = checkContent(dir, { buildDate: '2026-11-26' }).site!;
console.log(`check (no fan rule): ${lap().toFixed(0)} ms for ${site.offers.length} offers`);
const g = cardGeometry(site.settings);
const specs = deckSpecs(site, g);
console.log(`specs: ${lap().toFixed(0)} ms for ${specs.length} cards`);
const offerSpecs = specs.filter((s) => s.kind === 'offer').slice(0, count);
const cards = [];
for (const s of offerSpecs) cards.push(await layOutCard(g, s));
console.log(`layout: ${(lap() / offerSpecs.length).toFixed(1)} ms/card`);
for (const c of cards) await cachedCardPdf(site, c, { subset: true });
console.log(`single-card pdf: ${(lap() / cards.length).toFixed(1)} ms/card`);
let sat = 0, ras = 0;
for (const o of site.offers.slice(0, count)) {
  const a = performance.now(); const svg = await drawSvg(offerPreview(site, o)); const b = performance.now();
  await rasterise(svg); ras += performance.now() - b; sat += b - a;
}
lap();
console.log(`preview: layout + SVG ${(sat / count).toFixed(1)} ms, resvg+png ${(ras / count).toFixed(1)} ms`);
for (const c of cards) cacheFragments(g, c);
console.log(`fragments (screen, print converted when placed): ${(lap() / cards.length).toFixed(1)} ms/card`);
const mem = () => `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB rss`;
// The other cards: laid out and recorded now, so that the assembly below only places.
await fragmentDeck(site, 'screen');
console.log(`the other ${specs.length - cards.length} cards laid out and recorded: ${lap().toFixed(0)} ms`);
const office = await officePdf(await fragmentDeck(site, 'screen'));
console.log(`waaier.pdf assembled: ${lap().toFixed(0)} ms, ${(office.length / 1e6).toFixed(1)} MB, ${mem()}`);
const shop = await printShopPdf(await fragmentDeck(site, 'print'));
console.log(`waaier-drukker.pdf assembled: ${lap().toFixed(0)} ms, ${(shop.length / 1e6).toFixed(1)} MB, ${mem()}`);
