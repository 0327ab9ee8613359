/**
 * Rules that relate several keys of one file (a discount and the normal price, van and tot, "at
 * least one of telefoon, email, website") are written once, in the schema, with zod 4's `when`:
 * they run once the keys they read are right, also when another key of the same object is wrong.
 * A partner gets every problem of a file in one run of `npm run check`, each message once.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEntry } from '../../src/admin/check-entry.ts';
import { describeCollections } from '../../src/admin/fields.ts';
import { contentSnapshot } from '../../src/admin/output.ts';
import { CATEGORY, lines, offer, PARTNER, SCHEME, SITE } from '../fixtures/check/site.ts';
import { ROOT } from '../support/sites.ts';

const NO_CONTACT = "Deze partner heeft geen telefoon, e-mail of website. Voeg minstens één van de drie toe, zodat mensen jullie kunnen bereiken.";

describe('a partner\'s file with a mistake in one key and a rule over several keys', () => {
  test('gets both messages in one run, each with its file, line, key and fix', () => {
    const partner = '---\nnaam: Sportdienst Testdorp\nadress: Kaudenaardestraat 18, 1700 Testdorp\n---\n';
    expect(lines({ 'partners/sportdienst.md': partner })).toEqual([
      // The offer's own rule, which needs the partner's file: nobody can be reached for it.
      'fout: aanbod/zwemmen.md:2  contact  Niemand is te bereiken voor dit aanbod: het heeft geen contact en de partner ook niet. Voeg contact: met een telefoon, e-mail of website toe.',
      `fout: partners/sportdienst.md:2  telefoon  ${NO_CONTACT}`,
      'fout: partners/sportdienst.md:3  adress  is een onbekende sleutel. Bedoel je adres?',
    ]);
  });
  test('the editor shows both next to the form\'s fields', () => {
    const partners = describeCollections().find((c) => c.name === 'partners')!.fields;
    const snapshot = contentSnapshot(path.join(ROOT, 'content'));
    const text = '---\nnaam: Sportclub\nadress: Kerkstraat 1, 1700 Dilbeek\n---\n';
    const result = checkEntry(partners, 'partners', 'sportclub', text, snapshot, '2026-11-26');
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => `${m.where}: ${m.message}`)).toEqual([
      'adress: is een onbekende sleutel. Bedoel je adres?',
      `Telefoon: ${NO_CONTACT}`,
    ]);
  });
  test('a present but wrong telefoon is reported on its own, not as "no telefoon"', () => {
    expect(lines({ 'partners/sportdienst.md': PARTNER.replace('telefoon: 02 123 45 67\nemail: sport@example.be\n', 'telefoon: 123\nadress: Kerkstraat 1\n') })).toEqual([
      'fout: partners/sportdienst.md:3  telefoon  123 is geen geldig telefoonnummer. Schrijf het zoals 02 451 68 00 of 0470 12 34 56, of met +32.',
      'fout: partners/sportdienst.md:4  adress  is een onbekende sleutel. Bedoel je adres?',
    ]);
  });
});

describe('every rule over several keys still runs next to a wrong key', () => {
  test('site.yaml: contact without a way to reach anyone, and without naam', () => {
    expect(lines({ 'site.yaml': SITE.replace('  naam: Welzijnsloket\n  telefoon: 02 451 68 00\n', '  nam: Welzijnsloket\n') })).toEqual([
      'fout: site.yaml:5  contact.naam  ontbreekt. Deze sleutel is verplicht: voeg naam: toe.',
      'fout: site.yaml:5  contact  heeft geen telefoon, e-mail of website. Schrijf minstens één manier om jullie te bereiken.',
      'fout: site.yaml:6  contact.nam  is een onbekende sleutel. Bedoel je naam?',
    ]);
  });
  test('a discount scheme\'s aanvragen that says nowhere where to apply', () => {
    expect(lines({ 'kortingen/participatiepas.md': SCHEME.replace('kort:', 'aanvragen:\n  afspraak: misschien\nkort:') })).toEqual([
      'fout: kortingen/participatiepas.md:3  aanvragen  zegt niet waar je de pas aanvraagt. Schrijf minstens waar (de naam van het loket), adres of telefoon.',
      'fout: kortingen/participatiepas.md:4  aanvragen.afspraak  moet ja of nee zijn (of true of false).',
    ]);
  });
  test('a discount with prijs and terug, and a key that does not exist', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('id: participatiepas', 'id: participatiepas\n      korting: 1', 'prijs: 0,90', 'prijs: 0,90\n      terug: 1') })).toEqual([
      'fout: aanbod/zwemmen.md:9  prijs.kortingen[0]  heeft prijs en terug. Kies er één: prijs is wat je betaalt met de pas, terug is wat je achteraf terugkrijgt.',
      'fout: aanbod/zwemmen.md:10  prijs.kortingen[0].korting  is een onbekende sleutel. Mogelijke sleutels hier: id, prijs, terug.',
    ]);
  });
  test('nothing back, next to an id that is not an id', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('id: participatiepas', 'id: [participatiepas]', 'prijs: 0,90', 'terug: 0') })).toEqual([
      'fout: aanbod/zwemmen.md:9  prijs.kortingen[0].id  moet een id zijn. Begint je tekst met [ of {, of staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: "...".',
      'fout: aanbod/zwemmen.md:10  prijs.kortingen[0].terug  is € 0: dan krijg je niets terug. Schrijf het bedrag dat je terugkrijgt, of laat deze korting weg.',
    ]);
  });
  test('a discount above the normal price, next to a wrong per and a wrong price in another discount', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: 4,50\n  per: keer', 'prijs: 0,90', 'prijs: 5\n    - id: participatiepas\n      prijs: vijf') })).toEqual([
      'fout: aanbod/zwemmen.md:8  prijs.per  "keer" is geen geldige keuze. Bedoel je week? Kies uit: beurt, dag, week, maand, jaar, seizoen, les, reeks, activiteit, persoon.',
      'fout: aanbod/zwemmen.md:11  prijs.kortingen[0].prijs  € 5 met korting is meer dan de gewone prijs (€ 4,50). Met korting betaal je evenveel of minder.',
      'fout: aanbod/zwemmen.md:12  prijs.kortingen[1].id  participatiepas staat twee keer in de kortingen. Laat er één weg.',
      'fout: aanbod/zwemmen.md:13  prijs.kortingen[1].prijs  "vijf" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".',
    ]);
  });
  test('a slot, a season and an age range that end before they start, each next to a wrong key, each said once', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer(
        'dag: woensdag, van: "14:00", tot: "16:00"', 'dag: woensdg, van: "16:00", tot: "14:00"',
        '  momenten:', '  periode: { van: 2027-06-30, tot: 2026-09-01, vanaf: 1 }\n  momenten:',
        'nagekeken:', 'leeftijd: { van: 12, tot: 6, tot_en_met: 3 }\nnagekeken:',
      ),
    })).toEqual([
      'fout: aanbod/zwemmen.md:12  wanneer.periode.vanaf  is een onbekende sleutel. Bedoel je van?',
      'fout: aanbod/zwemmen.md:12  wanneer.periode.tot  (2026-09-01) ligt voor de begindatum (2027-06-30). Zet de data in de juiste volgorde.',
      'fout: aanbod/zwemmen.md:14  wanneer.momenten[0].dag  "woensdg" is geen dag. Schrijf maandag tot zondag, of ma, di, wo, do, vr, za, zo.',
      'fout: aanbod/zwemmen.md:14  wanneer.momenten[0].tot  ligt niet na het beginuur (van). Het einde moet later zijn dan het begin.',
      'fout: aanbod/zwemmen.md:15  leeftijd.tot_en_met  is een onbekende sleutel. Mogelijke sleutels hier: van, tot.',
      'fout: aanbod/zwemmen.md:15  leeftijd.tot  (6) is kleiner dan van (12). Zet de leeftijden in de juiste volgorde.',
    ]);
  });
  test('a place without naam or adres, next to a wrong rolstoel', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'waar: { rolstoel: misschien }\nnagekeken:') })).toEqual([
      'fout: aanbod/zwemmen.md:14  waar.rolstoel  "misschien" is geen geldige keuze. Kies uit: ja, nee, deels.',
      'fout: aanbod/zwemmen.md:14  waar  heeft geen naam en geen adres. Schrijf minstens één van de twee.',
    ]);
  });
  test('a rule never reads a key that is not a group of keys', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('  kortingen:\n    - id: participatiepas\n      prijs: 0,90', '  kortingen: 5', 'nagekeken:', 'leeftijd: 5\nwaar: [a]\nnagekeken:') })).toEqual([
      'fout: aanbod/zwemmen.md:8  prijs.kortingen  moet een lijst, zoals [a, b] of regels die beginnen met "- " zijn, maar is het getal 5.',
      'fout: aanbod/zwemmen.md:12  leeftijd  moet een groep sleutels (ingesprongen regels eronder) zijn, maar is het getal 5.',
      'fout: aanbod/zwemmen.md:13  waar  moet een groep sleutels (ingesprongen regels eronder) zijn, maar is een lijst.',
    ]);
  });
});

describe('a category\'s colour and pictogram', () => {
  test('are checked also when another key of the file is wrong', () => {
    const category = CATEGORY.replace('naam: Sport\n', 'nam: Sport\n').replace('#0B6E4F', '#FFD700').replace('pictogram: swimming', 'pictogram: zwemmen');
    expect(lines({ 'categorieen/sport.md': category })).toEqual([
      'fout: categorieen/sport.md:2  naam  ontbreekt. Deze sleutel is verplicht: voeg naam: toe.',
      'fout: categorieen/sport.md:2  nam  is een onbekende sleutel. Bedoel je naam?',
      'fout: categorieen/sport.md:3  kleur  #FFD700 is te licht: witte tekst erop haalt een contrast van 1,40:1, minstens 4,5:1 is nodig. Kies een donkerdere kleur.',
      'fout: categorieen/sport.md:4  pictogram  "zwemmen" staat niet in de set pictogrammen. Kies een naam van https://tabler.io/icons, zoals swimming of book.',
    ]);
  });
});
