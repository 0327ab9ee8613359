/**
 * Every field proved in every output. The fixture tests/fixtures/coverage has one offer
 * (aanbod/kleiatelier.md) that sets every key of the offer schema, with values found nowhere else.
 * WHERE below is the one table of which key shows up in which output, and how; the test walks
 * every leaf of the offer schema, requires a row for it, builds the fixture (in this process) and
 * looks for each row's value in each output it names. A renderer that drops a key fails here.
 *
 * Outputs: the offer's page (text, photo), its fan card (kaart/<id>.pdf via pdftotext), open data
 * (aanbod.json), the CSV (aanbod.csv, "column=value"), the page's JSON-LD, and its search meta
 * (pagefind meta and filters, "name=value"). Matching ignores case and spacing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { offerSchema } from '../../src/model/schema.ts';
import { buildInProcess, ROOT } from './harness/in-process.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/coverage');
const OUT = path.join(ROOT, 'tests/.output/coverage');
const ID = 'kleiatelier';

type Output = 'page' | 'card' | 'openData' | 'csv' | 'jsonLd' | 'search';
type Outputs = Record<Output, string>;
/** A text to find (case and spacing ignored), or a rule over all outputs for what is not a text (order). */
type Probe = string | ((o: Outputs & { openDataOrder: string[] }) => boolean);
type Row = Partial<Record<Output, Probe>>;

/**
 * Where each key of an offer goes. A key missing from an output is a decision, noted here:
 * the card is small (no audience, age, partner, languages, website, photo or keywords); open data
 * and the CSV carry no photo; the CSV has no column for what to bring; JSON-LD and the search meta
 * carry what schema.org and the search filters need.
 */
