/**
 * The content check for one file in the editor, in the browser: the same front-matter reader, the
 * same schema and the same rules as `npm run check` (src/model/build-site.ts), run on the exact text
 * the editor would save. The other folders come from a snapshot written at build time (./snapshot.ts).
 */
import { buildSite, type RawContent, type RawFile } from '../model/build-site.ts';
import type { Problem } from '../model/problem.ts';
import type { CollectionName } from '../model/schema.ts';
import type { Offer, Site } from '../model/types.ts';
import { normaliseText, parseYaml, splitFrontMatter } from '../source/front-matter.ts';
import type { FieldSpec } from './fields.ts';

/** What the browser knows about the rest of the content (written to /admin/inhoud.json). */
export interface ContentSnapshot {
  site: RawFile;
  categorieen: RawFile[];
  partners: RawFile[];
  kortingen: RawFile[];
  /** Names of the pictograms a category may use. */
  icons: string[];
}

interface EntryMessage {
  severity: 'error' | 'warning';
  /** Dutch labels from the top of the file: "Prijs › Kortingen 1 › Prijs met korting"; empty for the file. */
  where: string;
  message: string;
}

export interface EntryCheck {
  messages: EntryMessage[];
  /** The checked site with this file in it, when the file passes (for the preview). */
  site?: Site;
  offer?: Offer;
}

/** "prijs", "kortingen", 0, "prijs" -> "Prijs › Kortingen 1 › Prijs met korting". */
function labelPath(fields: readonly FieldSpec[], path: readonly (string | number)[]): string {
  const parts: string[] = [];
  let level: readonly FieldSpec[] = fields;
  for (const step of path) {
    if (typeof step === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += ` ${step + 1}`;
      continue;
    }
    const field = level.find((f) => f.key === step);
    parts.push(field?.label ?? step);
    level = field?.fields ?? field?.item?.fields ?? [];
  }
  return parts.join(' › ');
}

function readFile(collection: CollectionName, id: string, text: string): { file?: RawFile; messages: EntryMessage[] } {
  const parts = splitFrontMatter(normaliseText(text));
  if (!parts) return { messages: [{ severity: 'error', where: '', message: 'Het bestand heeft geen sleutels bovenaan.' }] };
  const parsed = parseYaml(parts.yaml, parts.yamlLine);
  const messages: EntryMessage[] = parsed.errors.map((e) => ({ severity: 'error', where: e.key ?? '', message: e.message }));
  const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? parsed.data : {};
  return { file: { source: `${collection}/${id}.md`, id, data, body: parts.body, bodyLine: parts.bodyLine }, messages };
}

/**
 * Checks `text` as `<collection>/<id>.md` among the snapshot's files, with "today" as the build date.
 * A reference chosen in the editor may point to a file created after the snapshot: such an id gets
 * a stand-in, because the editor's relation widget only offers files that exist.
 */
export function checkEntry(fields: readonly FieldSpec[], collection: CollectionName, id: string, text: string, snapshot: ContentSnapshot, today: string): EntryCheck {
  const read = readFile(collection, id, text);
  if (!read.file) return { messages: read.messages };
  const file = read.file;
  const others = (name: 'categorieen' | 'partners' | 'kortingen') => snapshot[name].filter((f) => !(name === collection && f.id === id));
  const raw: RawContent = {
    site: snapshot.site,
    aanbod: collection === 'aanbod' ? [file] : [],
    categorieen: [...others('categorieen'), ...(collection === 'categorieen' ? [file] : [])],
    partners: [...others('partners'), ...(collection === 'partners' ? [file] : [])],
    kortingen: [...others('kortingen'), ...(collection === 'kortingen' ? [file] : [])],
    paginas: collection === 'paginas' ? [file] : [],
  };
  if (collection === 'aanbod') addStandIns(raw, file.data as Record<string, unknown>);
  const icons = new Set(snapshot.icons);
  const result = buildSite(raw, { buildDate: today, iconExists: (name) => icons.has(name) });
  const mine = (p: Problem) => p.source === file.source;
  const messages = [
    ...read.messages,
    ...result.problems.filter(mine).map((p): EntryMessage => ({ severity: p.severity, where: labelPath(fields, p.path), message: p.message })),
  ];
  const hasError = messages.some((m) => m.severity === 'error');
  const offer = collection === 'aanbod' && !hasError ? result.site?.offers.find((o) => o.id === id) : undefined;
  return { messages, site: hasError ? undefined : result.site, offer };
}

function addStandIns(raw: RawContent, data: Record<string, unknown>): void {
  const standIn = (folder: 'categorieen' | 'partners' | 'kortingen', value: unknown, front: Record<string, unknown>) => {
    if (typeof value !== 'string' || value === '' || raw[folder].some((f) => f.id === value)) return;
    raw[folder].push({ source: `${folder}/${value}.md`, id: value, data: front, body: '', bodyLine: 1 });
  };
  standIn('categorieen', data['categorie'], { naam: String(data['categorie']), kleur: '#0B6E4F', pictogram: 'star' });
  standIn('partners', data['partner'], { naam: String(data['partner']), website: 'https://example.org' });
  const price = data['prijs'] as { kortingen?: unknown } | undefined;
  if (Array.isArray(price?.kortingen)) {
    for (const k of price.kortingen) standIn('kortingen', (k as { id?: unknown } | null)?.id, { naam: String((k as { id?: unknown }).id), kort: 'Korting.' });
  }
}
