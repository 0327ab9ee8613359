/**
 * Reads a content folder (CONTENT-FORMAT.md) from disk and checks it: the single entry point used
 * by `npm run check`, the build's content check and the Astro content loader.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type ExtraCheck, type RawContent, type RawFile } from '../model/build-site.ts';
import { formatKeyPath, type Problem, type Severity } from '../model/problem.ts';
import { ID_PATTERN, nearest, toId } from '../model/suggest.ts';
import { isIsoDate, todayInBelgium } from '../model/calendar.ts';
import type { Site } from '../model/types.ts';
import { normaliseText, parseYaml, splitFrontMatter } from './front-matter.ts';
import { openYamlMemo, type YamlMemo } from './yaml-memo.ts';
import { iconExists } from './icons.ts';
import { reservedIdMessage } from './reserved.ts';
import { isUnderLimited, limitBody, limitData, LIMITS, printable } from './limits.ts';
import { checkImageFile, contentRoot, IMAGE_EXTENSIONS, inspect, MAX_TEXT_FILE_BYTES, readInside, SYMLINK_MESSAGE } from './safe-files.ts';

/** A problem tied to a file and line, ready to print. */
export interface LocatedProblem {
  severity: Severity;
  /** Path as the partner sees it in the repository, e.g. "content/aanbod/zwemmen.md". */
  file: string;
  line?: number;
  /** "prijs.normaal", or "" for the file as a whole. */
  key: string;
  message: string;
}

export interface CheckResult {
  /** The site to publish; undefined when there is any error. */
  site?: Site;
  /** The site built from the files that passed, also when others have errors (for reports such as the to-do list). */
  partialSite?: Site;
  problems: LocatedProblem[];
  /** True when there is at least one error: the build must stop. */
  failed: boolean;
  contentDir: string;
  /** The files as read, once: the build's content loader renders their bodies from here instead of reading them again. */
  raw?: RawContent;
}

export const FOLDERS = ['aanbod', 'categorieen', 'partners', 'kortingen', 'paginas'] as const;

