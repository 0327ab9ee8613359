/**
 * Prints the time and size of the offer previews, drawn without the cache:
 *   BUILD_DATE=2026-11-26 npx node src/share/measure-previews.ts [rounds]
 * Satori (layout to SVG) and resvg (SVG to PNG) are timed apart, to know which one to speed up.
 */
import { checkContent } from '../source/read-content.ts';
import { offerPreview } from './preview.ts';
import { drawSvg, rasterise } from './render.ts';

const rounds = Number(process.argv[2] ?? 3);
const site = checkContent().site;
if (!site) throw new Error('The content has errors: run npm run check.');
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
console.log(`${count} previews: ${ms(layout + raster)} ms each (satori ${ms(layout)} ms, resvg ${ms(raster)} ms), ${(bytes / count / 1024).toFixed(1)} KiB each`);
console.log(`5,000 offers, cold cache, one core: about ${((layout + raster) / count * 5000 / 1000).toFixed(0)} s`);