export const WHERE: Record<string, Row> = {
  'titel': { page: 'Kleiatelier Tulpenhof', card: 'Kleiatelier Tulpenhof', openData: '"title":"Kleiatelier Tulpenhof"', csv: 'titel=Kleiatelier Tulpenhof', jsonLd: '"name":"Kleiatelier Tulpenhof"', search: 'title=Kleiatelier Tulpenhof' },
  'samenvatting': { page: 'Boetseer een kom of beeldje uit klei.', card: 'Boetseer een kom of beeldje uit klei.', openData: '"summary":"Boetseer een kom of beeldje uit klei."', csv: 'samenvatting=Boetseer een kom', jsonLd: '"description":"Boetseer een kom', search: 'samenvatting=Boetseer een kom' },
  'categorie': { page: 'Creatief', card: 'Creatief', openData: '"category":"creatief"', csv: 'categorie=Creatief', search: 'categorie=Creatief' },
  'partner': { page: 'Dit aanbod is van Atelier Klaproos', openData: '"partner":"atelier"', csv: 'partner=Atelier Klaproos', jsonLd: '"organizer":{"@type":"Organization","name":"Atelier Klaproos"' },
  'doelgroep[]': { page: 'Kinderen, Gezinnen', openData: '"audiences":["kinderen","gezinnen"]', csv: 'voor wie=Kinderen, Gezinnen', jsonLd: '"audienceType":"Kinderen, Gezinnen"', search: 'doelgroep=Gezinnen' },
  'leeftijd.van': { page: '(7 tot', openData: '"age":{"from":7', csv: 'leeftijd van=7', jsonLd: '"suggestedMinAge":7' },
  'leeftijd.tot': { page: 'tot 13 jaar', openData: '"to":13}', csv: 'leeftijd tot=13', jsonLd: '"suggestedMaxAge":13' },
  'prijs.normaal': { page: '€ 12,40', card: '€ 12,40', openData: '"normal":1240', csv: 'prijs (euro)=12,40', jsonLd: '"price":"12.40"', search: 'prijs=€ 12,40' },
  'prijs.per': { page: '€ 12,40 per les', card: '€ 12,40 per les', openData: '"unit":"les"', csv: 'prijs per=per les', jsonLd: '12,40 per les', search: '12,40 per les' },
  'prijs.kortingen[].id': { page: 'met vrijetijdspas', card: 'met vrijetijdspas', openData: '"scheme":"vrijetijdspas"', csv: 'prijs met Vrijetijdspas (euro)=2,60', jsonLd: '"name":"Met vrijetijdspas"', search: 'met vrijetijdspas' },
  'prijs.kortingen[].prijs': { page: '€ 2,60 met', card: '€ 2,60 met', openData: '"amount":260', csv: '(euro)=2,60', jsonLd: '"price":"2.60"', search: '€ 2,60 met' },
  'prijs.kortingen[].terug': { page: 'lidgeldpremie krijg je € 5,30 terug', card: 'lidgeldpremie krijg je € 5,30 terug', openData: '"amount":530', csv: 'terug met Lidgeldpremie (euro)=5,30', jsonLd: '€ 5,30 terug', search: '€ 5,30 terug' },
  'prijs.uitleg': { page: 'Klei en glazuur zitten in de prijs.', card: 'Klei en glazuur zitten in de prijs.', openData: '"note":"Klei en glazuur', csv: 'uitleg prijs=Klei en glazuur' },
  'wanneer.momenten[].dag': { page: 'donderdag van 15.40', card: 'donderdag van 15.40', openData: '"day":"donderdag"', csv: 'wanneer=donderdag', jsonLd: 'schema.org/Thursday', search: 'dag=Donderdag' },
  'wanneer.momenten[].van': { page: 'van 15.40 tot', card: 'van 15.40 tot', openData: '"from":"15:40"', csv: 'van 15.40 tot', jsonLd: '"startTime":"15:40:00"' },
  'wanneer.momenten[].tot': { page: 'tot 17.10 uur', card: 'tot 17.10 uur', openData: '"to":"17:10"', csv: 'tot 17.10 uur', jsonLd: '"endTime":"17:10:00"' },
  'wanneer.tekst': { page: 'Niet in de kerstvakantie.', card: 'Niet in de kerstvakantie.', openData: '"note":"Niet in de kerstvakantie."', csv: 'uitleg wanneer=Niet in de kerstvakantie.' },
  'wanneer.periode.van': { page: 'Van 17 september 2026', card: 'Van 17 september 2026', openData: '"season":{"from":"2026-09-17"', csv: 'periode van=2026-09-17', jsonLd: '"startDate":"2026-09-17"' },
  'wanneer.periode.tot': { page: 'tot 27 mei 2027', card: 'tot 27 mei 2027', openData: '"to":"2027-05-27"', csv: 'periode tot=2027-05-27', jsonLd: '"endDate":"2027-05-27"' },
  'waar.naam': { page: 'Zaal Wilgenhoek', card: 'Zaal Wilgenhoek', openData: '"name":"Zaal Wilgenhoek"', csv: 'plaats=Zaal Wilgenhoek', jsonLd: '"@type":"Place","name":"Zaal Wilgenhoek"' },
  'waar.adres': { page: 'Beukenlaan 48, 9999 Proefdorp', card: 'Beukenlaan 48 9999 Proefdorp', openData: '"address":"Beukenlaan 48, 9999 Proefdorp"', csv: 'adres=Beukenlaan 48, 9999 Proefdorp', jsonLd: '"streetAddress":"Beukenlaan 48"' },
  'waar.rolstoel': { page: 'Je kan er deels binnen met een rolstoel.', card: 'Je kan er deels binnen met een rolstoel.', openData: '"wheelchair":"deels"', csv: 'rolstoel=deels', search: 'rolstoel=Je kan deels binnen' },
  'waar.bus': { page: 'Bus 71 tot halte Wilgenhoek', card: 'Bus 71 tot halte Wilgenhoek', openData: '"transit":"Bus 71 tot halte Wilgenhoek"', csv: 'bus=Bus 71 tot halte Wilgenhoek' },
  'inschrijven.nodig': { page: 'Je moet je vooraf inschrijven.', card: 'Je moet je vooraf inschrijven.', openData: '"required":true', csv: 'inschrijven nodig=ja' },
  'inschrijven.hoe': { page: 'Bel of mail naar het atelier.', card: 'Bel of mail naar het atelier.', openData: '"how":"Bel of mail naar het atelier."', csv: 'hoe inschrijven=Bel of mail naar het atelier.' },
  'inschrijven.meebrengen[]': { page: 'Neem mee: oude schort handdoek', card: 'Neem mee: oude schort, handdoek', openData: '"bring":["oude schort","handdoek"]' },
  'contact.telefoon': { page: 'Bel 0471 98 76 54', card: '0471 98 76 54', openData: '"phone":"0471 98 76 54"', csv: 'telefoon=0471 98 76 54', jsonLd: '"telephone":"+32471987654"' },
  'contact.email': { page: 'Mail naar klei@klaproos.example', card: 'klei@klaproos.example', openData: '"email":"klei@klaproos.example"', csv: 'e-mail=klei@klaproos.example', jsonLd: '"email":"klei@klaproos.example"' },
  'contact.website': { page: 'Website: klei.klaproos.example/atelier', openData: '"website":"https://klei.klaproos.example/atelier"', csv: 'website=https://klei.klaproos.example/atelier', jsonLd: '"url":"https://klei.klaproos.example/atelier"' },
  'drempelverlagend[]': { page: 'Je kan meedoen met weinig Nederlands', card: 'Je kan meedoen met weinig Nederlands', openData: '"id":"weinig-nederlands"', csv: 'drempelverlagend=Je kan materiaal lenen, Je kan meedoen met weinig Nederlands' },
  'talen[]': { page: 'Ze spreken: Nederlands, Frans.', openData: '"languages":["nl","fr"]', csv: 'talen=nl, fr', jsonLd: '"inLanguage":["nl","fr"]' },
  'afbeelding.bron': { page: 'src="/_astro/kleiatelier.' },
  'afbeelding.alt': { page: 'alt="Handen die een kom uit klei vormen"' },
  'trefwoorden[]': { page: 'pottenbakken, keramiek', openData: '"keywords":["pottenbakken","keramiek"]', csv: 'trefwoorden=pottenbakken, keramiek', jsonLd: '"keywords":"pottenbakken, keramiek"' },
  'nagekeken': { page: 'Nagekeken op 5 oktober 2026', card: 'Nagekeken op 5 oktober 2026', openData: '"checked":"2026-10-05"', csv: 'nagekeken=2026-10-05' },
  'geldig_tot': { openData: '"validUntil":"2027-06-30"', csv: 'geldig tot=2027-06-30' },
  'waaier': { card: '/aanbod/kleiatelier', openData: '"onFan":true', csv: 'in de waaier=ja' },
  // volgorde 2 puts it after "Tekenles" (volgorde 1), although K comes before T.
  'volgorde': { openData: (o) => o.openDataOrder.indexOf('tekenen') < o.openDataOrder.indexOf(ID) },
};