/** The content folder: CONTENT_DIR when set (a region builds several folders), else ./content. */
export function contentDirectory(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * A setting of the build (not a partner's file) that cannot be used. Its message is one Dutch
 * line for whoever runs the build; `npm run check` and the build print it as it is, without a
 * stack trace.
 */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** "Today" for the content rules: BUILD_DATE (YYYY-MM-DD) when set, so a build can be repeated. */
export function buildDate(): string {
  const fixed = process.env['BUILD_DATE'];
  if (fixed === undefined || fixed === '') return todayInBelgium();
  if (!isIsoDate(fixed.trim())) {
    const shown = JSON.stringify(fixed.length > 40 ? `${fixed.slice(0, 40)}…` : fixed);
    throw new SettingsError(`BUILD_DATE is geen geldige datum: ${shown}. Schrijf een dag die bestaat als jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg (dan geldt vandaag).`);
  }
  return fixed.trim();
}

interface ReadState {
  dir: string;
  /** The content folder's real path: every read goes through ./safe-files.ts relative to it. */
  root: string;
  problems: LocatedProblem[];
  lines: Map<string, ParsedLines>;
  /** Per file, the key paths a limit has cut or cleaned (./limits.ts): reported once, there. */
  limited: Map<string, (string | number)[][]>;
  /** The YAML parsed by earlier checks (./yaml-memo.ts). */
  yaml: YamlMemo;
}
type ParsedLines = (path: readonly (string | number)[]) => number | undefined;

const display = (dir: string, source: string) => printable(path.relative(process.cwd(), path.join(dir, source)) || source);

function readOne(state: ReadState, source: string, kind: 'front-matter' | 'yaml'): RawFile | undefined {
  const file = display(state.dir, source);
  const fail = (message: string, line?: number) => state.problems.push({ severity: 'error', file, line, key: '', message });
  const read = readInside(state.root, source, MAX_TEXT_FILE_BYTES);
  if ('missing' in read) return undefined;
  if ('message' in read) {
    fail(read.message);
    return undefined;
  }
  let text: string;
  try {
    text = normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    fail('Dit bestand is geen gewone tekst in UTF-8. Sla het op als UTF-8-tekst (in de meeste editors: "Opslaan als" en dan UTF-8).');
    return undefined;
  }
  if (text.trim() === '') {
    fail(kind === 'yaml' ? 'Dit bestand is leeg. Vul de instellingen in.' : 'Dit bestand is leeg. Kopieer het sjabloon (_sjabloon.md) en vul het in.');
    return undefined;
  }
  const base = path.basename(source).replace(/\.(md|mdx|yaml)$/, '');
  let yaml = text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (kind === 'front-matter') {
    const parts = splitFrontMatter(text);
    if (!parts) {
      fail('Het bestand moet beginnen met een regel --- , dan de sleutels, en dan weer een regel --- . Kijk het sjabloon na.', 1);
      return undefined;
    }
    ({ yaml, yamlLine, body, bodyLine } = parts);
  }
  const yamlBytes = Buffer.byteLength(yaml, 'utf8');
  if (yamlBytes > LIMITS.frontMatterBytes) {
    const what = kind === 'yaml' ? 'Dit bestand' : 'Het deel met de sleutels (tussen de regels ---)';
    fail(`${what} is te groot: ${Math.ceil(yamlBytes / 1024)} KB, hoogstens ${LIMITS.frontMatterBytes / 1024} KB. Kijk na of er geen tekst of lijst per ongeluk herhaald is.`, yamlLine);
    return undefined;
  }
  const parsed = state.yaml.parse(yaml, yamlLine);
  state.lines.set(source, parsed.lineOf);
  for (const e of parsed.errors) state.problems.push({ severity: 'error', file, line: e.line, key: e.key ?? '', message: e.message });
  if (parsed.data === undefined && parsed.errors.length > 0) return undefined;
  if (parsed.data === null || parsed.data === undefined) {
    fail('Er staan geen sleutels in dit bestand. Vul minstens de verplichte sleutels in (zie het sjabloon).', yamlLine);
    return undefined;
  }
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    fail('De sleutels moeten elk op een eigen regel staan, als "sleutel: waarde". Kijk het sjabloon na.', yamlLine);
    return undefined;
  }
  let id = base;
  if (!ID_PATTERN.test(base)) {
    const proposal = shortenId(toId(base)) || 'aanbod';
    fail(`De bestandsnaam "${shortenName(path.basename(source))}" mag alleen kleine letters, cijfers en streepjes hebben. Noem het bestand ${proposal}${path.extname(source)}.`);
    id = proposal;
  } else if (base.length > LIMITS.id) {
    const proposal = shortenId(base);
    fail(`De bestandsnaam is te lang: ${base.length} tekens, hoogstens ${LIMITS.id} (zonder ${path.extname(source)}). De naam komt in het webadres en in de naam van de PDF. Noem het bestand bv. ${proposal}${path.extname(source)}.`);
    id = proposal;
  }
  const limited = limitData(parsed.data, source);
  const limitedBody = limitBody(body, source, bodyLine);
  state.limited.set(source, limited.paths);
  state.problems.push(...[...limited.problems, ...limitedBody.problems].map((p) => locate(state, p)));
  return { source, id, data: limited.data, body: limitedBody.body, bodyLine };
}

/** An id cut to LIMITS.id at a hyphen where possible: "zwemmen-in-het-...-dilkom" -> "zwemmen-in-het". */
function shortenId(id: string): string {
  if (id.length <= LIMITS.id) return id;
  const cut = id.slice(0, LIMITS.id + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > LIMITS.id / 2 ? cut.slice(0, hyphen) : cut.slice(0, LIMITS.id)).replace(/-+$/, '');
}

const shortenName = (name: string) => printable(name.length > 80 ? `${name.slice(0, 77)}...` : name);

function readFolder(state: ReadState, folder: (typeof FOLDERS)[number]): RawFile[] {
  const problem = (source: string, message: string) => state.problems.push({ severity: 'error', file: display(state.dir, source), key: '', message });
  const entry = inspect(state.root, folder);
  if (entry.kind === 'missing') return [];
  if (entry.kind === 'refused') {
    problem(folder, entry.message);
    return [];
  }
  if (entry.kind === 'file') {
    problem(folder, `${folder} is een bestand, maar moet een map zijn. Maak een map ${folder}/ en zet de bestanden daarin.`);
    return [];
  }
  const allowed = folder === 'paginas' ? ['.md', '.mdx'] : ['.md'];
  const files: RawFile[] = [];
  let names: { name: string; isLink: boolean; isFolder: boolean; isFile: boolean }[];
  try {
    names = readdirSync(path.join(state.root, folder), { withFileTypes: true })
      .map((d) => ({ name: d.name, isLink: d.isSymbolicLink(), isFolder: d.isDirectory(), isFile: d.isFile() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    problem(folder, `De map ${folder}/ kan niet gelezen worden. Kijk na of het een gewone map is.`);
    return [];
  }
  for (const { name, isLink, isFolder, isFile } of names) {
    if (name.startsWith('.')) continue;
    const source = `${folder}/${name}`;
    const ext = path.extname(name).toLowerCase();
    // A link is refused even when it looks like a template: nothing in the folder may point elsewhere.
    if (isLink) {
      problem(source, SYMLINK_MESSAGE(source));
      continue;
    }
    if (name.startsWith('_')) continue;
    if (isFolder) {
      problem(source, `Mappen in ${folder}/ worden niet gelezen. Zet de bestanden rechtstreeks in ${folder}/.`);
      continue;
    }
    if (!isFile) {
      problem(source, `${source} is geen gewoon bestand. Zet hier alleen gewone tekstbestanden${folder === 'aanbod' ? ' en foto\'s' : ''}.`);
      continue;
    }
    if (IMAGE_EXTENSIONS.has(ext) && folder === 'aanbod') continue;
    if (!allowed.includes(path.extname(name))) {
      problem(source, `Dit bestand wordt niet gelezen: het moet eindigen op ${allowed.join(' of ')}. Geef het de naam ${shortenId(toId(name.replace(/\.[^.]*$/, ''))) || 'aanbod'}.md.`);
      continue;
    }
    if (ext === '.mdx') {
      state.problems.push({
        severity: 'warning', file: display(state.dir, source), key: '',
        message: 'Dit is een MDX-pagina: ze kan code uitvoeren terwijl de site gebouwd wordt. Een beheerder moet ze nakijken voor ze in de site komt.',
      });
    }
    const file = readOne(state, source, 'front-matter');
    if (!file) continue;
    const reserved = reservedIdMessage(folder, file.id, name);
    if (reserved) problem(source, reserved);
    files.push(file);
  }
  return files;
}

/** The readable files of one folder, for rendering their bodies; checkContent reports the rest. */
export function readCollectionFiles(dir: string, folder: (typeof FOLDERS)[number]): RawFile[] {
  const found = contentRoot(dir);
  if ('message' in found) return [];
  // One folder, read again (astro dev): not worth a memo, which would then keep that folder only.
  return readFolder({ dir, root: found.root, problems: [], lines: new Map(), limited: new Map(), yaml: { parse: parseYaml, save() {} } }, folder);
}

/** Reads and checks a whole content folder. Never throws for anything a partner can write. */
export interface CheckOptions {
  /** "Today" as YYYY-MM-DD; defaults to BUILD_DATE or the real date in Belgium. */
  buildDate?: string;
  /** Rules over the built site added by other parts, such as the printed fan (see ExtraCheck). */
  extraChecks?: readonly ExtraCheck[];
}

export function checkContent(dir = contentDirectory(), options: CheckOptions = {}): CheckResult {
  return run(dir, options).result;
}

/** Rules that need async work over the built site, such as laying out the printed cards. */
export type AsyncCheck = (site: Site) => Promise<Problem[]>;

/**
 * checkContent plus the async checks (the printed fan's "text does not fit"): what `npm run check`
 * and the build's content check run, so both report exactly the same problems.
 */
export async function checkContentFully(
  dir = contentDirectory(),
  options: CheckOptions & { asyncChecks?: readonly AsyncCheck[] } = {},
): Promise<CheckResult> {
  const { result, state } = run(dir, options);
  if (!result.partialSite || !options.asyncChecks?.length) return result;
  const site = result.partialSite;
  const more = (await Promise.all(options.asyncChecks.map((check) => check(site)))).flat();
  if (more.length === 0) return result;
  const problems = sortProblems([...result.problems, ...more.map((p) => locate(state, p))]);
  const failed = problems.some((p) => p.severity === 'error');
  return { ...result, site: failed ? undefined : result.site, problems, failed };
}

function sortProblems(problems: LocatedProblem[]): LocatedProblem[] {
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function run(dir: string, options: CheckOptions): { result: CheckResult; state: ReadState } {
  const found = contentRoot(dir);
  const state: ReadState = { dir, root: 'root' in found ? found.root : dir, problems: [], lines: new Map(), limited: new Map(), yaml: openYamlMemo() };
  if ('message' in found) {
    state.problems.push({ severity: 'error', file: display(dir, '.'), key: '', message: found.message });
    return { result: { problems: state.problems, failed: true, contentDir: dir }, state };
  }
  const siteEntry = inspect(state.root, 'site.yaml');
  if (siteEntry.kind === 'refused') state.problems.push({ severity: 'error', file: display(dir, 'site.yaml'), key: '', message: siteEntry.message });
  const raw: RawContent = {
    site: siteEntry.kind === 'file' ? readOne(state, 'site.yaml', 'yaml') : undefined,
    aanbod: readFolder(state, 'aanbod'),
    categorieen: readFolder(state, 'categorieen'),
    partners: readFolder(state, 'partners'),
    kortingen: readFolder(state, 'kortingen'),
    paginas: readFolder(state, 'paginas'),
  };
  state.yaml.save();
  const siteMissingButBroken = !raw.site && siteEntry.kind !== 'missing';
  checkUnknownEntries(state);
  const result = buildSite(raw, { buildDate: options.buildDate ?? buildDate(), iconExists, extraChecks: options.extraChecks });
  const modelProblems = (siteMissingButBroken ? result.problems.filter((p) => p.source !== 'site.yaml') : result.problems)
    .filter((p) => !isUnderLimited(p.source, p.path, state.limited));
  modelProblems.push(...checkImages(state.root, raw.aanbod));
  const located = sortProblems([...state.problems, ...modelProblems.map((p) => locate(state, p))]);
  const failed = located.some((p) => p.severity === 'error');
  return { result: { site: failed ? undefined : result.site, partialSite: result.site, problems: located, failed, contentDir: dir, raw }, state };
}

/** Files and folders the build would not read: a partner's offer in a misspelt folder is not lost silently. */
function checkUnknownEntries(state: ReadState): void {
  // editie.json: the printed fan's snapshot, written by `npm run editie` (src/referrer/).
  const known = [...FOLDERS, 'site.yaml', 'editie.json'];
  let entries: { name: string; isLink: boolean; isFolder: boolean }[];
  try {
    entries = readdirSync(state.root, { withFileTypes: true }).map((d) => ({ name: d.name, isLink: d.isSymbolicLink(), isFolder: d.isDirectory() }));
  } catch {
    return; // contentRoot has checked that the folder exists; a folder that vanished has nothing to report
  }
  for (const { name, isLink, isFolder } of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name.startsWith('.')) continue;
    if (isLink) {
      // Known names are reported where they are read (readFolder, site.yaml).
      if (!known.includes(name)) state.problems.push({ severity: 'error', file: display(state.dir, name), key: '', message: SYMLINK_MESSAGE(name) });
      continue;
    }
    if (known.includes(name) || name.startsWith('_')) continue;
    const guess = nearest(name.replace(/\.[^.]*$/, ''), isFolder ? FOLDERS : [...FOLDERS, 'site']);
    const hint = guess ? ` Bedoel je ${guess === 'site' ? 'site.yaml' : `${guess}/`}?` : '';
    state.problems.push({
      severity: 'error', file: display(state.dir, name), key: '',
      message: isFolder
        ? `De map ${name}/ wordt niet gelezen.${hint} Zet bestanden in een van deze mappen: ${FOLDERS.join(', ')}.`
        : `Dit bestand wordt niet gelezen.${hint} Zet een aanbod in aanbod/ en de instellingen in site.yaml.`,
    });
  }
}

function checkImages(root: string, offers: RawFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of offers) {
    const image = (f.data as { afbeelding?: { bron?: unknown } }).afbeelding;
    // A web address is the schema's to refuse ("afbeeldingen van een andere website mogen niet").
    if (!image || typeof image.bron !== 'string' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.bron)) continue;
    const verdict = checkImageFile(root, f.source, image.bron);
    if ('message' in verdict) problems.push({ severity: 'error', source: f.source, path: ['afbeelding', 'bron'], message: verdict.message });
  }
  return problems;
}

function locate(state: ReadState, p: Problem): LocatedProblem {
  const line = p.line ?? state.lines.get(p.source)?.(p.path);
  return { severity: p.severity, file: display(state.dir, p.source), line, key: formatKeyPath(p.path), message: p.message };
}

/** `content/aanbod/zwemmen.md:7  prijs.normaal  "vier euro" is geen bedrag. ...` */
export function formatProblem(p: LocatedProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [where, p.key, p.message].filter(Boolean).join('  ');
}
