/**
 * Reading and writing a partner's file for the editor, so that a save changes only what the
 * partner changed in the form: key order, comments, quotes and the notation of untouched values
 * stay exactly as they were. Browser-safe (yaml package only).
 *
 * Reading turns each value into what the form's widget expects (`dag: wo` -> "woensdag",
 * `nodig: ja` -> true, `van: 14u` -> "14:00"). Writing compares the form's values with the file's
 * values read the same way; only a real difference is written, through the yaml Document API.
 * The Document's text is then merged line by line with the original, so lines that did not
 * change keep the partner's spacing (yaml would otherwise normalise `[ a ]` or comment columns).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Node, type Pair } from 'yaml';
import { formatClock } from '../model/calendar.ts';
import { normaliseText, splitFrontMatter } from '../source/front-matter.ts';
import type { FieldSpec } from './fields.ts';

/** Where the form keeps the file as it was loaded; never written to the file. */
export const ORIGINAL_KEY = '__origineel';

type Data = Record<string, unknown>;
type Value = unknown;

const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** True for what a form leaves behind in a field nobody filled in. */
function isEmpty(value: Value): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object' && !(value instanceof Date)) return Object.values(value).every(isEmpty);
  return false;
}

/** A file value as the form's widget shows it (see the module comment). */
function toWidget(field: FieldSpec, value: Value): Value {
  if (value === undefined || value === null) return value;
  switch (field.kind) {
    case 'yesno':
    case 'time':
    case 'weekday':
    case 'date': {
      const parsed = field.schema.safeParse(value);
      if (!parsed.success || parsed.data === undefined) return value;
      if (field.kind === 'time') return formatClock(parsed.data as number);
      return parsed.data;
    }
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => toWidget(field.item!, item));
    }
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return objectToWidget(field.fields!, value as Data);
    default:
      return value;
  }
}

function objectToWidget(fields: readonly FieldSpec[], data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((f) => f.key === key);
    out[key] = field ? toWidget(field, value) : value;
  }
  return out;
}

/** Equal as far as the file is concerned: empty is empty, numbers and their text are not. */
function sameValue(a: Value, b: Value): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Data)[k], (b as Data)[k]));
  }
  return a === b;
}

/** fromFile: the front matter for the form, the body under `body`, the original text kept aside. */
export function readForForm(fields: readonly FieldSpec[], raw: string): Data {
  const text = normaliseText(raw);
  const parts = splitFrontMatter(text);
  if (!parts) return { body: text, [ORIGINAL_KEY]: raw };
  const doc = parseDocument(parts.yaml, { uniqueKeys: false });
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const front = data && typeof data === 'object' && !Array.isArray(data) ? objectToWidget(fields, data as Data) : {};
  return { ...front, body: parts.body, [ORIGINAL_KEY]: raw };
}

/** How a new value is written: times in quotes, short lists and ranges on one line. */
function styled(doc: Document, field: FieldSpec | undefined, value: Value): Node {
  const node = doc.createNode(value) as Node;
  style(field, node);
  return node;
}

