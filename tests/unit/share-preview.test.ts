import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { offerPreview, offerPreviewAlt, previewPrices, sitePreview } from '../../src/share/preview.ts';
import { cachedPng, cacheKey } from '../../src/share/render.ts';
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

  it('is drawn again when anything it shows changes', () => {
    const cheaper = { ...swim, price: { ...swim.price, normal: 400 } };
    expect(cacheKey(offerPreview(site, cheaper))).not.toBe(cacheKey(offerPreview(site, swim)));
    expect(cacheKey(sitePreview(site))).not.toBe(cacheKey(offerPreview(site, swim)));
  });
});
