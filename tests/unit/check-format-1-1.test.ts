/**
 * Content format 1.1 through checkContent: refunds (`terug`), `per: persoon`, `aanvragen` on a
 * discount scheme, and the forgiving notations. Each test pins the exact line a partner sees.
 */
import { describe, expect, test } from 'vitest';
import { check, lines, offer, SCHEME } from '../fixtures/check/site.ts';

const offerOf = (changes: Parameters<typeof check>[0]) => {
  const { result } = check(changes);
  return result.partialSite?.offers.find((o) => o.id === 'zwemmen');
};

describe('refunds: terug', () => {
  test('a refund is read as what you get back, not as a price', () => {
    const changes = { 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: 150\n  per: seizoen', 'prijs: 0,90', 'terug: 120') };
    expect(lines(changes)).toEqual([]);
    expect(offerOf(changes)?.price).toEqual({
      normal: 15000, unit: 'seizoen', note: undefined, discounts: [{ schemeId: 'participatiepas', kind: 'refund', refund: 12000 }],
    });
  });
  test('more back than the normal price', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('prijs: 0,90', 'terug: 5') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:10  prijs.kortingen[0].terug  € 5 terug is meer dan de gewone prijs (€ 4,50). Je krijgt hoogstens terug wat je betaald hebt.",
      ]
    `);
  });
  test('prijs and terug together, neither, or nothing back', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('prijs: 0,90', 'prijs: 0,90\n      terug: 1') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:9  prijs.kortingen[0]  heeft prijs en terug. Kies er één: prijs is wat je betaalt met de pas, terug is wat je achteraf terugkrijgt.",
      ]
    `);
    expect(lines({ 'aanbod/zwemmen.md': offer('      prijs: 0,90\n', '') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:9  prijs.kortingen[0]  heeft geen prijs en geen terug. Schrijf prijs: (wat je betaalt met de pas) of terug: (wat je achteraf terugkrijgt).",
      ]
    `);
    expect(lines({ 'aanbod/zwemmen.md': offer('prijs: 0,90', 'terug: 0') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:10  prijs.kortingen[0].terug  is € 0: dan krijg je niets terug. Schrijf het bedrag dat je terugkrijgt, of laat deze korting weg.",
      ]
    `);
  });
});

