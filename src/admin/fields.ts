/**
 * The content schema (src/model/schema.ts) read as a tree of fields, with the Dutch label, help
 * text and example that each field carries as zod `.meta()`. One walk of the one schema feeds the
 * editor's configuration (./decap-config.ts), the templates (./templates.ts) and the key tables in
 * the docs (./key-table.ts), so a key is described once. Pure: no Decap, no I/O.
 */
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../model/schema.ts';

/**
 * What a field holds, as far as an editor cares. Types the schema writes as `z.unknown().transform()`
 * (prices, dates, times, phone numbers...) say their kind in their metadata.
 */
type FieldKind =
  | 'text' | 'id' | 'reference' | 'price' | 'date' | 'time' | 'weekday' | 'phone' | 'email' | 'url'
  | 'yesno' | 'number' | 'enum' | 'list' | 'object' | 'colour' | 'icon' | 'image';

/** The metadata a schema field may carry (`.meta({ ... })`). */
interface FieldMeta {
  /** Dutch label as the editor shows it: "Titel". */
  label?: string;
  /** One line of help in plain Dutch: "Hoogstens 60 tekens." */
  hint?: string;
  /** Example value as a partner writes it in YAML: `4,50`, `[kinderen, gezinnen]`. */
  example?: string;
  /** For kinds the zod type cannot show (see FieldKind). */
  kind?: FieldKind;
  /** A reference to a file in another folder: `categorie` -> categorieen. */
  references?: 'categorieen' | 'partners' | 'kortingen';
  /** Text meant for more than one line (a summary, an explanation). */
  multiline?: boolean;
}

export interface FieldSpec {
  key: string;
  /** Keys from the top of the file, list items left out: ['prijs', 'kortingen', 'prijs']. */
  path: string[];
  label: string;
  hint?: string;
  example?: string;
  required: boolean;
  kind: FieldKind;
  multiline: boolean;
  /** Longest text, or highest number. */
  max?: number;
  min?: number;
  /** Choices of an enum (or of a list of enums). */
  options?: readonly string[];
  references?: FieldMeta['references'];
  /** The value the schema fills in when the key is left out. */
  defaultValue?: unknown;
  /** A list's item. */
  item?: FieldSpec;
  /** An object's fields, in the schema's order. */
  fields?: FieldSpec[];
  /** The field's own schema, to read a value the way the check does. */
  schema: Schema;
}

type AnyDef = { type: string; [key: string]: unknown };
type Schema = z.ZodType;

const defOf = (schema: Schema): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
const metaOf = (schema: Schema): FieldMeta => ((schema as unknown as { meta: () => FieldMeta | undefined }).meta() ?? {});

/** Unwraps optional, default and preprocess layers, collecting metadata from the outside in. */
function unwrap(schema: Schema): { core: Schema; meta: FieldMeta; optional: boolean; defaultValue?: unknown } {
  let meta: FieldMeta = {};
  let optional = false;
  let defaultValue: unknown;
  let current = schema;
  for (;;) {
    // The inner layer's metadata is the more general one (a shared type such as `price`); the
    // outer layer's (the field) wins.
    meta = { ...metaOf(current), ...meta };
    const def = defOf(current);
    if (def.type === 'optional') {
      optional = true;
      current = def['innerType'] as Schema;
    } else if (def.type === 'default') {
      optional = true;
      const value = def['defaultValue'];
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def['innerType'] as Schema;
    } else if (def.type === 'pipe' && defOf(def['in'] as Schema).type === 'transform') {
      // z.preprocess(fn, schema): the schema that checks the value is the pipe's output.
      current = def['out'] as Schema;
    } else {
      return { core: current, meta, optional, defaultValue };
    }
  }
}

function kindOf(core: Schema, meta: FieldMeta, where: string): FieldKind {
  if (meta.references) return 'reference';
  if (meta.kind) return meta.kind;
  const def = defOf(core);
  switch (def.type) {
    case 'string': return 'text';
    case 'number': return 'number';
    case 'boolean': return 'yesno';
    case 'enum': return 'enum';
    case 'array': return 'list';
    case 'object': return 'object';
    default: throw new Error(`Schema field ${where} (${def.type}) needs a kind in its .meta(): the editor cannot tell what it holds`);
  }
}

function describeField(schema: Schema, key: string, parents: string[] = [], collection = ''): FieldSpec {
  const path = [...parents, key];
  const where = path.join('.');
  const unwrapped = unwrap(schema);
  const { core, optional, defaultValue } = unwrapped;
  const meta = unwrapped.meta;
  const kind = kindOf(core, meta, where);
  const spec: FieldSpec = {
    key,
    path,
    label: meta.label ?? key,
    hint: meta.hint,
    example: meta.example,
    required: !optional,
    kind,
    multiline: meta.multiline ?? false,
    references: meta.references,
    defaultValue,
    schema,
  };
  const def = defOf(core);
  const bounds = core as unknown as { maxLength?: number | null; minValue?: number | null; maxValue?: number | null };
  if (def.type === 'string' && typeof bounds.maxLength === 'number') spec.max = bounds.maxLength;
  if (def.type === 'number') {
    if (typeof bounds.minValue === 'number' && Number.isFinite(bounds.minValue)) spec.min = bounds.minValue;
    if (typeof bounds.maxValue === 'number' && Number.isFinite(bounds.maxValue)) spec.max = bounds.maxValue;
  }
  if (def.type === 'enum') spec.options = Object.values(def['entries'] as Record<string, string>);
  if (kind === 'list') {
    const element = def['element'] as Schema;
    spec.item = describeField(element, key, parents, collection);
    if (spec.item.kind === 'enum') spec.options = spec.item.options;
  }
  if (kind === 'object') spec.fields = describeObject(core, path, collection);
  return spec;
}

function describeObject(schema: Schema, parents: string[] = [], collection = ''): FieldSpec[] {
  const def = defOf(unwrap(schema).core);
  if (def.type !== 'object') throw new Error(`Expected an object schema at ${parents.join('.') || 'the top'}, got ${def.type}`);
  return Object.entries(def['shape'] as Record<string, Schema>).map(([key, field]) => describeField(field, key, parents, collection));
}

/** Every collection with its fields, in the order of COLLECTIONS. */
export function describeCollections(): { name: CollectionName; fields: FieldSpec[] }[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => ({ name, fields: describeObject(COLLECTIONS[name], [], name) }));
}

/** Every field of a tree, depth first (a list's item counts as its own field only for objects). */
export function allFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? f.item?.fields ?? [])]);
}
