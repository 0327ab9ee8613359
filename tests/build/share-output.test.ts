/**
 * What a messenger, a search engine and a reuser get from the built site: link previews and their
 * meta tags, JSON-LD, the sitemap and the open data, checked against the pages the build wrote.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/sites.ts';
import type { OpenData } from '../../src/share/open-data.ts';
import { formatEuro } from '../../src/model/price.ts';

const euroText = (cents: number) => (cents === 0 ? 'Gratis' : formatEuro(cents));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, ext);
    return name.endsWith(ext) ? [full] : [];
  });
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function meta(html: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags[key] = decode(content);
  }
  return tags;
}

function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), file).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const built = (Object.keys(SITES) as (keyof typeof SITES)[]).filter((name) => existsSync(SITES[name].out));

describe.each(built)('sharing on the %s site', (name) => {
  const out = SITES[name].out;
  const data = JSON.parse(readFileSync(path.join(out, 'aanbod.json'), 'utf8')) as OpenData;
  const base = data.site.url;
  const pages = files(out, '.html').filter((f) => path.basename(f) !== '404.html' && !f.includes(`${path.sep}pagefind${path.sep}`) && !f.startsWith(path.join(out, 'admin', path.sep)));
  const route = (file: string) => `/${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
  const offerDirs = readdirSync(path.join(out, 'aanbod')).filter((d) => existsSync(path.join(out, 'aanbod', d, 'index.html')));
  const offerPage = (id: string) => readFileSync(path.join(out, 'aanbod', id, 'index.html'), 'utf8');

  it('has a 1200 x 630 preview image for every published offer, and one for the site', () => {
    expect(offerDirs.length).toBeGreaterThan(0);
    for (const id of offerDirs) expect(pngSize(path.join(out, 'og', `${id}.png`)), id).toEqual([1200, 630]);
    expect(pngSize(path.join(out, 'og', 'site.png'))).toEqual([1200, 630]);
  });

  it('gives every page the link-preview tags, with an image that exists', () => {
    for (const file of pages) {
      const tags = meta(readFileSync(file, 'utf8'));
      const where = route(file);
      expect(tags['og:title'], where).toBeTruthy();
      expect(tags['og:description'], where).toBeTruthy();
      expect(tags['og:url'], where).toBe(`${base}${where}`);
      expect(tags['og:locale'], where).toBe('nl_BE');
      expect(tags['og:site_name'], where).toBe(data.site.title);
      expect(tags['og:image:width']).toBe('1200');
      expect(tags['og:image:height']).toBe('630');
      expect(tags['og:image:alt'], where).toBeTruthy();
      expect(tags['twitter:card']).toBe('summary_large_image');
      expect(tags['og:image']!.startsWith(`${base}/og/`), where).toBe(true);
      expect(existsSync(path.join(out, tags['og:image']!.slice(base.length))), tags['og:image']).toBe(true);
    }
  });

  it('shows its own preview on each offer page, and plain share links', () => {
    for (const id of offerDirs) {
      const html = offerPage(id);
      expect(meta(html)['og:image'], id).toBe(`${base}/og/${id}.png`);
      expect(html, id).toContain(`href="https://wa.me/?text=`);
      expect(html, id).toContain(`href="mailto:?subject=`);
      expect(html, id).toContain(encodeURIComponent(`${base}/aanbod/${id}/`));
    }
  });

  it('has JSON-LD on each offer page that matches the offer', () => {
    for (const offer of data.offers) {
      const scripts = [...offerPage(offer.id).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      expect(scripts, offer.id).toHaveLength(1);
      const ld = JSON.parse(scripts[0]![1]!);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Event');
      expect(ld.name).toBe(offer.title);
      expect(ld.url).toBe(offer.url);
      expect(ld.offers.map((o: { price: string; priceCurrency: string }) => [Math.round(Number(o.price) * 100), o.priceCurrency]))
        .toEqual([offer.price.normal, ...offer.price.discounts.map((d) => d.amount)].map((cents) => [cents, 'EUR']));
      expect(ld.offers.every((o: { name?: string }) => o.name), offer.id).toBe(true);
      expect(ld.isAccessibleForFree === true).toBe(offer.price.free);
      expect(ld.audience['@type']).toBe('PeopleAudience');
      if (offer.age?.from != null) expect(ld.audience.suggestedMinAge).toBe(offer.age.from);
      if (offer.age?.to != null) expect(ld.audience.suggestedMaxAge).toBe(offer.age.to);
      expect(ld.organizer['@type']).toBe('Organization');
      if (offer.place?.address) expect(ld.location.address['@type']).toBe('PostalAddress');
      if (offer.schedule?.slots.length) {
        expect(ld.eventSchedule.flatMap((s: { byDay: string[] }) => s.byDay)).toHaveLength(offer.schedule.slots.length);
      }
    }
  });

  it('lists every built page in the sitemap, and nothing else', () => {
    const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!));
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(pages.map((f) => `${base}${route(f)}`).sort());
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${base}/sitemap.xml`);
  });

  it('exports exactly the published offers with the prices their pages show', () => {
    expect(data).toMatchObject({ format: 'vrijetijdswaaier-aanbod', version: 1 });
    expect(data.offers.map((o) => o.id).sort()).toEqual([...offerDirs].sort());
    for (const offer of data.offers) {
      const html = decode(offerPage(offer.id));
      expect(html, offer.id).toContain(offer.price.text);
      expect(offer.price.text.startsWith(euroText(offer.price.normal)), offer.id).toBe(true);
      for (const d of offer.price.discounts) {
        expect(html, offer.id).toContain(d.text);
        expect(d.text.startsWith(`${euroText(d.amount)} met `), offer.id).toBe(true);
      }
      for (const r of offer.price.refunds) {
        expect(html, offer.id).toContain(r.text);
        expect(r.text, offer.id).toMatch(/^Met .+ krijg je .+ terug\.$/);
      }
    }
    const csv = readFileSync(path.join(out, 'aanbod.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(data.offers.length + 1);
    expect(rows.slice(1).map((r) => r.split(';')[0]!.slice(1, -1))).toEqual(data.offers.map((o) => o.id));
  });
});

describe.runIf(built.includes('sample'))('the sample site', () => {
  it('leaves the expired trip out of the open data', () => {
    const data = JSON.parse(readFileSync(path.join(SITES.sample.out, 'aanbod.json'), 'utf8')) as OpenData;
    expect(data.offers.map((o) => o.id)).not.toContain('uitstap-pairi-daiza');
    expect(data.offers.find((o) => o.id === 'zwemmen-dilkom')!.price).toMatchObject({ normal: 450, discounts: [{ scheme: 'participatiepas', amount: 90 }, { scheme: 'uitpas-kansentarief', amount: 90 }] });
  });
});
