/**
 * How long the offers' link previews take to draw, without the cache, and how large they are:
 *   BUILD_DATE=2026-11-26 node scripts/dev/preview-speed.ts [<rounds>]
 * The layout (to SVG) and resvg (SVG to PNG) are timed apart, to know which one to speed up.
 * A measurement, not a test; the build's own figures come from `npm run bench`.
 */
import { checkContent } from '../../src/source/read-content.ts';
import { offerPreview } from '../../src/share/preview.ts';
import { drawSvg, rasterise } from '../../src/share/render.ts';
import { readCommandLine } from '../lib/args.ts';

const { positionals } = readCommandLine({
  usage: 'node scripts/dev/preview-speed.ts [<rounds>]',
  language: 'en',
  options: {},
  positionals: ['rounds'],
  notes: ['<rounds> times every preview is drawn (default 3); the first round warms up and is not counted.'],
});
const rounds = Number(positionals[0] ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`<rounds> is a whole number, like 3, not ${JSON.stringify(positionals[0])}.`);
  process.exit(2);
}
const site = checkContent().site;
if (!site) {
  console.error('The content has errors: run npm run check.');
  process.exit(1);
}

let layout = 0;
let raster = 0;
let bytes = 0;
let count = 0;
for (let round = 0; round < rounds; round++) {
  for (const offer of site.offers) {
    const a = performance.now();
    const svg = await drawSvg(offerPreview(site, offer));
    const b = performance.now();
    const png = await rasterise(svg);
    const c = performance.now();
    // The first round warms up the font caches and the JIT; count the rest.
    if (round > 0 || rounds === 1) {
      layout += b - a;
      raster += c - b;
      bytes += png.length;
      count += 1;
    }
  }
}
const ms = (total: number) => (total / count).toFixed(1);
console.log(`${count} previews: ${ms(layout + raster)} ms each (layout ${ms(layout)} ms, resvg ${ms(raster)} ms), ${(bytes / count / 1024).toFixed(1)} KiB each`);
console.log(`5,000 offers, cold cache, one core: about ${(((layout + raster) / count) * 5000 / 1000).toFixed(0)} s`);
