/**
 * Every rule of CONTENT-FORMAT.md, through checkContent on a small content folder: each test pins
 * the exact Dutch line a partner sees (file:line, key, what is wrong and how to fix it).
 */
import { describe, expect, test } from 'vitest';
import { CATEGORY, check, lines, offer, PARTNER, SITE } from '../fixtures/check/site.ts';

describe('the valid sample', () => {
  test('has no problems at all', () => {
    expect(lines()).toEqual([]);
  });
});

describe('files and YAML', () => {
  test('invalid YAML names the line', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', 'titel: "Zwemmen in het zwembad') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  Hier begint een tekst met " die niet gesloten wordt. Zet ook een " aan het einde van de tekst.",
      ]
    `);
  });
  test('a duplicate key', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('partner: sportdienst', 'partner: sportdienst\ntitel: Zwemmen') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:6  titel  De sleutel titel staat twee keer in dit bestand. Laat er één weg, of voeg de twee samen.",
      ]
    `);
  });
  test('a tab used to indent', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('  normaal: 4,50', '\tnormaal: 4,50') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:7  Hier staat een tab. Spring in met spaties, niet met tabs.",
        "fout: aanbod/zwemmen.md:7  De inspringing klopt niet, of er ontbreekt een dubbele punt. Kijk na of elke regel "sleutel: waarde" is en of de spaties vooraan kloppen.",
      ]
    `);
  });
  test('an empty file', () => {
    expect(lines({ 'aanbod/zwemmen.md': '' })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md  Dit bestand is leeg. Kopieer het sjabloon (_sjabloon.md) en vul het in.",
      ]
    `);
  });
  test('a file without front matter', () => {
    expect(lines({ 'aanbod/zwemmen.md': 'titel: Zwemmen\n' })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:1  Het bestand moet beginnen met een regel --- , dan de sleutels, en dan weer een regel --- . Kijk het sjabloon na.",
      ]
    `);
  });
  test('a file name that is not an id proposes the right name', () => {
    expect(lines({ 'aanbod/zwemmen.md': null, 'aanbod/Zwemmen Dilkom.md': offer() })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/Zwemmen Dilkom.md  De bestandsnaam "Zwemmen Dilkom.md" mag alleen kleine letters, cijfers en streepjes hebben. Noem het bestand zwemmen-dilkom.md.",
      ]
    `);
  });
  test('a file with the wrong extension', () => {
    expect(lines({ 'aanbod/zwemmen.md': null, 'aanbod/zwemmen.txt': offer() })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.txt  Dit bestand wordt niet gelezen: het moet eindigen op .md. Geef het de naam zwemmen.md.",
      ]
    `);
  });
  test('a misspelt folder is not skipped silently', () => {
    expect(lines({ 'aanbd/petanque.md': offer() })).toMatchInlineSnapshot(`
      [
        "fout: aanbd  De map aanbd/ wordt niet gelezen. Bedoel je aanbod/? Zet bestanden in een van deze mappen: aanbod, categorieen, partners, kortingen, paginas.",
      ]
    `);
  });
  test('bytes that are not UTF-8', () => {
    expect(lines({ 'aanbod/zwemmen.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]) })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md  Dit bestand is geen gewone tekst in UTF-8. Sla het op als UTF-8-tekst (in de meeste editors: "Opslaan als" en dan UTF-8).",
      ]
    `);
  });
  test('site.yaml missing', () => {
    expect(lines({ 'site.yaml': null })).toMatchInlineSnapshot(`
      [
        "fout: site.yaml  Het bestand site.yaml ontbreekt. Maak het aan met minstens titel, gemeente, url, editie en contact.",
      ]
    `);
  });
  test('templates (files starting with _) are not read', () => {
    expect(lines({ 'aanbod/_sjabloon.md': 'titel: [' })).toEqual([]);
  });
});

