/**
 * From the partners' parsed files to the domain model, with every problem found on the way.
 * Pure: the caller reads the files and decides what "today" is.
 */
import { COLLECTIONS, id, siteSchema, type ApplyInput, type OfferInput } from './schema.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { checkBody } from './body.ts';
import { compareByOrderThenName, compareOffers, freshness } from './offer-facts.ts';
import { formatDate } from './calendar.ts';
import type { Problem } from './problem.ts';
import { checkOfferReferences, hasChannel, readReferences } from './relations.ts';
import { resolveOfferReferences } from './references.ts';
import { checkPlaceholders, isUnderPlaceholder, placeholderPaths } from './placeholders.ts';
import { sitePlaceholderWarnings } from './site-placeholders.ts';
import { readabilityAdvice } from './readability.ts';
import type { Category, Discount, DiscountScheme, HowToApply, Offer, Page, Partner, ReportLine, Site, SiteSettings } from './types.ts';

export interface RawFile {
  /** Path relative to the content folder: "aanbod/zwemmen.md". */
  source: string;
  id: string;
  /** Front matter as parsed from YAML (anything at all). */
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
}

export interface RawContent {
  site?: RawFile;
  aanbod: RawFile[];
  categorieen: RawFile[];
  partners: RawFile[];
  kortingen: RawFile[];
  paginas: RawFile[];
}

/** An extra rule over the built site (for example the fan's "text does not fit on the card"). */
export type ExtraCheck = (site: Site) => Problem[];

export interface BuildOptions {
  /** "Today" for freshness rules: BUILD_DATE or the real date, as an ISO day. */
  buildDate: string;
  /** Whether a pictogram name exists in the icon set. */
  iconExists: (name: string) => boolean;
  /**
   * Rules that need the whole site, run after the model is built and reported like any other
   * problem. Hook point for checks owned by other parts (the printed fan registers its
   * "card text does not fit" check here through checkContent's options).
   */
  extraChecks?: readonly ExtraCheck[];
}

export interface BuildResult {
  /** Undefined when site.yaml itself is unusable. */
  site?: Site;
  problems: Problem[];
}

const DEFAULT_CARD = { widthMm: 80, heightMm: 190 };

