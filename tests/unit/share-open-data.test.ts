import { describe, expect, it } from 'vitest';
import { openData, OPEN_DATA_VERSION } from '../../src/share/open-data.ts';
import { csvCell, euroCell, openDataCsv } from '../../src/share/csv.ts';
import { site } from './share-fixture.ts';

describe('aanbod.json', () => {
  const data = openData(site);

  it('says which format and version it is, and when it was built', () => {
    expect(data).toMatchObject({ format: 'vrijetijdswaaier-aanbod', version: OPEN_DATA_VERSION, generated: '2026-11-26' });
  });

  it('lists every published offer with its prices in cents and as text', () => {
    expect(data.offers.map((o) => o.id)).toEqual(['zwemmen', 'wandelen']);
    expect(data.offers[0]!.price).toEqual({
      normal: 450, unit: 'beurt', unitText: 'per beurt', text: '€\u00a04,50 per beurt', free: false, freeWithDiscount: false, note: null,
      discounts: [
        { scheme: 'pas', amount: 90, text: '€\u00a00,90 met participatiepas' },
        { scheme: 'uitpas', amount: 50, text: '€\u00a00,50 met UiTPAS kansentarief' },
      ],
      refunds: [],
      summary: '€\u00a04,50 per beurt · €\u00a00,90 met participatiepas · €\u00a00,50 met UiTPAS kansentarief',
    });
    expect(data.offers[1]!.price).toMatchObject({ normal: 0, free: true, discounts: [] });
  });

  it('has the same keys for every offer, with null where the partner wrote nothing', () => {
    const [full, bare] = data.offers;
    expect(Object.keys(bare!)).toEqual(Object.keys(full!));
    expect(bare).toMatchObject({ schedule: null, age: null, signUp: null, validUntil: null });
    expect(data.offers[0]!.schedule!.slots[0]).toEqual({ day: 'woensdag', from: '14:00', to: '16:00', text: 'woensdag van 14.00 tot 16.00 uur' });
    expect(data.offers[0]!.place).toMatchObject({ street: 'Kerkstraat 12', postalCode: '1700', locality: 'Dilbeek' });
  });

  it('takes the partner\'s contact when the offer has none, and says so', () => {
    expect(data.offers[1]!.contact).toEqual({ phone: '02 451 68 50', phoneInternational: '+3224516850', email: null, website: 'https://sport.example.be', fromPartner: true });
    expect(data.offers[0]!.contact).toMatchObject({ email: 'zwem@example.be', fromPartner: false });
  });
});

describe('aanbod.csv', () => {
  const csv = openDataCsv(site);
  const rows = csv.slice(1).trimEnd().split('\r\n').map((r) => r.split(';'));

  it('starts with a byte order mark so that Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has a header and one row per offer, with a price column per discount scheme', () => {
    expect(rows).toHaveLength(3);
    const header = rows[0]!.map((h) => h.slice(1, -1));
    const swim = rows[1]!.map((c) => c.slice(1, -1));
    const cell = (name: string) => swim[header.indexOf(name)];
    expect(cell('titel')).toBe('Zwemmen <voor> ""iedereen""');
    expect(cell('prijs (euro)')).toBe('4,50');
    expect(cell('prijs met Participatiepas (euro)')).toBe('0,90');
    expect(cell('prijs met UiTPAS kansentarief (euro)')).toBe('0,50');
    expect(cell('gratis')).toBe('nee');
  });

  it('quotes cells and defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('""');
    expect(euroCell(1250)).toBe('12,50');
  });
});
