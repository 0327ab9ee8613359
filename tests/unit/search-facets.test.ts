import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { describeOffer } from '../../src/model/describe.ts';
import { filterGroups, offerFacets } from '../../src/search/facets.ts';
import { searchMeta } from '../../src/search/meta.ts';
import type { Offer, Site } from '../../src/model/types.ts';

const site: Site = checkContent('content', { buildDate: '2026-11-26' }).site!;
const offer = (id: string): Offer => site.offers.find((o) => o.id === id)!;
const withChanges = (id: string, changes: Partial<Offer>): Offer => ({ ...structuredClone(offer(id)), ...changes });

describe('filter values of an offer', () => {
  test('the swimming pool: category, discount, every audience, its weekdays, wheelchair', () => {
    expect(offerFacets(site, offer('zwemmen-dilkom'))).toEqual({
      categorie: ['Sport'],
      prijs: ['Met korting'],
      doelgroep: ['Kinderen', 'Jongeren', 'Volwassenen', 'Senioren', 'Gezinnen'],
      dag: ['Maandag', 'Woensdag', 'Zaterdag', 'Zondag'],
      rolstoel: ['Je kan binnen'],
    });
  });

  test('free, free only with a pass, and paying without discount', () => {
    const price = (normal: number, discounts: Offer['price']['discounts']) => ({ price: { normal, discounts } });
    expect(offerFacets(site, withChanges('zwemmen-dilkom', price(0, []))).prijs).toEqual(['Gratis']);
    expect(offerFacets(site, withChanges('zwemmen-dilkom', price(500, [{ schemeId: 'participatiepas', kind: 'price', amount: 0 }]))).prijs).toEqual(['Gratis', 'Met korting']);
    expect(offerFacets(site, withChanges('zwemmen-dilkom', price(500, []))).prijs).toEqual([]);
  });

  test('an offer for some audiences only lists those; days come in week order, once', () => {
    const facets = offerFacets(site, withChanges('zwemmen-dilkom', {
      audiences: ['senioren', 'kinderen'],
      schedule: { slots: [{ day: 'zondag', from: 600, to: 660 }, { day: 'dinsdag', from: 600, to: 660 }, { day: 'zondag', from: 800, to: 860 }] },
      place: { wheelchair: 'deels' },
    }));
    expect(facets.doelgroep).toEqual(['Kinderen', 'Senioren']);
    expect(facets.dag).toEqual(['Dinsdag', 'Zondag']);
    expect(facets.rolstoel).toEqual(['Je kan deels binnen']);
  });
});

describe('checkboxes on the search page', () => {
  test('every value an offer carries has its checkbox (except "cannot enter")', () => {
    const offered = new Map(filterGroups(site).map((g) => [g.key, g.options.map((o) => o.value)]));
    for (const o of site.offers) {
      for (const [key, values] of Object.entries(offerFacets(site, o))) {
        for (const value of values) {
          if (value === 'Je kan niet binnen') continue;
          expect(offered.get(key as never), `${o.id} ${key}=${value}`).toContain(value);
        }
      }
    }
  });
  test('no checkbox that finds nothing', () => {
    const used = new Set(site.offers.flatMap((o) => Object.values(offerFacets(site, o)).flat()));
    for (const group of filterGroups(site)) for (const option of group.options) expect(used, option.value).toContain(option.value);
  });
});

describe('what a result shows', () => {
  test('title, summary, every price line and the category, from the offer description', () => {
    const meta = searchMeta(describeOffer(site, offer('zwemmen-dilkom')));
    expect(meta.title).toBe('Baantjes trekken en vrij zwemmen in Dilkom');
    expect(meta.prijs).toMatch(/^€\u00a04,50 per beurt · €\u00a00,90 met participatiepas · €\u00a00,90 met /);
    expect(meta.categorie).toBe('Sport');
    expect(meta.kleur).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
