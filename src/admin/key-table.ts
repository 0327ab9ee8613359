/**
 * The key tables in the docs, generated from the schema's metadata (./fields.ts) like the editor
 * and the templates: the partners' table in CONTRIBUTING.md (Dutch) and the full table per folder
 * in docs/content-format.md. Only the part between the generated-section markers is written.
 */
import type { CollectionName } from '../model/schema.ts';
import { allFields, describeCollections, type FieldSpec } from './fields.ts';
import { helpText } from './templates.ts';

export const MARKERS = {
  partners: {
    begin: '<!-- begin gegenereerd: sleutels (npm run genereer maakt dit uit src/model/schema.ts; pas het daar aan) -->',
    end: '<!-- einde gegenereerd: sleutels -->',
  },
  developers: {
    begin: '<!-- begin generated: keys (npm run genereer writes this from the .meta() in src/model/schema.ts; edit it there) -->',
    end: '<!-- end generated: keys -->',
  },
} as const;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const keyName = (field: FieldSpec): string => field.path.map((k) => code(k)).join(' → ');

/** Keys a file must have: required, with every block around them required too (not inside a list item). */
function requiredKeys(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.filter((f) => f.required).flatMap((f) => [f, ...(f.kind === 'object' ? requiredKeys(f.fields!) : [])]);
}

/** CONTRIBUTING.md: which keys an offer has, what to write, an example. */
export function partnerKeyTable(): string {
  const tree = describeCollections().find((c) => c.name === 'aanbod')!.fields;
  const required = requiredKeys(tree).filter((f) => f.kind !== 'object').map(keyName);
  const rows = allFields(tree).map((f) => `| ${keyName(f)} | ${cell(`${/[.?!]$/.test(f.label) ? f.label : `${f.label}.`} ${helpText(f)}`.trim())} | ${f.example ? code(f.example) : ''} |`);
  return [
    `Verplicht zijn: ${required.slice(0, -1).join(', ')} en ${required[required.length - 1]}. De rest mag je weglaten.`,
    '',
    '| Sleutel | Wat schrijf je? | Voorbeeld |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function limits(field: FieldSpec): string {
  const parts: string[] = [];
  if (field.options) parts.push(`one of ${field.options.join(', ')}`);
  if (field.kind === 'number' && field.min !== undefined) parts.push(`≥ ${field.min}`);
  if (field.max !== undefined) parts.push(field.kind === 'number' ? `≤ ${field.max}` : `≤ ${field.max} characters`);
  if (field.references) parts.push(`an id in ${field.references}/`);
  if (field.defaultValue !== undefined) parts.push(`default ${JSON.stringify(field.defaultValue)}`);
  return parts.join('; ');
}

const FOLDER_TITLES: Record<CollectionName, string> = {
  aanbod: '`aanbod/<id>.md`',
  categorieen: '`categorieen/<id>.md`',
  partners: '`partners/<id>.md`',
  kortingen: '`kortingen/<id>.md`',
  paginas: '`paginas/<id>.md`',
};

/** docs/content-format.md: every key of every folder with its kind, limits and Dutch label and help. */
export function developerKeyTables(): string {
  const out: string[] = [
    'Every key of every folder, as `src/model/schema.ts` defines it. The label and help are what the',
    'editor at `/admin/`, the `_sjabloon.md` templates and CONTRIBUTING.md show partners.',
  ];
  for (const { name, fields } of describeCollections()) {
    out.push('', `#### ${FOLDER_TITLES[name]}`, '', '| Key | Required | Kind | Limits | Label | Help |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of allFields(fields)) {
      out.push(`| ${keyName(f)} | ${f.required ? 'yes' : 'no'} | ${f.kind === 'list' ? `list of ${f.item!.kind}` : f.kind} | ${cell(limits(f))} | ${cell(f.label)} | ${cell(helpText(f))} |`);
    }
  }
  return out.join('\n');
}

/** `text` with the part between `begin` and `end` replaced; undefined when the markers are missing. */
export function replaceBetween(text: string, markers: { begin: string; end: string }, content: string): string | undefined {
  const start = text.indexOf(markers.begin);
  const stop = text.indexOf(markers.end);
  if (start < 0 || stop < start) return undefined;
  return `${text.slice(0, start + markers.begin.length)}\n${content}\n${text.slice(stop)}`;
}