export function buildSite(raw: RawContent, options: BuildOptions): BuildResult {
  const problems: Problem[] = [];
  const placeholders = new Map<string, (string | number)[][]>();
  const placeholderProblems: Problem[] = [];
  for (const file of [...(raw.site ? [raw.site] : []), ...raw.aanbod, ...raw.categorieen, ...raw.partners, ...raw.kortingen, ...raw.paginas]) {
    placeholders.set(file.source, placeholderPaths(file.data));
    placeholderProblems.push(...checkPlaceholders(file.data, file.body, file.source, file.bodyLine));
  }
  const parse = <K extends keyof typeof COLLECTIONS>(name: K, files: RawFile[] = raw[name]) =>
    files.flatMap((file) => {
      const result = parseWithFriendlyErrors(COLLECTIONS[name], file.data, file.source);
      // .mdx pages are code written by maintainers (compiled by @astrojs/mdx); every .md body is a partner's text.
      if (!file.source.endsWith('.mdx')) problems.push(...checkBody(file.body, file.source, file.bodyLine));
      if (!result.ok) {
        problems.push(...result.problems);
        return [];
      }
      return [{ file, value: result.value as import('zod').output<(typeof COLLECTIONS)[K]> }];
    });

  const settings = readSettings(raw.site, problems);
  const categories: Category[] = parse('categorieen').map(({ file, value }) => ({
    id: file.id, source: file.source, name: value.naam, colour: value.kleur, icon: value.pictogram, order: value.volgorde, body: file.body,
  }));
  const partners: Partner[] = parse('partners').map(({ file, value }) => ({
    id: file.id, source: file.source, name: value.naam, phone: value.telefoon, email: value.email, website: value.website, address: value.adres, body: file.body,
  }));
  const schemes: DiscountScheme[] = parse('kortingen').map(({ file, value }) => ({
    id: file.id, source: file.source, name: value.naam, short: value.kort, apply: toApply(value.aanvragen), body: file.body,
  }));
  const pages: Page[] = parse('paginas').map(({ file, value }) => ({
    id: file.id, source: file.source, title: value.titel, order: value.volgorde,
  }));
  // Names and other case for categorie, partner and discount ids are resolved first (with a warning).
  const known = {
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    partners: partners.map((p) => ({ id: p.id, name: p.name })),
    schemes: schemes.map((s) => ({ id: s.id, name: s.name })),
  };
  const offerFiles = raw.aanbod.map((file) => {
    const resolved = resolveOfferReferences(file.data, file.source, known);
    problems.push(...resolved.problems);
    return { ...file, data: resolved.data };
  });
  const offers = parse('aanbod', offerFiles).map(({ file, value }) => toOffer(file, value));

  // The icon set is the build's, not the schema's: checked on every category file, also one with
  // other mistakes, as soon as its pictogram is a valid name.
  for (const file of raw.categorieen) {
    const icon = id.safeParse((file.data as { pictogram?: unknown } | null)?.pictogram);
    if (icon.success && !options.iconExists(icon.data)) {
      problems.push(error(file.source, ['pictogram'], `"${icon.data}" staat niet in de set pictogrammen. Kies een naam van https://tabler.io/icons, zoals swimming of book.`));
    }
  }
  checkDuplicateIds(raw.paginas, problems);

  // The site's own names are everyday words for its readers: never advised against.
  const ownWords = [
    ...categories.map((c) => c.name), ...partners.map((p) => p.name), ...schemes.map((x) => x.name),
    ...(settings ? [settings.municipality, settings.title] : []),
  ];
  for (const kind of ['categorieen', 'partners', 'kortingen', 'paginas'] as const) {
    for (const file of raw[kind]) problems.push(...readabilityWarnings(file, kind, ownWords));
  }
  // A file that exists but has errors of its own is reported there; an offer pointing to it is not
  // published, but its reference is not called unknown.
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const unreadable = (files: RawFile[], read: { id: string }[]) => new Set(files.map((f) => f.id).filter((id) => !read.some((x) => x.id === id)));
  const knownFiles = {
    categories: ids(categories),
    partners: ids(partners),
    schemes: ids(schemes),
    unreadable: { categories: unreadable(raw.categorieen, categories), partners: unreadable(raw.partners, partners), schemes: unreadable(raw.kortingen, schemes) },
    partnerReachable: new Map(raw.partners.map((f) => [f.id, hasChannel(f.data)])),
    buildDate: options.buildDate,
  };
  // The rules that need other files run on every offer file, also one that fails the schema
  // elsewhere: the partner gets all problems of a file in one run.
  const broken = new Set<string>();
  for (const file of offerFiles) {
    const references = checkOfferReferences(file.source, readReferences(file.data), knownFiles);
    if (references.problems.length > 0 || references.blocked) broken.add(file.source);
    problems.push(...references.problems);
    problems.push(...readabilityWarnings(file, 'aanbod', ownWords));
  }

  const report: ReportLine[] = [];
  const published: Offer[] = [];
  for (const offer of offers) {
    if (broken.has(offer.source) || !settings) continue;
    const state = freshness(offer, settings, options.buildDate);
    if (state === 'expired') {
      report.push({ offerId: offer.id, source: offer.source, outcome: 'not-published', reason: `geldig tot ${formatDate(offer.validUntil!)}: die dag is voorbij` });
      problems.push(warning(offer.source, ['geldig_tot'], `${offer.validUntil} is voorbij. Dit aanbod komt niet op de site en niet in de waaier. Pas geldig_tot aan als het aanbod nog loopt, of verwijder het bestand.`));
      continue;
    }
    published.push(offer);
    if (state === 'stale') {
      report.push({ offerId: offer.id, source: offer.source, outcome: 'not-on-fan', reason: `nagekeken op ${formatDate(offer.checked)}: langer dan ${settings.staleAfterMonths} maanden geleden` });
      problems.push(warning(offer.source, ['nagekeken'], `${offer.checked} is langer dan ${settings.staleAfterMonths} maanden geleden. Het aanbod staat op de site met de melding "kijk na voor je gaat", en niet in de waaier. Kijk alles na en zet de datum van vandaag.`));
    } else if (!offer.wantsFan) {
      report.push({ offerId: offer.id, source: offer.source, outcome: 'not-on-fan', reason: 'waaier: false in het bestand' });
    }
  }

  if (!settings) return { problems: finish(problems, placeholderProblems, placeholders) };
  const categoryOrder = new Map(
    [...categories].sort(compareByOrderThenName((c) => c.name, (c) => c.order)).map((c, i) => [c.id, i]),
  );
  categories.sort((a, b) => categoryOrder.get(a.id)! - categoryOrder.get(b.id)!);
  published.sort((a, b) => categoryOrder.get(a.categoryId)! - categoryOrder.get(b.categoryId)! || compareOffers(a, b));
  partners.sort(compareByOrderThenName((p) => p.name, () => undefined));
  schemes.sort(compareByOrderThenName((s) => s.name, () => undefined));
  pages.sort(compareByOrderThenName((p) => p.title, (p) => p.order));
  const site: Site = { settings, buildDate: options.buildDate, offers: published, categories, partners, schemes, pages, report };
  for (const check of options.extraChecks ?? []) problems.push(...check(site));
  return { site, problems: finish(problems, placeholderProblems, placeholders) };
}

