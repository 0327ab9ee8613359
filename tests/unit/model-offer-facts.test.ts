import { describe, expect, test } from 'vitest';
import {
  compareOffers, contactFor, freshness, isOnFan, audienceText, normalPriceText, priceLines, priceSummary, scheduleLines, seasonText, slotText, staleFrom, withArticle,
} from '../../src/model/offer-facts.ts';
import { staleOffersByPartner } from '../../src/model/to-do.ts';
import { parseDate, parseTime, parseWeekday } from '../../src/model/calendar.ts';
import type { DiscountScheme, Offer, Partner, Site, SiteSettings, Slot } from '../../src/model/types.ts';

const settings: SiteSettings = {
  title: 'Vrijetijdswaaier Testdorp', municipality: 'Testdorp', url: 'https://waaier.example.be', edition: '2026-2027',
  contact: { name: 'Welzijnsloket' }, staleAfterMonths: 12, card: { widthMm: 50, heightMm: 190 },
};

function makeOffer(changes: Partial<Offer> = {}): Offer {
  return {
    id: 'zwemmen', source: 'aanbod/zwemmen.md', title: 'Zwemmen', summary: 'Zwem mee.', categoryId: 'sport', partnerId: 'sportdienst',
    audiences: ['iedereen'], price: { normal: 450, unit: 'beurt', discounts: [{ schemeId: 'participatiepas', kind: 'price', amount: 90 }] },
    thresholds: [], languages: [], keywords: [], checked: '2025-10-01', wantsFan: true, body: '', ...changes,
  };
}

const partner: Partner = { id: 'sportdienst', source: 'partners/sportdienst.md', name: 'Sportdienst', phone: { display: '02 123 45 67', href: '+3221234567' }, body: '' };
const schemes: DiscountScheme[] = [{ id: 'participatiepas', source: 'kortingen/participatiepas.md', name: 'Participatiepas', short: '', body: '' }];

describe('what you pay', () => {
  test('normal price with its unit, then each discount in running text', () => {
    expect(priceLines(makeOffer(), schemes).map((l) => l.text)).toEqual(['€\u00a04,50 per beurt', '€\u00a00,90 met participatiepas']);
  });
  test('free is "Gratis" and has no discount lines', () => {
    expect(priceLines(makeOffer({ price: { normal: 0, discounts: [] } }), schemes).map((l) => l.text)).toEqual(['Gratis']);
    expect(normalPriceText(makeOffer({ price: { normal: 0, unit: 'beurt', discounts: [] } }))).toBe('Gratis');
  });
  test('free with a discount', () => {
    const offer = makeOffer({ price: { normal: 1200, discounts: [{ schemeId: 'participatiepas', kind: 'price', amount: 0 }] } });
    expect(priceLines(offer, schemes).map((l) => l.text)).toEqual(['€\u00a012', 'Gratis met participatiepas']);
  });
});

describe('when', () => {
  test('a weekly slot as Flemish text', () => {
    expect(slotText({ day: 'woensdag', from: parseTime('14:00')!, to: parseTime('16:00')! })).toBe('woensdag van 14.00 tot 16.00 uur');
    expect(slotText({ day: parseWeekday('za')!, from: parseTime('9:30')!, to: parseTime('12:00')! })).toBe('zaterdag van 9.30 tot 12.00 uur');
  });
  test('a season, with the year once when it is the same', () => {
    expect(seasonText({ from: '2026-09-01', to: '2027-06-30' })).toBe('van 1 september 2026 tot 30 juni 2027');
    expect(seasonText({ from: '2026-07-01', to: '2026-08-31' })).toBe('van 1 juli tot 31 augustus 2026');
    expect(seasonText({ from: '2026-09-01' })).toBe('vanaf 1 september 2026');
    expect(seasonText({ to: '2027-06-30' })).toBe('tot 30 juni 2027');
  });
  test('times as people in Flanders write them (content format 1.1)', () => {
    for (const written of ['14:00', '14.00', '14u', '14U', '14u00', '14h', '14 uur', '14.00 uur', '14', 14, 14.0]) {
      expect(parseTime(written), String(written)).toBe(14 * 60);
    }
    expect(parseTime('14u30')).toBe(14 * 60 + 30);
    expect(parseTime('14h30')).toBe(14 * 60 + 30);
    expect(parseTime(14.3)).toBe(14 * 60 + 30); // YAML reads an unquoted 14.30 as the number 14.3
    expect(parseTime(9.05)).toBe(9 * 60 + 5);
    expect(parseTime('9.5')).toBeUndefined();
  });
  test('dates in the Belgian order (content format 1.1)', () => {
    expect(parseDate('30/11/2026')).toBe('2026-11-30');
    expect(parseDate('30-11-2026')).toBe('2026-11-30');
    expect(parseDate('1/9/2026')).toBe('2026-09-01');
    expect(parseDate('2026-11-30')).toBe('2026-11-30');
    expect(parseDate('31/11/2026')).toBeUndefined();
    expect(parseDate('30/11/26')).toBeUndefined();
    expect(parseDate('30/11-2026')).toBeUndefined();
  });
  test('times and days that do not exist', () => {
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('14.75')).toBeUndefined();
    expect(parseTime('14u 30 min')).toBeUndefined();
    expect(parseTime('veertien uur')).toBeUndefined();
    expect(parseTime(24)).toBeUndefined();
    expect(parseWeekday('woensdg')).toBeUndefined();
    expect(parseWeekday('Vr.')).toBe('vrijdag');
  });
});

