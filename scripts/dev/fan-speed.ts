/**
 * How long the printed fan takes, per card, without the cache: layout, the printer's PDF, the
 * office PDF and the single-card PDFs (`node scripts/dev/fan-speed.ts [<dir>]`, default
 * /tmp/fanout, where the PDFs are written). CONTENT_DIR picks the content (default content/).
 * A measurement, not a test; the build's own figures come from `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, contentDirectory } from '../../src/source/read-content.ts';
import { fanOffers, layOutDeck, officePdf, printShopPdf, singleCardPdf } from '../../src/fan/index.ts';
import { readCommandLine } from '../lib/args.ts';

const { positionals } = readCommandLine({
  usage: 'node scripts/dev/fan-speed.ts [<dir>]',
  language: 'en',
  options: {},
  positionals: ['dir'],
  notes: ['<dir> receives the PDFs (default /tmp/fanout).'],
});
const dir = path.resolve(positionals[0] ?? '/tmp/fanout');
const site = checkContent(contentDirectory(), { buildDate: '2026-11-26' }).site;
if (!site) {
  console.error('The content has errors: run npm run check.');
  process.exit(1);
}

const t0 = performance.now();
const deck = await layOutDeck(site);
const t1 = performance.now();
mkdirSync(path.join(dir, 'kaart'), { recursive: true });
const shop = await printShopPdf(deck);
writeFileSync(path.join(dir, 'waaier-drukker.pdf'), shop);
const t2 = performance.now();
const office = await officePdf(deck);
writeFileSync(path.join(dir, 'waaier.pdf'), office);
const t3 = performance.now();
let single = 0;
const offers = fanOffers(site);
for (const { offer } of offers) {
  const pdf = await singleCardPdf(deck, offer.id, { subset: true });
  single += pdf.length;
  writeFileSync(path.join(dir, 'kaart', `${offer.id}.pdf`), pdf);
}
const t4 = performance.now();

const n = deck.cards.length;
const perCard = (ms: number, count = n) => `${(ms / count).toFixed(1)} ms/card`;
const bytesPerCard = (bytes: number, count = n) => `${Math.round(bytes / count)} B/card`;
console.log(
  `${n} cards (${offers.length} offers): layout ${perCard(t1 - t0)}; ` +
    `drukker ${perCard(t2 - t1)}, ${bytesPerCard(shop.length)}; ` +
    `waaier ${perCard(t3 - t2)}, ${bytesPerCard(office.length)}; ` +
    `single ${perCard(t4 - t3, offers.length)}, ${bytesPerCard(single, offers.length)}`,
);
