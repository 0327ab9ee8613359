/**
 * Per-item costs of the drawing phases on one content folder, cold cache, one thread:
 *   VTW_CACHE_DIR=$(mktemp -d) npx node scripts/bench/phase-costs.ts <content> [count]
 * Prints ms per card layout, per single-card PDF, per preview (satori, resvg+png) and per deck.
 */
import { checkContent } from '../../src/source/read-content.ts';
import { deckSpecs, layOutDeck } from '../../src/fan/deck.ts';
import { cardGeometry } from '../../src/fan/geometry.ts';
import { layOutCard } from '../../src/fan/layout.ts';
import { cachedCardPdf } from '../../src/fan/single-card.ts';
import { officePdf } from '../../src/fan/office.ts';
import { printShopPdf } from '../../src/fan/print-shop.ts';
import { offerPreview } from '../../src/share/preview.ts';
import { drawSvg, rasterise } from '../../src/share/render.ts';

const dir = process.argv[2] ?? 'content';
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
console.log(`preview: satori ${(sat / count).toFixed(1)} ms, resvg+png ${(ras / count).toFixed(1)} ms`);
const deck = await layOutDeck(site);
console.log(`deck layout (all ${deck.cards.length}, ${count} already on disk): ${lap().toFixed(0)} ms`);
const mem = () => `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB rss`;
const office = await officePdf(deck);
console.log(`waaier.pdf: ${lap().toFixed(0)} ms, ${(office.length / 1e6).toFixed(1)} MB, ${mem()}`);
const shop = await printShopPdf(deck);
console.log(`waaier-drukker.pdf: ${lap().toFixed(0)} ms, ${(shop.length / 1e6).toFixed(1)} MB, ${mem()}`);
