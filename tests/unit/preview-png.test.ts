/**
 * The link previews' PNG writer (src/share/png.ts): lossless, one palette entry per colour, and
 * RGBA (by sharp) for an image with more colours than a palette holds; previews drawn in strips
 * (src/share/render.ts) look the same as previews drawn whole.
 */
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { palettePng } from '../../src/share/png.ts';
import { Resvg } from '@resvg/resvg-js';
import { drawSvg, rasterise, renderPng, stripCounts } from '../../src/share/render.ts';

/** width x height RGBA pixels from a function of the position. */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number, number]): Buffer {
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out.set(colour(x, y), 4 * (y * width + x));
  return out;
}

const decoded = async (png: Uint8Array) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

test('a few colours, repeated rows and a translucent pixel come back exactly, from a palette PNG', async () => {
  const band = [164, 36, 46, 255] as const;
  const pixels = image(40, 30, (x, y) => (y < 8 ? [...band] : x === 3 && y === 20 ? [10, 20, 30, 128] : x > 10 && x < 14 ? [29, 29, 27, 255] : [255, 255, 255, 255]));
  const png = palettePng(pixels, 40, 30)!;
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const meta = await sharp(png).metadata();
  expect([meta.width, meta.height]).toEqual([40, 30]);
  // Colour type 3 (palette) in IHDR: byte 25 of the file.
  expect(png[25]).toBe(3);
  const back = await decoded(png);
  expect(back.data.equals(pixels)).toBe(true);
});

test('more than 256 colours: no palette PNG, and rasterise writes RGBA instead', async () => {
  const pixels = image(300, 2, (x, y) => [x % 256, Math.floor(x / 256) * 50 + y, 7, 255]);
  expect(palettePng(pixels, 300, 2)).toBeUndefined();
  expect(() => palettePng(pixels, 300, 3)).toThrow(/RGBA pixels/);
  // Two gradients of up to 256 colours each, drawn by resvg: too many colours for a palette.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="2"><defs><linearGradient id="a"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient><linearGradient id="b"><stop offset="0" stop-color="#0f0"/><stop offset="1" stop-color="#fff"/></linearGradient></defs><rect width="600" height="1" fill="url(#a)"/><rect y="1" width="600" height="1" fill="url(#b)"/></svg>`;
  const png = await rasterise(svg);
  expect(png[25]).toBe(6); // RGBA
  expect((await sharp(png).metadata()).width).toBe(600);
});

test('previews drawn one after another, as a worker draws them, give their memory back', async () => {
  const { offerPreview } = await import('../../src/share/preview.ts');
  const { drawSvg } = await import('../../src/share/render.ts');
  const { checkContent } = await import('../../src/source/read-content.ts');
  const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
  const svgs = await Promise.all(site.offers.slice(0, 10).map((o) => drawSvg(offerPreview(site, o))));
  // Until V8 collects, some images wait for their finalizer: the memory settles after a few dozen.
  for (let i = 0; i < 50; i++) await rasterise(svgs[i % svgs.length]!);
  const settled = process.memoryUsage().rss;
  // Without a turn of the event loop after each image, every 3 MB image of resvg stayed: 100 more, over 600 MB.
  for (let i = 0; i < 100; i++) await rasterise(svgs[i % svgs.length]!);
  expect((process.memoryUsage().rss - settled) / 1e6).toBeLessThan(200);
});

test('every preview of the sample content, drawn in strips, is the preview drawn whole (up to anti-aliasing)', async () => {
  const { offerPreview, sitePreview } = await import('../../src/share/preview.ts');
  const { checkContent } = await import('../../src/source/read-content.ts');
  const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
  const trees = [sitePreview(site), ...site.offers.map((o) => offerPreview(site, o))];
  let bytes = 0;
  let differing = 0;
  for (const tree of trees) {
    const whole = new Resvg(await drawSvg(tree), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    const png = await renderPng(tree);
    const back = await decoded(png);
    expect([back.info.width, back.info.height]).toEqual([whole.width, whole.height]);
    const pixels = whole.pixels;
    let worst = 0;
    let where = '';
    for (let i = 0; i < pixels.length; i++) {
      const d = Math.abs(pixels[i]! - back.data[i]!);
      if (d > worst) [worst, where] = [d, `pixel ${Math.floor(i / 4) % whole.width}, ${Math.floor(i / 4 / whole.width)}`];
      if (d) differing++;
    }
    // A letter or pictogram cut at a strip's edge would leave whole pixels wrong (up to 255);
    // resvg rounding a shifted coordinate differently moves an edge pixel's shade a little.
    expect(worst, where).toBeLessThanOrEqual(32);
    bytes += pixels.length;
  }
  expect(differing / bytes).toBeLessThan(1e-4);
  // The offers' previews keep their palette; the site's (384 colours) is RGBA.
  expect((await renderPng(trees[1]!))[25]).toBe(3);
  expect((await renderPng(trees[0]!))[25]).toBe(6);
});

test('previews drawn in strips, one after another, give their memory back', async () => {
  const { offerPreview } = await import('../../src/share/preview.ts');
  const { checkContent } = await import('../../src/source/read-content.ts');
  const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
  const trees = site.offers.map((o) => offerPreview(site, o));
  for (let i = 0; i < 50; i++) await renderPng(trees[i % trees.length]!);
  const settled = process.memoryUsage().rss;
  for (let i = 0; i < 150; i++) await renderPng(trees[i % trees.length]!);
  expect((process.memoryUsage().rss - settled) / 1e6).toBeLessThan(200);
});

test('a second preview of the same category draws its own title but reuses the band and footer strips', async () => {
  const { offerPreview } = await import('../../src/share/preview.ts');
  const { checkContent } = await import('../../src/source/read-content.ts');
  const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
  const offer = site.offers[0]!;
  // Titles no other test drew: whatever this process drew before, the titles' strips are new.
  const unique = `${process.pid}-${Date.now()}`;
  const count = async (title: string) => {
    const before = stripCounts();
    await renderPng(offerPreview(site, { ...offer, title }));
    const after = stripCounts();
    return { drawn: after.drawn - before.drawn, reused: after.reused - before.reused };
  };
  const a = await count(`Zwemles ${unique}`);
  const b = await count(`Petanque ${unique}`);
  // Cut into strips at all: the band, the title, the prices and the footer at least.
  expect(a.drawn + a.reused).toBeGreaterThanOrEqual(4);
  expect(b.drawn).toBeGreaterThanOrEqual(1);
  // The band (pictogram and name) and the footer (rule, site name, address) come from the memo.
  expect(b.reused).toBeGreaterThanOrEqual(2);
});
