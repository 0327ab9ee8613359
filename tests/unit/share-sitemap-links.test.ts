import { describe, expect, it } from 'vitest';
import { robotsTxt, sitePages, sitemapXml } from '../../src/share/sitemap.ts';
import { routesFor } from '../../src/routes.ts';
import { emailLink, whatsappLink } from '../../src/share/links.ts';
import { splitAddress } from '../../src/share/address.ts';
import { site, swim } from './share-fixture.ts';

describe('sitemap', () => {
  it('lists every kind of page once, offers with the day they were checked', () => {
    const paths = sitePages(site).map((e) => e.path);
    expect(paths).toEqual(['/', '/categorie/sport/', '/aanbod/zwemmen/', '/aanbod/wandelen/', '/gratis/', '/a-z/', '/korting/pas/', '/korting/uitpas/', '/partner/sportdienst/', '/over-ons/', '/zoeken/', '/nieuw/', '/op-maat/']);
    expect(sitePages(site).find((e) => e.path === '/aanbod/zwemmen/')!.lastmod).toBe('2026-10-01');
  });

  it('writes absolute, escaped addresses on the site url', () => {
    const xml = sitemapXml(routesFor({ url: 'https://waaier.example.be' }), [{ path: '/' }, { path: '/a&b/', lastmod: '2026-01-02' }]);
    expect(xml).toContain('<loc>https://waaier.example.be/</loc>');
    expect(xml).toContain('<loc>https://waaier.example.be/a&amp;b/</loc><lastmod>2026-01-02</lastmod>');
  });

  it('is named in robots.txt', () => {
    expect(robotsTxt(routesFor({ url: 'https://waaier.example.be' }))).toContain('Sitemap: https://waaier.example.be/sitemap.xml');
  });
});

describe('share links', () => {
  it('fills in WhatsApp with the title and the page', () => {
    const url = new URL(whatsappLink(site, swim));
    expect(url.origin).toBe('https://wa.me');
    expect(url.searchParams.get('text')).toBe('Zwemmen <voor> "iedereen"\nhttps://waaier.example.be/aanbod/zwemmen/');
  });

  it('fills in an e-mail with %20 for spaces, which every mail app reads', () => {
    const link = emailLink(site, swim);
    expect(link).toMatch(/^mailto:\?subject=Zwemmen%20%3Cvoor%3E/);
    expect(link).not.toContain('+');
    expect(decodeURIComponent(link.split('body=')[1]!)).toContain('https://waaier.example.be/aanbod/zwemmen/');
  });
});

describe('splitAddress', () => {
  it('splits street, postal code and place, and assumes the municipality when they are missing', () => {
    expect(splitAddress('Pastorijstraat 8, 1703 Schepdaal', 'Dilbeek')).toEqual({ street: 'Pastorijstraat 8', postalCode: '1703', locality: 'Schepdaal' });
    expect(splitAddress('Gemeenteplein 1', 'Dilbeek')).toEqual({ street: 'Gemeenteplein 1', locality: 'Dilbeek' });
  });
});
