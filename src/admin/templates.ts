/**
 * The `_sjabloon.md` templates, generated from the schema's metadata (./fields.ts): required keys
 * with a `[Vul in: ...]` placeholder, optional keys commented out with an example, and every key's
 * help line as a comment. `npm run genereer` writes them; a test fails when one is out of date.
 */
import type { CollectionName } from '../model/schema.ts';
import { describeCollections, type FieldSpec } from './fields.ts';

/** What the metadata of single fields cannot say: how to start, the rules between keys, the body. */
const TEMPLATE_TEXT: Record<CollectionName, { header: string[]; body: string; fill?: string[] }> = {
  aanbod: {
    header: [
      'Sjabloon voor een aanbod. Kopieer dit bestand naar een nieuwe naam, zoals zwemmen-dilkom.md:',
      'kleine letters, cijfers en streepjes. Of maak een aanbod met: npm run nieuw',
      'Vervang elk [Vul in: ...]. Wil je een sleutel met een # ervoor gebruiken? Haal dan "# " weg',
      '(het hekje en de spatie erna), en laat de spaties ervoor staan.',
    ],
    body: '[Vul in: schrijf hier in gewone taal wat het is, hoe je gaat en wat je mag verwachten. Gebruik korte zinnen en "je". Tussentitels beginnen met ##.]',
  },
  categorieen: {
    header: ['Sjabloon voor een categorie. Kopieer dit bestand naar een nieuwe naam, zoals sport.md.'],
    body: '[Vul in: een of twee zinnen die de categorie uitleggen.]',
  },
  partners: {
    header: [
      'Sjabloon voor een partner. Kopieer dit bestand naar een nieuwe naam, zoals sportdienst.md.',
      'Vul minstens een van telefoon, email of website in.',
    ],
    body: '[Vul in: een korte uitleg over de organisatie, of laat dit leeg.]',
    // One way to reach the partner is required: the template asks for the phone number.
    fill: ['telefoon'],
  },
  kortingen: {
    header: ['Sjabloon voor een korting. Kopieer dit bestand naar een nieuwe naam, zoals participatiepas.md.'],
    body: '[Vul in: leg in gewone taal uit wie de korting kan krijgen, waar je ze vraagt en wat je meebrengt.]',
  },
  paginas: {
    header: ['Sjabloon voor een vrije pagina. Kopieer dit bestand naar een nieuwe naam, zoals over-ons.md.'],
    body: '[Vul in: de tekst van de pagina, in gewone taal. Tussentitels beginnen met ##.]',
  },
};

/** "a, b of c". */
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;

/** The help line of a field as the templates and the key tables write it: hint plus the choices. */
export function helpText(field: FieldSpec): string {
  const parts = [field.hint ?? ''];
  if (field.options) parts.push(`Kies ${orList(field.options)}.`);
  return parts.filter(Boolean).join(' ');
}

interface Line {
  code: string;
  comment?: string;
}

const COMMENT_COLUMN = 52;

function render(lines: readonly Line[]): string {
  return lines
    .map(({ code, comment }) => {
      if (!comment) return code;
      const pad = Math.max(COMMENT_COLUMN - code.length, 1);
      return `${code}${' '.repeat(pad)}# ${comment}`;
    })
    .join('\n');
}

const placeholder = (field: FieldSpec): string => `"[Vul in: ${field.example ? `bv. ${field.example.replace(/^"|"$/g, '')}` : field.label.toLowerCase()}]"`;

/** Lines for one field at `indent`; `commented` puts "# " before the key (an optional key or block). */
function fieldLines(field: FieldSpec, indent: number, commented: boolean, fill = false): Line[] {
  const hash = commented ? '# ' : '';
  const pad = ' '.repeat(indent);
  const help = helpText(field);
  const required = field.required && !commented;
  const comment = required ? (help ? `verplicht. ${help}` : 'verplicht') : help || undefined;
  if (field.kind === 'object') {
    const lines: Line[] = [{ code: `${hash}${pad}${field.key}:`, comment }];
    for (const child of field.fields!) lines.push(...fieldLines(child, indent + 2, commented || !child.required));
    return lines;
  }
  if (field.kind === 'list' && field.item?.kind === 'object') {
    const lines: Line[] = [{ code: `${hash}${pad}${field.key}:`, comment }];
    field.item.fields!.forEach((child, i) => {
      const prefix = i === 0 ? '- ' : '  ';
      const childHelp = helpText(child);
      lines.push({ code: `${commented ? '# ' : '# '}${pad}  ${prefix}${child.key}: ${child.example ?? ''}`.trimEnd(), comment: childHelp || undefined });
    });
    return lines;
  }
  const value = required || fill ? placeholder(field) : field.example ?? '';
  return [{ code: `${hash}${pad}${field.key}: ${value}`.trimEnd(), comment }];
}

/** The whole `_sjabloon.md` of a folder. */
export function templateFor(name: CollectionName): string {
  const fields = describeCollections().find((c) => c.name === name)!.fields;
  const text = TEMPLATE_TEXT[name];
  const lines: Line[] = text.header.map((h) => ({ code: `# ${h}` }));
  // Required keys first, so a partner sees at once what to fill in; then the optional ones.
  const filled = (f: FieldSpec) => f.required || (text.fill ?? []).includes(f.key);
  for (const field of fields.filter(filled)) lines.push(...fieldLines(field, 0, false, true));
  for (const field of fields.filter((f) => !filled(f))) lines.push(...fieldLines(field, 0, true));
  return `---\n${render(lines)}\n---\n${text.body}\n`;
}