describe('keys and values', () => {
  test('a missing required key', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('categorie: sport\n', '') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  categorie  ontbreekt. Deze sleutel is verplicht: voeg categorie: toe.",
      ]
    `);
  });
  test('an unknown key suggests the nearest known key', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('titel:', 'titl:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  titel  ontbreekt. Deze sleutel is verplicht: voeg titel: toe.",
        "fout: aanbod/zwemmen.md:2  titl  is een onbekende sleutel. Bedoel je titel?",
      ]
    `);
  });
  test('an unknown key with no near match lists the keys', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('  normaal: 4,50', '  normaal: 4,50\n  kleur: rood') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:8  prijs.kleur  is een onbekende sleutel. Mogelijke sleutels hier: normaal, per, kortingen, uitleg.",
      ]
    `);
  });
  test('a value of the wrong kind', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', 'titel: [Zwemmen]') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  titel  moet tekst zijn. Begint je tekst met [ of {, of staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: "...".",
      ]
    `);
  });
  test('a key left empty', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('wanneer:\n  momenten:\n    - { dag: woensdag, van: "14:00", tot: "16:00" }', 'wanneer:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:11  wanneer  is leeg. Zet de sleutels die erbij horen op de regels eronder, met twee spaties ervoor. Of haal deze regel weg als je ze niet nodig hebt.",
      ]
    `);
  });
  test('a choice that is not in the list', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'doelgroep: [kinderen, senoiren]\nnagekeken:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  doelgroep[1]  "senoiren" is geen geldige keuze. Bedoel je senioren? Kies uit: kinderen, jongeren, volwassenen, senioren, gezinnen, iedereen.",
      ]
    `);
  });
  test('a title that is too long', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', `titel: ${'Zwemmen '.repeat(8)}`) })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  titel  is te lang: 63 tekens, hoogstens 60. Maak de tekst korter.",
      ]
    `);
  });
  test('a price in words', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: vier euro') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:7  prijs.normaal  "vier euro" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".",
      ]
    `);
  });
  test('a discounted price above the normal price', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('prijs: 0,90', 'prijs: 5') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:10  prijs.kortingen[0].prijs  € 5 met korting is meer dan de gewone prijs (€ 4,50). Met korting betaal je evenveel of minder.",
      ]
    `);
  });
  test('an impossible date', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2026-02-30') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  nagekeken  "2026-02-30" is geen datum die bestaat. Schrijf dag/maand/jaar, zoals 30/11/2026, of jaar-maand-dag, zoals 2026-11-30.",
      ]
    `);
  });
  test('an impossible time and a day that does not exist', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('dag: woensdag, van: "14:00"', 'dag: woensdg, van: "25:00"') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:13  wanneer.momenten[0].dag  "woensdg" is geen dag. Schrijf maandag tot zondag, of ma, di, wo, do, vr, za, zo.",
        "fout: aanbod/zwemmen.md:13  wanneer.momenten[0].van  "25:00" is geen uur. Schrijf het uur zoals 14.00, 14u30 of 9u. Uren gaan van 0 tot 23, minuten van 00 tot 59.",
      ]
    `);
  });
  test('a slot that ends before it starts', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('tot: "16:00"', 'tot: "13:00"') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:13  wanneer.momenten[0].tot  ligt niet na het beginuur (van). Het einde moet later zijn dan het begin.",
      ]
    `);
  });
  test('a season and an age range that end before they start', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('nagekeken:', 'leeftijd: { van: 12, tot: 6 }\nnagekeken:', '  momenten:', '  periode: { van: 2027-06-30, tot: 2026-09-01 }\n  momenten:'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:12  wanneer.periode.tot  (2026-09-01) ligt voor de begindatum (2027-06-30). Zet de data in de juiste volgorde.",
        "fout: aanbod/zwemmen.md:15  leeftijd.tot  (6) is kleiner dan van (12). Zet de leeftijden in de juiste volgorde.",
      ]
    `);
  });
  test('a nagekeken date in the future', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2026-11-27') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  nagekeken  2026-11-27 ligt in de toekomst. Schrijf de dag waarop je het aanbod echt nagekeken hebt (ten laatste vandaag, 2026-11-26).",
      ]
    `);
  });
  test('invalid phone number, e-mail address and web address', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('nagekeken:', 'contact:\n  telefoon: 123\n  email: sport.example.be\n  website: javascript:alert(1)\nnagekeken:'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:15  contact.telefoon  123 is geen geldig telefoonnummer. Schrijf het zoals 02 451 68 00 of 0470 12 34 56, of met +32.",
        "fout: aanbod/zwemmen.md:16  contact.email  "sport.example.be" is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.be.",
        "fout: aanbod/zwemmen.md:17  contact.website  "javascript:alert(1)" is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.",
      ]
    `);
  });
  test('a remote image as afbeelding', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'afbeelding:\n  bron: https://example.be/foto.jpg\n  alt: Een zwembad.\nnagekeken:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:15  afbeelding.bron  moet een bestand naast dit bestand zijn, zoals ./zwemmen.jpg. Afbeeldingen van een andere website mogen niet.",
      ]
    `);
  });
  test('an image file that is not there', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'afbeelding:\n  bron: ./zwembad.jpg\n  alt: Een zwembad.\nnagekeken:') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:15  afbeelding.bron  Het bestand ./zwembad.jpg bestaat niet. Zet de foto in dezelfde map als dit bestand, of verbeter de naam.",
      ]
    `);
  });
});

describe('numbers, yes/no, language codes and settings', () => {
  test('each says how to write it', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('nagekeken:', 'leeftijd: { van: zes, tot: 6.5 }\nvolgorde: tien\nwaaier: misschien\ntalen: [nederlands]\nnagekeken:'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:14  leeftijd.van  moet een getal zijn (jaren), zoals 6. Schrijf alleen het getal, zonder woorden.",
        "fout: aanbod/zwemmen.md:14  leeftijd.tot  moet een geheel getal zijn (jaren), zoals 6. Schrijf het zonder komma.",
        "fout: aanbod/zwemmen.md:15  volgorde  moet een getal zijn, zoals 10. Een lager getal komt eerst.",
        "fout: aanbod/zwemmen.md:16  waaier  moet ja of nee zijn (of true of false).",
        "fout: aanbod/zwemmen.md:17  talen[0]  "nederlands" is geen taalcode. Gebruik twee letters, zoals nl, fr, en, ar of uk.",
      ]
    `);
  });
  test('site.yaml', () => {
    expect(lines({ 'site.yaml': `${SITE}nagekeken_max_maanden: 0\nkaart: { breedte: 10, hoogte: 1000 }\nbewerkn: https://github.com/x/y/edit/main/\n` })).toMatchInlineSnapshot(`
      [
        "fout: site.yaml:8  nagekeken_max_maanden  mag niet kleiner zijn dan 1.",
        "fout: site.yaml:9  kaart.breedte  is te smal: minstens 40 mm.",
        "fout: site.yaml:9  kaart.hoogte  is te lang: hoogstens 297 mm.",
        "fout: site.yaml:10  bewerkn  is een onbekende sleutel. Bedoel je bewerken?",
      ]
    `);
  });
});

