/** Measures the fan on the sample content: npx node src/fan/bench.ts /tmp/fanout (writes the PDFs there). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { checkContent } from '../source/read-content.ts';
import { layOutDeck, officePdf, printShopPdf, singleCardPdf, fanOffers } from './index.ts';
const dir = process.argv[2] ?? '/tmp/fanout';
const site = checkContent(process.env['CONTENT_DIR'] ?? 'content', { buildDate: '2026-11-26' }).site!;
const t0 = performance.now();
const deck = await layOutDeck(site);
const t1 = performance.now();
mkdirSync(`${dir}/kaart`, { recursive: true });
const shop = await printShopPdf(deck); writeFileSync(`${dir}/waaier-drukker.pdf`, shop);
const t2 = performance.now();
const office = await officePdf(deck); writeFileSync(`${dir}/waaier.pdf`, office);
const t3 = performance.now();
let single = 0;
const offers = fanOffers(site);
for (const d of offers) { const b = await singleCardPdf(deck, d.offer.id, { subset: true }); single += b.length; writeFileSync(`${dir}/kaart/${d.offer.id}.pdf`, b); }
const t4 = performance.now();
const n = deck.cards.length;
console.log(`${n} cards (${offers.length} offers): layout ${((t1 - t0) / n).toFixed(1)} ms/card; drukker ${((t2 - t1) / n).toFixed(1)} ms/card, ${Math.round(shop.length / n)} B/card; waaier ${((t3 - t2) / n).toFixed(1)} ms/card, ${Math.round(office.length / n)} B/card; single ${((t4 - t3) / offers.length).toFixed(1)} ms/card, ${Math.round(single / offers.length)} B/card`);
