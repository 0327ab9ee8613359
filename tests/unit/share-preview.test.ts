import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { offerPreview, offerPreviewAlt, previewPrices, sitePreview } from '../../src/share/preview.ts';
import { cachedPng, cacheKey } from '../../src/share/render.ts';
import { flow } from '../../src/fan/flow.ts';
import type { Paint } from '../../src/fan/svg.ts';
import sharp from 'sharp';
import { site, swim, walk } from './share-fixture.ts';

const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (!node || typeof node !== 'object') return [];
  const children = (node as { props?: { children?: unknown } }).props?.children;
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
};

describe('offer preview', () => {
  it('shows the category, the title, the normal and the cheapest price and the site', () => {
    expect(texts(offerPreview(site, swim))).toEqual(['Sport', swim.title, '€\u00a04,50 per beurt', '€\u00a00,50 met UiTPAS kansentarief', 'Vrijetijdswaaier Testgem', 'waaier.example.be']);
    expect(texts(offerPreview(site, walk))).toContain('Gratis');
  });

  it('says in words what it shows', () => {
    expect(offerPreviewAlt(site, swim)).toBe(`Sport: ${swim.title}. €\u00a04,50 per beurt, €\u00a00,50 met UiTPAS kansentarief. Vrijetijdswaaier Testgem.`);
  });

  it('keeps only the cheapest discount', () => {
    const line = (amount: number, schemeId?: string) => ({ text: String(amount), kind: schemeId ? 'discount' as const : 'normal' as const, amount, schemeId });
    expect(previewPrices([line(500), line(100, 'a'), line(100, 'b'), line(300, 'c')])).toEqual([line(500), line(100, 'a')]);
  });
});

type TextPaint = Extract<Paint, { kind: 'text' }>;
const laidOut = (offer: typeof swim) => flow(offerPreview(site, offer), 1200).paints.filter((p): p is TextPaint => p.kind === 'text');

describe('preview layout', () => {
  it('ends a title too long for three lines with an ellipsis, and keeps the prices and the footer inside the image', () => {
    const title = 'Een heel lange titel over baantjes trekken en vrij zwemmen in het zwembad voor iedereen die graag zwemt in de vakantie en daarna nog veel meer woorden';
    const lines = laidOut({ ...swim, title }).filter((p) => p.size === 54);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.text).toMatch(/\S…$/);
    expect(title.startsWith(lines.map((l) => l.text).join(' ').slice(0, -1))).toBe(true);
    for (const p of laidOut({ ...swim, title })) {
      expect(p.x + p.width).toBeLessThanOrEqual(1200 - 64 + 0.01);
      expect(p.y).toBeLessThan(630);
    }
  });

  it('balances a two-line title and puts the normal and the cheapest price on one baseline', () => {
    const lines = laidOut({ ...swim, title: 'Baantjes trekken en vrij zwemmen in Dilkom' }).filter((p) => p.size === 64);
    expect(lines).toHaveLength(2);
    expect(Math.abs(lines[0]!.width - lines[1]!.width)).toBeLessThan(200);
    const [price, discount] = laidOut(swim).filter((p) => p.text.startsWith('€'));
    expect(price!.y).toBeCloseTo(discount!.y, 5);
    expect(discount!.x).toBeGreaterThan(price!.x + price!.width);
  });
});

describe('preview PNG', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vtw-og-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a 1200 x 630 PNG, drawn once and then read from the cache', async () => {
    const first = await cachedPng(offerPreview(site, swim), dir);
    expect(first.fromCache).toBe(false);
    const png = Buffer.from(first.png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const again = await cachedPng(offerPreview(site, swim), dir);
    expect(again.fromCache).toBe(true);
    expect(Buffer.from(again.png).equals(png)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${cacheKey(offerPreview(site, swim))}.png`]);
  });

  it('shows the band in the category colour and dark letters on paper below it', async () => {
    const { png } = await cachedPng(offerPreview(site, swim), dir);
    const { data, info } = await sharp(Buffer.from(png)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const hex = site.categories.find((c) => c.id === swim.categoryId)!.colour;
    expect(at(1190, 10)).toEqual([1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    expect(at(1190, 300)).toEqual([255, 255, 255]);
    // The title's letters: dark pixels in its band of the image, none in the empty right margin.
    let dark = 0;
    for (let y = 200; y < 300; y++) for (let x = 64; x < 1136; x++) if (at(x, y)[0]! < 80) dark++;
    expect(dark).toBeGreaterThan(3000);
  });

  it('is drawn again when anything it shows changes', () => {
    const cheaper = { ...swim, price: { ...swim.price, normal: 400 } };
    expect(cacheKey(offerPreview(site, cheaper))).not.toBe(cacheKey(offerPreview(site, swim)));
    expect(cacheKey(sitePreview(site))).not.toBe(cacheKey(offerPreview(site, swim)));
  });
});