describe('references between files', () => {
  test('an unknown category, partner and discount list the valid ids', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('categorie: sport', 'categorie: sprot', 'partner: sportdienst', 'partner: sportclub', 'id: participatiepas', 'id: uitpas'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:4  categorie  "sprot" is geen bekende categorie. Bedoel je sport? Kies uit: sport. Of maak eerst categorieen/sprot.md aan.",
        "fout: aanbod/zwemmen.md:5  partner  "sportclub" is geen bekende partner. Kies uit: sportdienst. Of maak eerst partners/sportclub.md aan.",
        "fout: aanbod/zwemmen.md:9  prijs.kortingen[0].id  "uitpas" is geen bekende korting. Kies uit: participatiepas. Of maak eerst kortingen/uitpas.md aan.",
      ]
    `);
  });
  test('are still checked when another key of the same file is wrong', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', 'titel:', 'categorie: sport', 'categorie: sprot', 'prijs: 0,90', 'prijs: 5\n  per: keer', 'nagekeken: 2026-10-01', 'nagekeken: 2027-01-01'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  titel  is leeg. Vul een waarde in. Is de sleutel niet verplicht, dan mag je de regel ook weghalen.",
        "fout: aanbod/zwemmen.md:4  categorie  "sprot" is geen bekende categorie. Bedoel je sport? Kies uit: sport. Of maak eerst categorieen/sprot.md aan.",
        "fout: aanbod/zwemmen.md:10  prijs.kortingen[0].prijs  € 5 met korting is meer dan de gewone prijs (€ 4,50). Met korting betaal je evenveel of minder.",
        "fout: aanbod/zwemmen.md:11  prijs.per  "keer" is geen geldige keuze. Bedoel je week? Kies uit: beurt, dag, week, maand, jaar, seizoen, les, reeks, activiteit, persoon.",
        "fout: aanbod/zwemmen.md:15  nagekeken  2027-01-01 ligt in de toekomst. Schrijf de dag waarop je het aanbod echt nagekeken hebt (ten laatste vandaag, 2026-11-26).",
      ]
    `);
  });
  test('the same discount twice', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('      prijs: 0,90', '      prijs: 0,90\n    - id: participatiepas\n      prijs: 1') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:11  prijs.kortingen[1].id  participatiepas staat twee keer in de kortingen. Laat er één weg.",
      ]
    `);
  });
  test('a partner without any contact, and its offer that nobody can be reached for', () => {
    expect(lines({ 'partners/sportdienst.md': PARTNER.replace('telefoon: 02 123 45 67\nemail: sport@example.be\n', '') })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:2  contact  Niemand is te bereiken voor dit aanbod: het heeft geen contact en de partner ook niet. Voeg contact: met een telefoon, e-mail of website toe.",
        "fout: partners/sportdienst.md:2  telefoon  Deze partner heeft geen telefoon, e-mail of website. Voeg minstens één van de drie toe, zodat mensen jullie kunnen bereiken.",
      ]
    `);
  });
  test('an offer with its own contact is fine when its partner has none', () => {
    expect(lines({
      'partners/sportdienst.md': PARTNER.replace('telefoon: 02 123 45 67\nemail: sport@example.be\n', ''),
      'aanbod/zwemmen.md': offer('nagekeken:', 'contact:\n  telefoon: 02 123 45 67\nnagekeken:'),
    }).filter((l) => l.includes('aanbod/'))).toEqual([]);
  });
});