describe('contact', () => {
  test("the offer's own contact comes first, completed with the partner's channels it lacks", () => {
    const own = { email: 'zwemmen@example.be' };
    expect(contactFor(makeOffer({ contact: own }), partner)).toEqual({ email: 'zwemmen@example.be', phone: partner.phone });
  });
  test("otherwise the partner's", () => {
    expect(contactFor(makeOffer(), partner)).toEqual({ phone: partner.phone, email: undefined, website: undefined });
    expect(contactFor(makeOffer({ contact: {} }), partner)?.phone?.display).toBe('02 123 45 67');
  });
  test('nobody when neither has one', () => {
    expect(contactFor(makeOffer(), { ...partner, phone: undefined })).toBeUndefined();
  });
});

describe('freshness around the build date', () => {
  // Checked on 2025-10-01 with a 12-month limit: still fresh on 2026-10-01, stale from 2026-10-02.
  test('the last fresh day and the first stale day', () => {
    const offer = makeOffer({ checked: '2025-10-01' });
    expect(staleFrom(offer, settings)).toBe('2026-10-02');
    expect(freshness(offer, settings, '2026-10-01')).toBe('fresh');
    expect(freshness(offer, settings, '2026-10-02')).toBe('stale');
    expect(isOnFan(offer, settings, '2026-10-01')).toBe(true);
    expect(isOnFan(offer, settings, '2026-10-02')).toBe(false);
  });
  test('a shorter limit from site.yaml', () => {
    expect(freshness(makeOffer({ checked: '2026-05-26' }), { ...settings, staleAfterMonths: 6 }, '2026-11-27')).toBe('stale');
    expect(freshness(makeOffer({ checked: '2026-05-26' }), { ...settings, staleAfterMonths: 6 }, '2026-11-26')).toBe('fresh');
  });
  test('geldig_tot today is still published, yesterday is not', () => {
    expect(freshness(makeOffer({ checked: '2026-10-01', validUntil: '2026-11-26' }), settings, '2026-11-26')).toBe('fresh');
    expect(freshness(makeOffer({ checked: '2026-10-01', validUntil: '2026-11-25' }), settings, '2026-11-26')).toBe('expired');
  });
  test('waaier: false keeps a fresh offer off the fan', () => {
    expect(isOnFan(makeOffer({ checked: '2026-10-01', wantsFan: false }), settings, '2026-11-26')).toBe(false);
  });
});

describe('order', () => {
  test('volgorde first, then the title in Dutch order (case and accents do not count)', () => {
    const offers = [
      makeOffer({ id: 'z', title: 'Zwemmen' }),
      makeOffer({ id: 'e', title: 'Één dag zee' }),
      makeOffer({ id: 'a', title: 'atelier' }),
      makeOffer({ id: 'b', title: 'Bib', order: 2 }),
      makeOffer({ id: 'y', title: 'Yoga', order: 1 }),
      makeOffer({ id: 'd', title: 'Dansen 10' }),
      makeOffer({ id: 'c', title: 'Dansen 9' }),
    ];
    expect([...offers].sort(compareOffers).map((o) => o.title)).toEqual(['Yoga', 'Bib', 'atelier', 'Dansen 9', 'Dansen 10', 'Één dag zee', 'Zwemmen']);
  });
});

