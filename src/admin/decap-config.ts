/**
 * The editor's configuration (Decap CMS), generated from the schema's field tree (./fields.ts):
 * every key with its Dutch label, help line, required or not, widget, limits and choices.
 * Repository and branch come from site.yaml (`bewerken`), the sign-in service from `aanmelden`.
 * Pure: the caller passes the site settings and the content folder.
 */
import { WEEKDAYS } from '../model/calendar.ts';
import { AUDIENCE_LABEL, PRICE_UNIT_LABEL, THRESHOLD, WHEELCHAIR_LABEL } from '../model/labels.ts';
import type { CollectionName } from '../model/schema.ts';
import { describeCollections, type FieldSpec } from './fields.ts';

/** The custom format that keeps the partner's file as it was (./yaml-format.ts). */
export const FORMAT_NAME = 'waaier-md';

export interface EditorSettings {
  /** Content folder relative to the repository root: "content". */
  contentFolder: string;
  /** site.yaml `bewerken`: GitHub's edit address, such as https://github.com/OWNER/REPO/edit/main/. */
  editUrl?: string;
  /** site.yaml `aanmelden`: the sign-in service (OAuth proxy) for GitHub. */
  signInUrl?: string;
  /** site.yaml `url`. */
  siteUrl?: string;
}

export interface Repository {
  repo: string;
  branch: string;
}

/** "https://github.com/owner/repo/edit/main/" -> { repo: "owner/repo", branch: "main" }. */
export function repositoryFromEditUrl(editUrl: string | undefined): Repository | undefined {
  if (!editUrl) return undefined;
  let url: URL;
  try {
    url = new URL(editUrl);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'github.com') return undefined;
  const [owner, repo, action, branch] = url.pathname.split('/').filter(Boolean);
  if (!owner || !repo || owner === 'OWNER' || repo === 'REPO') return undefined;
  return { repo: `${owner}/${repo}`, branch: action === 'edit' || action === 'blob' || action === 'tree' ? branch ?? 'main' : 'main' };
}

const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string; identifier: string; bodyLabel: string; bodyHint: string }> = {
  aanbod: { label: 'Aanbod', singular: 'aanbod', identifier: 'titel', bodyLabel: 'Tekst', bodyHint: 'Wat het is, hoe je gaat en wat je mag verwachten. Korte zinnen, "je".' },
  categorieen: { label: 'Categorieën', singular: 'categorie', identifier: 'naam', bodyLabel: 'Uitleg', bodyHint: 'Een of twee zinnen die de categorie uitleggen.' },
  partners: { label: 'Partners', singular: 'partner', identifier: 'naam', bodyLabel: 'Over de partner', bodyHint: 'Een korte uitleg over de organisatie. Mag leeg blijven.' },
  kortingen: { label: 'Kortingen', singular: 'korting', identifier: 'naam', bodyLabel: 'Uitleg', bodyHint: 'Wie de korting kan krijgen, waar je ze vraagt en wat je meebrengt.' },
  paginas: { label: "Pagina's", singular: 'pagina', identifier: 'titel', bodyLabel: 'Tekst', bodyHint: 'De tekst van de pagina, in gewone taal.' },
};

/** Readable choices for the enums, from the same words the site shows. */
function choiceLabel(field: FieldSpec, value: string): string {
  const key = field.path.join('.');
  if (key === 'doelgroep') return AUDIENCE_LABEL[value as keyof typeof AUDIENCE_LABEL] ?? value;
  if (key === 'prijs.per') return PRICE_UNIT_LABEL[value as keyof typeof PRICE_UNIT_LABEL] ?? value;
  if (key === 'drempelverlagend') return THRESHOLD[value as keyof typeof THRESHOLD]?.label ?? value;
  if (key === 'waar.rolstoel') return WHEELCHAIR_LABEL[value as keyof typeof WHEELCHAIR_LABEL] ?? value;
  return value;
}

type DecapField = Record<string, unknown>;

const hintOf = (field: FieldSpec): string | undefined => field.hint;

/**
 * One Decap field. `required` is only passed down while every parent is required too: the check
 * (./check-entry.ts) enforces "nodig is required once you fill in inschrijven", Decap cannot.
 */
