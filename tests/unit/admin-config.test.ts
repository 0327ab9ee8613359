/** The editor's configuration is generated from the schema: every key, its label, widget and limits. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/model/schema.ts';
import { allFields, describeCollections, type FieldSpec } from '../../src/admin/fields.ts';
import { decapConfig, repositoryFromEditUrl } from '../../src/admin/decap-config.ts';

type DecapField = { name: string; label: string; widget: string; required: boolean; hint?: string; fields?: DecapField[]; options?: { value: string }[]; [k: string]: unknown };

/** Every key path of a zod object schema, read from the schema itself (not from the walker under test). */
function schemaKeys(schema: unknown, prefix = ''): string[] {
  let s = schema as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = s._zod.def;
    if (def['type'] === 'optional' || def['type'] === 'default') s = def['innerType'] as typeof s;
    else if (def['type'] === 'pipe' && (def['in'] as typeof s)._zod.def['type'] === 'transform') s = def['out'] as typeof s;
    else if (def['type'] === 'array') s = def['element'] as typeof s;
    else break;
  }
  const def = s._zod.def;
  if (def['type'] !== 'object') return [];
  return Object.entries(def['shape'] as Record<string, unknown>).flatMap(([key, child]) => [`${prefix}${key}`, ...schemaKeys(child, `${prefix}${key}.`)]);
}

function configKeys(fields: DecapField[], prefix = ''): Map<string, DecapField> {
  const out = new Map<string, DecapField>();
  for (const f of fields) {
    out.set(`${prefix}${f.name}`, f);
    for (const [k, v] of configKeys(f.fields ?? [], `${prefix}${f.name}.`)) out.set(k, v);
  }
  return out;
}

const config = decapConfig({ contentFolder: 'content', editUrl: 'https://github.com/gemeente/waaier/edit/main/', signInUrl: 'https://aanmelden.example.org', siteUrl: 'https://waaier.example.org' });
const collections = config['collections'] as { name: CollectionName; folder: string; fields: DecapField[] }[];
const tree = describeCollections();

describe('the generated editor configuration', () => {
  it('has one collection per content folder, in the content folder', () => {
    expect(collections.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS));
    expect(collections.map((c) => c.folder)).toEqual(Object.keys(COLLECTIONS).map((n) => `content/${n}`));
  });

  it.each(Object.keys(COLLECTIONS) as CollectionName[])('has every key of the %s schema, with its Dutch label and help', (name) => {
    const keys = configKeys(collections.find((c) => c.name === name)!.fields);
    const fields = new Map(allFields(tree.find((c) => c.name === name)!.fields).map((f) => [f.path.join('.'), f]));
    for (const key of schemaKeys(COLLECTIONS[name])) {
      const field = keys.get(key);
      expect(field, `${name}: ${key} is missing from the editor`).toBeDefined();
      const meta = fields.get(key)!;
      expect(meta.label, `${name}: ${key} has no label in .meta()`).not.toBe(meta.key);
      expect(field!.label).toBe(meta.label);
      expect(field!.hint).toBe(meta.hint);
    }
    expect(keys.get('body')?.widget).toBe('markdown');
  });

  it('picks widgets that cannot produce a wrong value', () => {
    const offer = configKeys(collections.find((c) => c.name === 'aanbod')!.fields);
    expect(offer.get('categorie')).toMatchObject({ widget: 'relation', collection: 'categorieen', value_field: '{{slug}}' });
    expect(offer.get('partner')).toMatchObject({ widget: 'relation', collection: 'partners' });
    expect(offer.get('prijs.kortingen.id')).toMatchObject({ widget: 'relation', collection: 'kortingen' });
    expect(offer.get('prijs.per')).toMatchObject({ widget: 'select' });
    expect(offer.get('prijs.per')!.options!.map((o) => o.value)).toContain('beurt');
    expect(offer.get('doelgroep')).toMatchObject({ widget: 'select', multiple: true });
    expect(offer.get('wanneer.momenten.dag')).toMatchObject({ widget: 'select' });
    expect(offer.get('wanneer.momenten.dag')!.options!.map((o) => o.value)).toEqual(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']);
    expect(offer.get('wanneer.momenten.van')).toMatchObject({ widget: 'datetime', format: 'HH:mm', date_format: false });
    expect(offer.get('nagekeken')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '{{now}}', required: true });
    expect(offer.get('geldig_tot')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false });
    expect(offer.get('titel')).toMatchObject({ widget: 'string', required: true, pattern: ['^[\\s\\S]{0,60}$', 'Hoogstens 60 tekens.'] });
    expect(offer.get('samenvatting')).toMatchObject({ widget: 'text' });
    expect(offer.get('leeftijd.van')).toMatchObject({ widget: 'number', min: 0, max: 120 });
    expect(offer.get('waaier')).toMatchObject({ widget: 'boolean', default: true });
    // Inside an optional block nothing is required by Decap; the check knows "nodig" is required once inschrijven is used.
    expect(offer.get('inschrijven.nodig')!.required).toBe(false);
    expect(offer.get('prijs.normaal')!.required).toBe(true);
  });

  it('takes repository, branch and sign-in from site.yaml, with pull requests for every change', () => {
    expect(config['backend']).toMatchObject({ name: 'github', repo: 'gemeente/waaier', branch: 'main', base_url: 'https://aanmelden.example.org' });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(config['locale']).toBe('nl');
    expect(repositoryFromEditUrl('https://github.com/OWNER/REPO/edit/main/')).toBeUndefined();
    expect(repositoryFromEditUrl('https://github.com/a/b/edit/productie/content/')).toEqual({ repo: 'a/b', branch: 'productie' });
    expect(repositoryFromEditUrl('https://gitlab.com/a/b/-/edit/main/')).toBeUndefined();
  });

  it('knows what every field holds', () => {
    const kinds = tree.flatMap((c) => allFields(c.fields)).map((f: FieldSpec) => f.kind);
    expect(kinds).not.toContain(undefined);
  });
});