describe('categories and site settings', () => {
  test('a category colour with too little contrast gives the ratio', () => {
    expect(lines({ 'categorieen/sport.md': CATEGORY.replace('#0B6E4F', '#FFD700') })).toMatchInlineSnapshot(`
      [
        "fout: categorieen/sport.md:3  kleur  #FFD700 is te licht: witte tekst erop haalt een contrast van 1,40:1, minstens 4,5:1 is nodig. Kies een donkerdere kleur.",
      ]
    `);
  });
  test('a pictogram that is not in the icon set', () => {
    expect(lines({ 'categorieen/sport.md': CATEGORY.replace('pictogram: swimming', 'pictogram: zwemmen') })).toMatchInlineSnapshot(`
      [
        "fout: categorieen/sport.md:4  pictogram  "zwemmen" staat niet in de set pictogrammen. Kies een naam van https://tabler.io/icons, zoals swimming of book.",
      ]
    `);
  });
  test('site.yaml without a way to reach anyone and with a relative url', () => {
    expect(lines({ 'site.yaml': SITE.replace('  telefoon: 02 451 68 00\n', '').replace('https://waaier.testdorp.be', 'waaier.example.be') })).toMatchInlineSnapshot(`
      [
        "fout: site.yaml:3  url  "waaier.example.be" is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.",
        "fout: site.yaml:5  contact  heeft geen telefoon, e-mail of website. Schrijf minstens één manier om jullie te bereiken.",
      ]
    `);
  });
});