/** Drops problems that follow from a placeholder, and a problem said twice (same file, line, key and message). */
function finish(problems: Problem[], placeholderProblems: Problem[], placeholders: Map<string, (string | number)[][]>): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [...placeholderProblems];
  for (const p of problems) {
    if (isUnderPlaceholder(p.path, placeholders.get(p.source) ?? [])) continue;
    const key = `${p.severity}|${p.source}|${p.line ?? ''}|${p.path.join('.')}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The texts of each kind of file that residents read, by key path; bodies are checked as well. */
const READ_BY_RESIDENTS: Record<keyof typeof COLLECTIONS, (string | number)[][]> = {
  aanbod: [['samenvatting'], ['prijs', 'uitleg'], ['wanneer', 'tekst'], ['inschrijven', 'hoe']],
  categorieen: [],
  partners: [],
  kortingen: [['kort'], ['aanvragen', 'open']],
  paginas: [],
};

const valueAt = (data: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);

/** MDX lines that are code, not text: imports, exports and components. */
const MDX_CODE = /^\s*(import\s|export\s|<|\{)/;

/**
 * Advice on hard-to-read text, everywhere a resident reads: the fields in READ_BY_RESIDENTS and
 * every body. Warnings, so the build goes on.
 */
function readabilityWarnings(file: RawFile, kind: keyof typeof COLLECTIONS, ownWords: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const path of READ_BY_RESIDENTS[kind]) {
    const value = valueAt(file.data, path);
    if (typeof value !== 'string') continue;
    for (const a of readabilityAdvice(value, { ownWords })) problems.push(warning(file.source, path, a.message));
  }
  const body = file.source.endsWith('.mdx') ? file.body.split('\n').map((l) => (MDX_CODE.test(l) ? '' : l)).join('\n') : file.body;
  for (const a of readabilityAdvice(body, { ownWords })) problems.push({ ...warning(file.source, [], a.message), line: file.bodyLine + a.line });
  return problems;
}

function readSettings(file: RawFile | undefined, problems: Problem[]): SiteSettings | undefined {
  if (!file) {
    problems.push(error('site.yaml', [], 'Het bestand site.yaml ontbreekt. Maak het aan met minstens titel, gemeente, url, editie en contact.'));
    return undefined;
  }
  const result = parseWithFriendlyErrors(siteSchema, file.data, file.source);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  const v = result.value;
  problems.push(...sitePlaceholderWarnings(v, file.source));
  return {
    title: v.titel,
    municipality: v.gemeente,
    url: v.url.replace(/\/+$/, ''),
    edition: v.editie,
    contact: { name: v.contact.naam, phone: v.contact.telefoon, email: v.contact.email, website: v.contact.website, address: v.contact.adres },
    editBase: v.bewerken,
    staleAfterMonths: v.nagekeken_max_maanden,
    card: v.kaart ? { widthMm: v.kaart.breedte, heightMm: v.kaart.hoogte } : DEFAULT_CARD,
  };
}

function toOffer(file: RawFile, v: OfferInput): Offer {
  return {
    id: file.id,
    source: file.source,
    title: v.titel,
    summary: v.samenvatting,
    categoryId: v.categorie,
    partnerId: v.partner,
    audiences: v.doelgroep,
    age: v.leeftijd ? { from: v.leeftijd.van, to: v.leeftijd.tot } : undefined,
    price: {
      normal: v.prijs.normaal,
      unit: v.prijs.per,
      discounts: v.prijs.kortingen.map((k): Discount => (k.terug !== undefined
        ? { schemeId: k.id, kind: 'refund', refund: k.terug }
        : { schemeId: k.id, kind: 'price', amount: k.prijs! })),
      note: v.prijs.uitleg,
    },
    schedule: v.wanneer
      ? {
          slots: v.wanneer.momenten.map((m) => ({ day: m.dag, from: m.van, to: m.tot })),
          note: v.wanneer.tekst,
          season: v.wanneer.periode ? { from: v.wanneer.periode.van, to: v.wanneer.periode.tot } : undefined,
        }
      : undefined,
    place: v.waar ? { name: v.waar.naam, address: v.waar.adres, wheelchair: v.waar.rolstoel, transit: v.waar.bus } : undefined,
    signUp: v.inschrijven ? { required: v.inschrijven.nodig, how: v.inschrijven.hoe, bring: v.inschrijven.meebrengen } : undefined,
    contact: v.contact ? { phone: v.contact.telefoon, email: v.contact.email, website: v.contact.website } : undefined,
    thresholds: v.drempelverlagend,
    languages: v.talen,
    image: v.afbeelding ? { src: v.afbeelding.bron, alt: v.afbeelding.alt } : undefined,
    keywords: v.trefwoorden,
    checked: v.nagekeken,
    validUntil: v.geldig_tot,
    wantsFan: v.waaier,
    order: v.volgorde,
    body: file.body,
  };
}

function toApply(a: ApplyInput | undefined): HowToApply | undefined {
  if (!a) return undefined;
  return { where: a.waar, address: a.adres, open: a.open, appointment: a.afspraak, bring: a.meebrengen, cost: a.kost, phone: a.telefoon };
}

function checkDuplicateIds(files: RawFile[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const other = seen.get(f.id);
    if (other) problems.push(error(f.source, [], `Er is al een bestand met dezelfde naam: ${other}. Geef één van de twee een andere naam.`));
    seen.set(f.id, f.source);
  }
}

const error = (source: string, path: (string | number)[], message: string): Problem => ({ severity: 'error', source, path, message });
const warning = (source: string, path: (string | number)[], message: string): Problem => ({ severity: 'warning', source, path, message });