function decapField(field: FieldSpec, parentRequired = true): DecapField {
  const required = field.required && parentRequired;
  const base: DecapField = { name: field.key, label: field.label, required };
  const hint = hintOf(field);
  if (hint) base['hint'] = hint;
  switch (field.kind) {
    case 'text':
    case 'price':
    case 'phone':
    case 'email':
    case 'url':
    case 'colour':
    case 'icon':
    case 'id': {
      const widget = field.multiline ? 'text' : 'string';
      const out: DecapField = { ...base, widget };
      if (field.max) out['pattern'] = [`^[\\s\\S]{0,${field.max}}$`, `Hoogstens ${field.max} tekens.`];
      return out;
    }
    case 'reference': {
      const target = field.references!;
      const display = COLLECTION_LABELS[target].identifier;
      return { ...base, widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [display], display_fields: [display], options_length: 200 };
    }
    case 'date': {
      const out: DecapField = { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
      // `nagekeken`: the day the partner checks the offer is the day they edit it.
      out['default'] = field.path.join('.') === 'nagekeken' ? '{{now}}' : '';
      return out;
    }
    case 'time':
      return { ...base, widget: 'datetime', format: 'HH:mm', date_format: false, time_format: 'HH:mm', default: '' };
    case 'weekday':
      return { ...base, widget: 'select', options: WEEKDAYS.map((d) => ({ label: d.charAt(0).toUpperCase() + d.slice(1), value: d })) };
    case 'yesno': {
      const out: DecapField = { ...base, widget: 'boolean' };
      if (typeof field.defaultValue === 'boolean') out['default'] = field.defaultValue;
      return out;
    }
    case 'number': {
      const out: DecapField = { ...base, widget: 'number', value_type: 'int' };
      if (field.min !== undefined) out['min'] = field.min;
      if (field.max !== undefined) out['max'] = field.max;
      return out;
    }
    case 'enum':
      return { ...base, widget: 'select', options: field.options!.map((o) => ({ label: choiceLabel(field, o), value: o })) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false, media_library: { config: { multiple: false } } };
    case 'list': {
      const item = field.item!;
      if (item.kind === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: field.options!.map((o) => ({ label: choiceLabel(field, o), value: o })) };
      }
      if (item.kind === 'object') {
        // Decap opens an optional block with one empty item; an empty item is not written, and a
        // half-filled one is reported by the check, so Decap itself requires nothing inside an item.
        const fields = item.fields!.map((f) => decapField(f, false));
        return { ...base, widget: 'list', collapsed: false, add_to_top: false, fields, summary: listSummary(item) };
      }
      // A list of words: Decap's list widget without fields takes them separated by commas.
      return { ...base, widget: 'list', allow_add: true };
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: !required, fields: field.fields!.map((f) => decapField(f, required)) };
  }
}

function listSummary(item: FieldSpec): string {
  const keys = item.fields!.map((f) => f.key);
  if (keys.includes('dag')) return '{{fields.dag}} {{fields.van}}–{{fields.tot}}';
  if (keys.includes('id')) return '{{fields.id}}: {{fields.prijs}}';
  return `{{fields.${keys[0]}}}`;
}

/** The collections of the editor, one per content folder, with the body as Markdown. */
function decapCollections(contentFolder: string): DecapField[] {
  return describeCollections().map(({ name, fields }) => {
    const labels = COLLECTION_LABELS[name];
    const collection: DecapField = {
      name,
      label: labels.label,
      label_singular: labels.singular,
      folder: `${contentFolder}/${name}`,
      extension: 'md',
      format: `${FORMAT_NAME}-${name}`,
      create: true,
      delete: false,
      identifier_field: labels.identifier,
      slug: '{{slug}}',
      summary: `{{${labels.identifier}}}`,
      fields: [
        ...fields.map((f) => decapField(f)),
        { name: 'body', label: labels.bodyLabel, hint: labels.bodyHint, widget: 'markdown', required: false, editor_components: [], modes: ['rich_text', 'raw'], sanitize_preview: true },
      ],
    };
    if (name === 'aanbod') {
      // Photos sit next to the offer's file (afbeelding.bron: ./foto.jpg).
      collection['media_folder'] = '';
      collection['public_folder'] = './';
      collection['sortable_fields'] = ['titel', 'nagekeken', 'categorie', 'partner'];
      collection['view_groups'] = [{ label: 'Partner', field: 'partner' }, { label: 'Categorie', field: 'categorie' }];
    }
    return collection;
  });
}

/** The whole configuration for CMS.init(), as plain data (written to /admin/config.yml). */
export function decapConfig(settings: EditorSettings): Record<string, unknown> {
  const repository = repositoryFromEditUrl(settings.editUrl);
  const backend: Record<string, unknown> = repository
    ? { name: 'github', repo: repository.repo, branch: repository.branch, ...(settings.signInUrl ? { base_url: settings.signInUrl } : {}) }
    : { name: 'github', repo: '', branch: 'main' };
  backend['commit_messages'] = {
    create: 'Nieuw in {{collection}}: {{slug}}',
    update: 'Aangepast in {{collection}}: {{slug}}',
    delete: 'Verwijderd uit {{collection}}: {{slug}}',
    uploadMedia: 'Foto toegevoegd: {{path}}',
    deleteMedia: 'Foto verwijderd: {{path}}',
    openAuthoring: '{{message}}',
  };
  return {
    load_config_file: false,
    locale: 'nl',
    backend,
    publish_mode: 'editorial_workflow',
    media_folder: `${settings.contentFolder}/aanbod`,
    public_folder: './',
    ...(settings.siteUrl ? { site_url: settings.siteUrl, display_url: settings.siteUrl } : {}),
    show_preview_links: false,
    search: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: decapCollections(settings.contentFolder),
  };
}