describe('bodies', () => {
  test('raw HTML, a script, an unsafe link and a remote image, each with its line', () => {
    const body = 'Welkom.\n<b>Vet</b>\n<script>alert(1)</script>\n[klik](javascript:alert(1))\n![foto](https://example.be/a.jpg)\n# Titel\n';
    expect(lines({ 'aanbod/zwemmen.md': offer('Je kan baantjes trekken. Er is altijd een redder.\n', body) })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:17  HTML-code (<b>) mag niet in de tekst. Gebruik gewone tekst of Markdown, zoals **vet** of een lijst met "- ".",
        "fout: aanbod/zwemmen.md:18  Een script mag niet in de tekst. Haal het weg.",
        "fout: aanbod/zwemmen.md:19  Deze link is niet veilig (javascript:). Gebruik een gewoon webadres dat begint met https://, een e-mailadres met mailto: of een telefoonnummer met tel:.",
        "fout: aanbod/zwemmen.md:20  Een afbeelding van een andere website mag niet. Zet het bestand naast dit bestand en gebruik afbeelding: bron: ./naam.jpg.",
        "fout: aanbod/zwemmen.md:21  Een titel met één # mag niet in de tekst: de titel van de pagina staat al bovenaan. Begin met ## .",
      ]
    `);
  });
  test('HTML inside inline code is fine', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('Er is altijd een redder.', 'Schrijf nooit `<b>` in je tekst.') })).toEqual([]);
  });
});

describe('warnings', () => {
  test('an offer whose geldig_tot has passed is not published', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'geldig_tot: 2026-11-25\nnagekeken:') })).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:14  geldig_tot  2026-11-25 is voorbij. Dit aanbod komt niet op de site en niet in de waaier. Pas geldig_tot aan als het aanbod nog loopt, of verwijder het bestand.",
      ]
    `);
  });
  test('geldig_tot today is still published', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken:', 'geldig_tot: 2026-11-26\nnagekeken:') })).toEqual([]);
  });
  test('an offer checked too long ago stays on the site, off the fan', () => {
    expect(lines({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2025-11-25') })).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:14  nagekeken  2025-11-25 is langer dan 12 maanden geleden. Het aanbod staat op de site met de melding "kijk na voor je gaat", en niet in de waaier. Kijk alles na en zet de datum van vandaag.",
      ]
    `);
  });
  test('a long sentence in the summary is quoted', () => {
    const long = 'Zwem in een warm zwembad met je kinderen of je vrienden en volg daarna ook een les bij een van de vriendelijke redders van het zwembad.';
    expect(lines({ 'aanbod/zwemmen.md': offer('Zwem in een warm zwembad. Je kan ook les volgen.', long) })).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:3  samenvatting  Deze zin is lang (26 woorden): "Zwem in een warm zwembad met je kinderen of je vrienden en volg daarna ook een les bij een van de vriendelijke redders van het zwembad." Maak er twee of meer korte zinnen van, met hoogstens 20 woorden elk.",
      ]
    `);
  });
  test('a hard-to-read body gets its Flesch-Douma score and advice, on the body line', () => {
    const body = 'De gemeentelijke sportinfrastructuur faciliteert recreatieve zwemactiviteiten voor geïnteresseerde inwoners. Administratieve registratieprocedures zijn noodzakelijk voorafgaand aan deelname. Participatiegerechtigde inwoners genieten automatisch tariefreducties. Legitimatiedocumenten blijven obligatoir bij iedere toegangscontrole.\n';
    expect(lines({ 'aanbod/zwemmen.md': offer('Je kan baantjes trekken. Er is altijd een redder.\n', body) })).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:16  Deze tekst is moeilijk te lezen: de Flesch-Douma-score is 0, 60 of meer is goed. Wat helpt: kortere, gewone woorden in plaats van bv. gemeentelijke, sportinfrastructuur, faciliteert.",
      ]
    `);
  });
  test('warnings never fail the check; errors come first', () => {
    const { result } = check({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2025-01-01'), 'aanbod/b.md': offer('normaal: 4,50', 'normaal: veel') });
    expect(result.failed).toBe(true);
    expect(result.problems.map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(check({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2025-01-01') }).result.failed).toBe(false);
  });
});

describe('templates', () => {
  test('a copied template only reports its placeholders', async () => {
    const { readFileSync } = await import('node:fs');
    const template = (folder: string) => readFileSync(new URL(`../../content/${folder}/_sjabloon.md`, import.meta.url), 'utf8');
    expect(lines({
      'aanbod/nieuw.md': template('aanbod'),
      'categorieen/nieuw.md': template('categorieen'),
      'partners/nieuw.md': template('partners'),
      'kortingen/nieuw.md': template('kortingen'),
      // /nieuw/ is a built-in page (what changed since the printed fan), so the page gets another name.
      'paginas/nieuwe-pagina.md': template('paginas'),
    })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/nieuw.md:6  titel  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Zwemmen in Dilkom]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:7  samenvatting  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Zwem in een warm zwembad.]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:8  categorie  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. sport]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:9  partner  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. sportdienst]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:11  prijs.normaal  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. 4,50]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:18  nagekeken  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. 2026-10-01]. Vervang het door je eigen gegevens.",
        "fout: aanbod/nieuw.md:55  Dit is nog een invulveld uit het sjabloon: [Vul in: schrijf hier in gewone taal wat het is, hoe je gaat en wat je mag verwachten. Gebruik korte zinnen en "je". Tussentitels beginnen met ##.]. Vervang het door je eigen tekst.",
        "fout: categorieen/nieuw.md:3  naam  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Sport]. Vervang het door je eigen gegevens.",
        "fout: categorieen/nieuw.md:4  kleur  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. #0B6E4F]. Vervang het door je eigen gegevens.",
        "fout: categorieen/nieuw.md:5  pictogram  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. swimming]. Vervang het door je eigen gegevens.",
        "fout: categorieen/nieuw.md:8  Dit is nog een invulveld uit het sjabloon: [Vul in: een of twee zinnen die de categorie uitleggen.]. Vervang het door je eigen tekst.",
        "fout: kortingen/nieuw.md:3  naam  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Participatiepas]. Vervang het door je eigen gegevens.",
        "fout: kortingen/nieuw.md:4  kort  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Met de participatiepas betaal je minder.]. Vervang het door je eigen gegevens.",
        "fout: kortingen/nieuw.md:14  Dit is nog een invulveld uit het sjabloon: [Vul in: leg in gewone taal uit wie de korting kan krijgen, waar je ze vraagt en wat je meebrengt.]. Vervang het door je eigen tekst.",
        "fout: paginas/nieuwe-pagina.md:3  titel  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Over de vrijetijdswaaier]. Vervang het door je eigen gegevens.",
        "fout: paginas/nieuwe-pagina.md:6  Dit is nog een invulveld uit het sjabloon: [Vul in: de tekst van de pagina, in gewone taal. Tussentitels beginnen met ##.]. Vervang het door je eigen tekst.",
        "fout: partners/nieuw.md:4  naam  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. Sportdienst Dilbeek]. Vervang het door je eigen gegevens.",
        "fout: partners/nieuw.md:5  telefoon  Dit is nog een invulveld uit het sjabloon: [Vul in: bv. 02 123 45 67]. Vervang het door je eigen gegevens.",
        "fout: partners/nieuw.md:10  Dit is nog een invulveld uit het sjabloon: [Vul in: een korte uitleg over de organisatie, of laat dit leeg.]. Vervang het door je eigen tekst.",
      ]
    `);
  });
});