/** Every leaf key of a zod 4 schema: objects by key, lists as "[]", optional/default/preprocess looked through. */
export function leaves(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType } }).def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return leaves(def.innerType!, prefix);
    case 'array':
      return leaves(def.element!, `${prefix}[]`);
    case 'pipe': {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema; value.transform(fn) ends in a transform.
      const out = (def.out as unknown as { def: { type: string } }).def.type;
      return out === 'transform' ? [prefix] : leaves(def.out!, prefix);
    }
    default:
      return [prefix];
  }
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function pageOutputs(html: string): Pick<Outputs, 'page' | 'jsonLd' | 'search'> {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const text = main.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<img\b([^>]*)>/g, ' [$1] ').replace(/<[^>]+>/g, ' ');
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  const search = [...html.matchAll(/<[^>]*data-pagefind-(?:meta|filter)="([a-z]+)\[data-value\]"[^>]*data-value="([^"]*)"/g)]
    .map((m) => `${m[1]}=${decode(m[2]!)}`).join('\n');
  return { page: decode(text), jsonLd, search };
}

/** The CSV's row for one offer as "column=value" lines (fields are always quoted, ; separated). */
function csvRow(csv: string, id: string): string {
  const rows = csv.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/).map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
  const [header, ...body] = rows;
  const row = body.find((r) => r[0] === id) ?? [];
  return header!.map((h, i) => `${h}=${row[i] ?? ''}`).join('\n');
}

describe('every key of an offer reaches every output it belongs to', () => {
  let outputs: Outputs & { openDataOrder: string[] };
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    await buildInProcess({ content: CONTENT, out: OUT, buildDate: '2026-11-26' });
    const html = readFileSync(path.join(OUT, `aanbod/${ID}/index.html`), 'utf8');
    const data = JSON.parse(readFileSync(path.join(OUT, 'aanbod.json'), 'utf8')) as { offers: { id: string }[] };
    // The card as a reader sees it: words broken at a line end with a hyphen joined again.
    const card = execFileSync('pdftotext', [path.join(OUT, `kaart/${ID}.pdf`), '-'], { encoding: 'utf8' }).replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2');
    outputs = {
      ...pageOutputs(html),
      card,
      openData: JSON.stringify(data.offers.find((o) => o.id === ID)),
      openDataOrder: data.offers.map((o) => o.id),
      csv: csvRow(readFileSync(path.join(OUT, 'aanbod.csv'), 'utf8'), ID),
    };
  }, 600_000);

  it('has a row in the table for every leaf of the offer schema, and none for keys that do not exist', () => {
    const keys = leaves(offerSchema);
    expect(keys.length).toBeGreaterThan(30);
    expect(Object.keys(WHERE).sort()).toEqual([...keys].sort());
    for (const [key, row] of Object.entries(WHERE)) expect(Object.keys(row).length, `${key} goes nowhere`).toBeGreaterThan(0);
  });

  it('sets every key in the fixture offer', () => {
    const source = readFileSync(path.join(CONTENT, `aanbod/${ID}.md`), 'utf8');
    for (const key of leaves(offerSchema)) {
      const last = key.replace(/\[\]/g, '').split('.').at(-1)!;
      expect(source, key).toMatch(new RegExp(`^\\s*(- )?${last}:`, 'm'));
    }
  });

  for (const [key, row] of Object.entries(WHERE)) {
    for (const [output, probe] of Object.entries(row) as [Output, Probe][]) {
      it(`${key} -> ${output}`, () => {
        if (typeof probe === 'function') {
          expect(probe(outputs), `${key} in ${output}`).toBe(true);
        } else {
          expect(squash(outputs[output]), `${key} in ${output}`).toContain(squash(probe));
        }
      });
    }
  }
});