describe("the coordinator's to-do list", () => {
  test('lists offers that are stale or turn stale within a month, per partner', () => {
    const site: Site = {
      settings, buildDate: '2026-11-26', categories: [], schemes: [], pages: [], report: [], partners: [partner],
      offers: [
        makeOffer({ id: 'oud', title: 'Oud', checked: '2025-11-01' }),
        makeOffer({ id: 'bijna', title: 'Bijna', checked: '2025-12-20' }),
        makeOffer({ id: 'vers', title: 'Vers', checked: '2026-01-10' }),
      ],
    };
    const list = staleOffersByPartner(site);
    expect(list.map((p) => p.partner.id)).toEqual(['sportdienst']);
    expect(list[0]!.offers.map((s) => [s.offer.title, s.staleFrom, s.stale])).toEqual([
      ['Oud', '2026-11-02', true],
      ['Bijna', '2026-12-21', false],
    ]);
  });
});

describe('content format 1.1 wording', () => {
  test('any scheme name reads as Dutch with its article', () => {
    expect(withArticle('Participatiepas')).toBe('de participatiepas');
    expect(withArticle('UiTPAS')).toBe('de UiTPAS');
    expect(withArticle('UiTPAS kansentarief')).toBe('het UiTPAS kansentarief');
    expect(withArticle('Sociaal tarief')).toBe('het sociaal tarief');
    expect(withArticle('De Vrijetijdspas')).toBe('de Vrijetijdspas');
  });
  test('a refund is a sentence after the price, never a price line', () => {
    const offer = makeOffer({ price: { normal: 15000, unit: 'seizoen', discounts: [{ schemeId: 'participatiepas', kind: 'refund', refund: 12000 }] } });
    const lines = priceLines(offer, schemes);
    expect(lines.map((l) => [l.kind, l.text, l.amount])).toEqual([
      ['normal', '€\u00a0150 per seizoen', 15000],
      ['refund', 'Met de participatiepas krijg je €\u00a0120 terug.', undefined],
    ]);
    expect(priceSummary(lines)).toBe('€\u00a0150 per seizoen. Met de participatiepas krijg je €\u00a0120 terug.');
  });
  test('per persoon', () => {
    expect(normalPriceText(makeOffer({ price: { normal: 500, unit: 'persoon', discounts: [] } }))).toBe('€\u00a05 per persoon');
  });
});

describe('wording of when and who (issue 15)', () => {
  const slot = (day: Slot['day'], from: string, to: string): Slot => ({ day, from: parseTime(from)!, to: parseTime(to)! });
  test('weekdays in a row with the same hours share one line', () => {
    const week = (['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'] as const).map((d) => slot(d, '9.00', '12.00'));
    expect(scheduleLines(week)).toEqual(['maandag tot vrijdag van 9.00 tot 12.00 uur']);
    expect(scheduleLines([...week, slot('zondag', '9.00', '12.00'), slot('woensdag', '14.00', '16.00')])).toEqual([
      'maandag tot vrijdag en zondag van 9.00 tot 12.00 uur', 'woensdag van 14.00 tot 16.00 uur',
    ]);
    expect(scheduleLines([slot('zaterdag', '10.00', '17.00'), slot('zondag', '10.00', '17.00')])).toEqual(['zaterdag en zondag van 10.00 tot 17.00 uur']);
  });
  test('a one-day period reads "op zaterdag 12 december 2026", with its hours when it has them', () => {
    expect(seasonText({ from: '2026-12-12', to: '2026-12-12' })).toBe('op zaterdag 12 december 2026');
    expect(scheduleLines([slot('zaterdag', '14.00', '20.00')], { from: '2026-12-12', to: '2026-12-12' })).toEqual(['op zaterdag 12 december 2026 van 14.00 tot 20.00 uur']);
  });
  test('audiences in a sentence: one capital, then lower case', () => {
    expect(audienceText(makeOffer({ audiences: ['kinderen', 'jongeren'], age: { from: 6, to: 17 } }))).toBe('Kinderen en jongeren (6 tot 17 jaar)');
    expect(audienceText(makeOffer({ audiences: ['volwassenen', 'senioren', 'gezinnen'] }))).toBe('Volwassenen, senioren en gezinnen');
  });
});
