/**
 * aanbod.csv: the open data as one row per offer, for people who open it in a spreadsheet. Belgian
 * Excel reads a semicolon as separator, a comma as decimal sign and needs a byte order mark to see
 * UTF-8 (else "café" shows as "cafÃ©"). Headers are Dutch: the readers are coordinators, not programmers.
 */
import type { Site } from '../model/types.ts';
import { openData, type OpenDataOffer } from './open-data.ts';
import { decimalEuro } from '../model/price.ts';

const BOM = '\uFEFF';
const SEPARATOR = ';';

type Column = [header: string, value: (o: OpenDataOffer) => string | number | boolean | null];

/** "4,50": what Belgian Excel reads as the number 4.5. */
export const euroCell = (cents: number | null | undefined): string =>
  cents === null || cents === undefined ? '' : decimalEuro(cents).replace('.', ',');

const list = (items: readonly string[]): string => items.join(', ');

function csvColumns(site: Site): Column[] {
  const schemeColumns = site.schemes.flatMap((s): Column[] => [
    [`prijs met ${s.name} (euro)`, (o) => euroCell(o.price.discounts.find((d) => d.scheme === s.id)?.amount)],
    [`terug met ${s.name} (euro)`, (o) => euroCell(o.price.refunds.find((d) => d.scheme === s.id)?.amount)],
  ]);
  return [
    ['id', (o) => o.id],
    ['link', (o) => o.url],
    ['titel', (o) => o.title],
    ['samenvatting', (o) => o.summary],
    ['categorie', (o) => site.categories.find((c) => c.id === o.category)?.name ?? o.category],
    ['partner', (o) => site.partners.find((p) => p.id === o.partner)?.name ?? o.partner],
    ['voor wie', (o) => o.audienceText],
    ['leeftijd van', (o) => o.age?.from ?? null],
    ['leeftijd tot', (o) => o.age?.to ?? null],
    ['prijs (euro)', (o) => euroCell(o.price.normal)],
    ['prijs per', (o) => o.price.unitText],
    ...schemeColumns,
    ['gratis', (o) => o.price.free],
    ['uitleg prijs', (o) => o.price.note],
    ['wanneer', (o) => o.schedule?.text.join('; ') ?? null],
    ['uitleg wanneer', (o) => o.schedule?.note ?? null],
    ['periode van', (o) => o.schedule?.season?.from ?? null],
    ['periode tot', (o) => o.schedule?.season?.to ?? null],
    ['plaats', (o) => o.place?.name ?? null],
    ['adres', (o) => o.place?.address ?? null],
    ['postcode', (o) => o.place?.postalCode ?? null],
    ['gemeente', (o) => o.place?.locality ?? null],
    ['rolstoel', (o) => o.place?.wheelchair ?? null],
    ['bus', (o) => o.place?.transit ?? null],
    ['inschrijven nodig', (o) => o.signUp?.required ?? null],
    ['hoe inschrijven', (o) => o.signUp?.how ?? null],
    ['telefoon', (o) => o.contact?.phone ?? null],
    ['e-mail', (o) => o.contact?.email ?? null],
    ['website', (o) => o.contact?.website ?? null],
    ['drempelverlagend', (o) => list(o.thresholds.map((t) => t.text))],
    ['talen', (o) => list(o.languages)],
    ['trefwoorden', (o) => list(o.keywords)],
    ['nagekeken', (o) => o.checked],
    ['geldig tot', (o) => o.validUntil],
    ['in de waaier', (o) => o.onFan],
  ];
}

/**
 * Every cell quoted, so semicolons and line breaks in partners' text stay inside their cell. A text
 * that starts like a formula gets a leading apostrophe, so a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '""';
  let text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function openDataCsv(site: Site): string {
  const columns = csvColumns(site);
  const rows = [
    columns.map(([header]) => csvCell(header)),
    ...openData(site).offers.map((o) => columns.map(([, value]) => csvCell(value(o)))),
  ];
  return BOM + rows.map((r) => r.join(SEPARATOR)).join('\r\n') + '\r\n';
}