describe('per: persoon', () => {
  test('is accepted', () => {
    const changes = { 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: 4,50\n  per: persoon') };
    expect(lines(changes)).toEqual([]);
    expect(offerOf(changes)?.price.unit).toBe('persoon');
  });
});

describe('aanvragen on a discount scheme', () => {
  const withApply = (block: string) => SCHEME.replace('kort:', `${block}\nkort:`);
  test('is read into the model', () => {
    const changes = {
      'kortingen/participatiepas.md': withApply('aanvragen:\n  waar: Sociaal Huis\n  adres: Gemeenteplein 1, 1700 Dilbeek\n  open: maandag tot vrijdag van 9 tot 12 uur\n  afspraak: nee\n  meebrengen: [identiteitskaart]\n  kost: gratis\n  telefoon: 02 451 68 00'),
    };
    expect(lines(changes)).toEqual([]);
    expect(check(changes).result.partialSite?.schemes[0]?.apply).toEqual({
      where: 'Sociaal Huis', address: 'Gemeenteplein 1, 1700 Dilbeek', open: 'maandag tot vrijdag van 9 tot 12 uur', appointment: false,
      bring: ['identiteitskaart'], cost: 0, phone: { display: '02 451 68 00', href: '+3224516800' },
    });
  });
  test('mistakes inside it', () => {
    expect(lines({ 'kortingen/participatiepas.md': withApply('aanvragen:\n  open: elke dag\n  afspraak: soms\n  kost: vijf euro\n  wanneer: nu') })).toMatchInlineSnapshot(`
      [
        "fout: kortingen/participatiepas.md:3  aanvragen  zegt niet waar je de pas aanvraagt. Schrijf minstens waar (de naam van het loket), adres of telefoon.",
        "fout: kortingen/participatiepas.md:5  aanvragen.afspraak  moet ja of nee zijn (of true of false).",
        "fout: kortingen/participatiepas.md:6  aanvragen.kost  "vijf euro" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".",
        "fout: kortingen/participatiepas.md:7  aanvragen.wanneer  is een onbekende sleutel. Mogelijke sleutels hier: waar, adres, open, afspraak, meebrengen, kost, telefoon.",
      ]
    `);
  });
});

describe('forgiving notations', () => {
  const slot = (from: string, to: string) => offer('van: "14:00", tot: "16:00"', `van: ${from}, tot: ${to}`);
  test.each([
    ['14.00', '16.00'], ['14u', '16u'], ['14u00', '16u30'], ['14 uur', '16 uur'], ['14.00 uur', '16.00 uur'], ['14.30', '16.30'], ['"14h"', '"16h"'],
  ])('the time %s is accepted without a message', (from, to) => {
    const changes = { 'aanbod/zwemmen.md': slot(from, to) };
    expect(lines(changes)).toEqual([]);
    expect(offerOf(changes)?.schedule?.slots[0]?.from).toBe(from.includes('30') ? 14 * 60 + 30 : 14 * 60);
  });
  test('a time that is no time says how to write one', () => {
    expect(lines({ 'aanbod/zwemmen.md': slot('14.75', 'vier uur') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:13  wanneer.momenten[0].van  14.75 is geen uur. Schrijf het uur zoals 14.00, 14u30 of 9u. Uren gaan van 0 tot 23, minuten van 00 tot 59.",
        "fout: aanbod/zwemmen.md:13  wanneer.momenten[0].tot  "vier uur" is geen uur. Schrijf het uur zoals 14.00, 14u30 of 9u. Uren gaan van 0 tot 23, minuten van 00 tot 59.",
      ]
    `);
  });
  test.each(['30/09/2026', '30-09-2026', '30/9/2026'])('the date %s is accepted without a message', (date) => {
    const changes = { 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', `nagekeken: ${date}`) };
    expect(lines(changes)).toEqual([]);
    expect(offerOf(changes)?.checked).toBe('2026-09-30');
  });
  test('a date that is no date says both ways to write one', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 31/09/2026') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  nagekeken  "31/09/2026" is geen datum die bestaat. Schrijf dag/maand/jaar, zoals 30/11/2026, of jaar-maand-dag, zoals 2026-11-30.",
      ]
    `);
  });
  test('a category, partner and discount by name or in capitals work, with a warning that shows the id', () => {
    const changes = { 'aanbod/zwemmen.md': offer('categorie: sport', 'categorie: Sport', 'partner: sportdienst', 'partner: Sportdienst Testdorp', 'id: participatiepas', 'id: Participatiepas') };
    expect(lines(changes)).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:4  categorie  "Sport" werkt, maar schrijf liever de id van de categorie: sport.",
        "let op: aanbod/zwemmen.md:5  partner  "Sportdienst Testdorp" werkt, maar schrijf liever de id van de partner: sportdienst.",
        "let op: aanbod/zwemmen.md:9  prijs.kortingen[0].id  "Participatiepas" werkt, maar schrijf liever de id van de korting: participatiepas.",
      ]
    `);
    expect(offerOf(changes)).toMatchObject({ categoryId: 'sport', partnerId: 'sportdienst', price: { discounts: [{ schemeId: 'participatiepas' }] } });
  });
  test('a name that fits no file, or more than one, is an error that lists the ids', () => {
    expect(lines({
      'categorieen/sport-en-spel.md': `---\nnaam: Sport\nkleur: "#0B6E4F"\npictogram: ball-football\n---\n`,
      'aanbod/zwemmen.md': offer('categorie: sport', 'categorie: SPORT ', 'partner: sportdienst', 'partner: De Sportclub'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:4  categorie  "SPORT" is geen bekende categorie. Bedoel je sport? Kies uit: sport-en-spel, sport. Of maak eerst categorieen/sport.md aan.",
        "fout: aanbod/zwemmen.md:5  partner  "De Sportclub" is geen bekende partner. Kies uit: sportdienst. Of maak eerst partners/de-sportclub.md aan.",
      ]
    `);
  });
});

describe('YAML mistakes on the line to change', () => {
  test('a key indented one space too far', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('  kortingen:', '   kortingen:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:8  Deze regel springt niet goed in. Zet hem even ver als de sleutels die erbij horen: tel de spaties vooraan, twee per niveau.",
      ]
    `);
  });
  test('a key in a list item indented too far', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('    - { dag: woensdag, van: "14:00", tot: "16:00" }', '    - dag: woensdag\n       van: "14:00"\n      tot: "16:00"') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  Deze regel springt niet goed in. Zet hem even ver als de sleutels die erbij horen: tel de spaties vooraan, twee per niveau.",
      ]
    `);
  });
  test('a key indented less than its neighbours', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('  kortingen:', ' kortingen:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:8  Deze regel springt niet goed in. Zet hem even ver als de sleutels die erbij horen: tel de spaties vooraan, twee per niveau.",
      ]
    `);
  });
  test('an unclosed bracket', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('partner: sportdienst', 'partner: sportdienst\ndoelgroep: [kinderen, jongeren') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:6  Hier staat een [ die niet gesloten wordt. Zet een ] aan het einde, zoals [kinderen, jongeren].",
      ]
    `);
  });
  test('an unclosed brace', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('partner: sportdienst', 'partner: sportdienst\nleeftijd: { van: 6, tot: 12') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:6  Hier staat een { die niet gesloten wordt. Zet een } aan het einde, zoals { van: 6, tot: 12 }.",
      ]
    `);
  });
  test('an unclosed quote', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', 'titel: "Zwemmen in het zwembad') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  Hier begint een tekst met " die niet gesloten wordt. Zet ook een " aan het einde van de tekst.",
      ]
    `);
  });
});