function style(field: FieldSpec | undefined, node: Node): void {
  if (!field) return;
  if (field.kind === 'time' && isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  if (field.kind === 'list' && isSeq(node)) {
    if (field.item?.kind === 'object') node.items.forEach((item) => style(field.item, item as Node));
    else node.flow = true;
  }
  if (field.kind === 'object' && isMap(node)) {
    const keys = node.items.map((p) => String((p.key as Scalar).value));
    // `leeftijd: { van: 6, tot: 12 }` and `periode: { van: ..., tot: ... }`, as in the templates.
    if (keys.every((k) => k === 'van' || k === 'tot') && field.fields!.every((f) => f.kind !== 'object' && f.kind !== 'list')) node.flow = true;
    for (const pair of node.items) style(field.fields!.find((f) => f.key === String((pair.key as Scalar).value)), pair.value as Node);
  }
}

/** The form's value as it goes into the file, keeping the partner's ja/nee where they used it. */
function toFileValue(field: FieldSpec, value: Value, before: Value): Value {
  if (isEmpty(value)) return undefined;
  switch (field.kind) {
    case 'yesno': {
      const words = typeof before === 'string' && /^(ja|nee)$/i.test(before.trim());
      return words ? (value ? 'ja' : 'nee') : Boolean(value);
    }
    case 'number':
      return typeof value === 'string' ? Number(value.replace(',', '.')) : value;
    case 'price':
      // "2" is written as 2, as a partner would; "4,50" and "gratis" stay as they are.
      return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : typeof value === 'string' ? value.trim() : value;
    case 'list': {
      const items = (Array.isArray(value) ? value : [value]).filter((v) => !isEmpty(v));
      return items.map((item, i) => toFileValue(field.item!, item, Array.isArray(before) ? before[i] : undefined));
    }
    case 'object': {
      const out: Data = {};
      for (const child of field.fields!) {
        const v = toFileValue(child, (value as Data)[child.key], before && typeof before === 'object' ? (before as Data)[child.key] : undefined);
        if (v !== undefined) out[child.key] = v;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    default:
      return typeof value === 'string' ? value.trim() : value;
  }
}

/** Puts `key` into `map` at its place in the schema's order (after the keys that come before it). */
function insertPair(map: YAMLMap, order: readonly string[], pair: Pair): void {
  const rank = (k: unknown) => {
    const i = order.indexOf(String(isScalar(k) ? k.value : k));
    return i < 0 ? order.length : i;
  };
  const mine = rank(pair.key);
  const at = map.items.findIndex((p) => rank(p.key) > mine);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** Writes the differences between `before` (file, as widgets see it) and `after` (form) into `map`. */
function applyObject(doc: Document, map: YAMLMap, fields: readonly FieldSpec[], before: Data, after: Data, rawBefore: Data): void {
  const order = fields.map((f) => f.key);
  for (const field of fields) {
    const was = before[field.key];
    const now = after[field.key];
    if (sameValue(was, now)) continue;
    const existing = map.get(field.key, true) as Node | undefined;
    const fileValue = toFileValue(field, now, rawBefore[field.key]);
    if (fileValue === undefined) {
      map.delete(field.key);
      continue;
    }
    if (existing && field.kind === 'object' && isMap(existing) && typeof was === 'object' && was && !Array.isArray(was)) {
      applyObject(doc, existing, field.fields!, was as Data, now as Data, (rawBefore[field.key] ?? {}) as Data);
      continue;
    }
    if (existing && field.kind === 'list' && field.item?.kind === 'object' && isSeq(existing) && Array.isArray(was) && Array.isArray(now)
      && was.length === now.length && existing.items.every(isMap)) {
      existing.items.forEach((item, i) => applyObject(doc, item as YAMLMap, field.item!.fields!, (was[i] ?? {}) as Data, (now[i] ?? {}) as Data, ((rawBefore[field.key] as unknown[] | undefined)?.[i] ?? {}) as Data));
      continue;
    }
    const node = styled(doc, field, fileValue);
    if (existing !== undefined && map.has(field.key)) {
      const pair = map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === field.key)!;
      // Keep the flow or block style the partner chose for a list they edited.
      if (isSeq(existing) && isSeq(node)) node.flow = existing.flow ?? node.flow;
      if (isScalar(existing) && isScalar(node) && existing.type && existing.type !== Scalar.PLAIN && typeof node.value === 'string') node.type = existing.type;
      if (isScalar(existing) && isScalar(node)) node.comment = existing.comment;
      pair.value = node;
    } else {
      insertPair(map, order, doc.createPair(field.key, node) as Pair);
    }
  }
}

/** Longest common subsequence of two line lists, as pairs of indexes. */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const squeeze = (line: string): string => line.replace(/\s+/g, '');

/**
 * `original` is the partner's text, `before` the same document as yaml prints it, `after` the edited
 * document as yaml prints it. Lines that yaml kept from before to after are taken from the original.
 */
function mergeLines(original: string, before: string, after: string): string {
  const o = lines(original);
  const b = lines(before);
  const a = lines(after);
  // Only when yaml printed the original line for line (spacing aside) can its lines stand in.
  if (o.length !== b.length || o.some((line, i) => squeeze(line) !== squeeze(b[i]!))) return `${a.join('\n')}\n`;
  const kept = new Map(commonLines(b, a).map(([i, j]) => [j, i]));
  return `${a.map((line, j) => (kept.has(j) ? o[kept.get(j)!]! : line)).join('\n')}\n`;
}

function newDocument(fields: readonly FieldSpec[], form: Data): Document {
  const doc = new Document({});
  const map = doc.contents as YAMLMap;
  for (const field of fields) {
    const value = toFileValue(field, form[field.key], undefined);
    // A switch left as the schema's default (waaier: true) says nothing: leave it out.
    if (value === undefined || (field.kind === 'yesno' && value === field.defaultValue)) continue;
    map.items.push(doc.createPair(field.key, styled(doc, field, value)) as Pair);
  }
  return doc;
}

/** toFile: the form's data as the file's text, changing only what the form changed. */
export function writeFromForm(fields: readonly FieldSpec[], formData: Data): string {
  const original = typeof formData[ORIGINAL_KEY] === 'string' ? (formData[ORIGINAL_KEY] as string) : undefined;
  const body = typeof formData['body'] === 'string' ? (formData['body'] as string) : '';
  const form: Data = { ...formData };
  delete form[ORIGINAL_KEY];
  delete form['body'];

  const parts = original === undefined ? undefined : splitFrontMatter(normaliseText(original));
  let front: string;
  let bodyOut = body;
  if (original !== undefined && parts) {
    const doc = parseDocument(parts.yaml, { uniqueKeys: false });
    const before = doc.toString(TO_STRING);
    const raw = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Data;
    if (!isMap(doc.contents)) (doc as Document).contents = doc.createNode({}) as YAMLMap;
    applyObject(doc, doc.contents as YAMLMap, fields, objectToWidget(fields, raw), form, raw);
    front = mergeLines(parts.yaml, before, doc.toString(TO_STRING));
    // An untouched body keeps its exact text (Decap may trim the final newline).
    if (body.trim() === parts.body.trim()) bodyOut = parts.body;
  } else {
    front = newDocument(fields, form).toString(TO_STRING);
  }
  if (bodyOut !== '' && !bodyOut.endsWith('\n')) bodyOut += '\n';
  let text = `---\n${front}---\n${bodyOut}`;
  if (original?.includes('\r\n')) text = text.replace(/\n/g, '\r\n');
  if (original?.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  return text;
}
