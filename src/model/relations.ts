/**
 * The rules of an offer that need other files: its categorie, partner and discounts must exist,
 * each discount once, and someone must be reachable (its own contact or its partner's). Also
 * `nagekeken` against the build date. They run on the raw front matter of every offer file, also
 * one that fails the schema elsewhere, so the partner gets all problems of a file in one run.
 * Rules within one file, also those that relate several keys, are in ./schema.ts, once.
 */
import type { z } from 'zod';
import { isoDate, reference, writesChannel } from './schema.ts';
import type { Problem } from './problem.ts';
import { nearest, toId } from './suggest.ts';

type Raw = Record<string, unknown>;

const asRecord = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? (v as Raw) : undefined;

function read<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * Whether raw front matter (an offer's contact block, a partner's file) writes a telefoon, email or
 * website, by the partner schema's own rule: an offer is told "niemand is te bereiken" exactly when
 * its partner's file is told it has none.
 */
export function hasChannel(data: unknown): boolean {
  const record = asRecord(data);
  return record !== undefined && writesChannel(record);
}

/** What other files an offer points to, as far as those keys can be read. */
interface OfferReferences {
  categoryId?: string;
  partnerId?: string;
  discounts: { index: number; schemeId?: string }[];
  checked?: string;
  /** True when the offer has a contact block with at least one way to reach someone. */
  hasOwnContact: boolean;
}

export function readReferences(data: unknown): OfferReferences {
  const offer = asRecord(data) ?? {};
  const prijs = asRecord(offer['prijs']) ?? {};
  const kortingen = Array.isArray(prijs['kortingen']) ? prijs['kortingen'] : [];
  return {
    categoryId: read(reference, offer['categorie']),
    partnerId: read(reference, offer['partner']),
    discounts: kortingen.map((k, index) => ({ index, schemeId: read(reference, asRecord(k)?.['id']) })),
    checked: read(isoDate, offer['nagekeken']),
    hasOwnContact: hasChannel(offer['contact']),
  };
}

/** The files an offer may point to. */
interface KnownFiles {
  /** Ids of the files that passed their own checks. */
  categories: readonly string[];
  partners: readonly string[];
  schemes: readonly string[];
  /** Ids of files that exist but have errors of their own: an offer pointing to one waits, without a second error. */
  unreadable: Record<'categories' | 'partners' | 'schemes', ReadonlySet<string>>;
  /** Per partner id (readable or not), whether its file names a telefoon, email or website. */
  partnerReachable: ReadonlyMap<string, boolean>;
  buildDate: string;
}

/**
 * The rules of one offer that need other files. `blocked`: the offer points to a file with errors
 * of its own, so it is not published, although it has no error of its own.
 */
export function checkOfferReferences(source: string, refs: OfferReferences, known: KnownFiles): { problems: Problem[]; blocked: boolean } {
  const problems: Problem[] = [];
  const fail = (path: (string | number)[], message: string) => problems.push({ severity: 'error', source, path, message });
  let blocked = false;
  if (refs.categoryId && !known.categories.includes(refs.categoryId)) {
    if (known.unreadable.categories.has(refs.categoryId)) blocked = true;
    else fail(['categorie'], unknownRef(refs.categoryId, 'categorie', known.categories));
  }
  if (refs.partnerId && !known.partners.includes(refs.partnerId)) {
    if (known.unreadable.partners.has(refs.partnerId)) blocked = true;
    else fail(['partner'], unknownRef(refs.partnerId, 'partner', known.partners));
  }
  const seen = new Set<string>();
  for (const d of refs.discounts) {
    if (!d.schemeId) continue;
    if (!known.schemes.includes(d.schemeId)) {
      if (known.unreadable.schemes.has(d.schemeId)) blocked = true;
      else fail(['prijs', 'kortingen', d.index, 'id'], unknownRef(d.schemeId, 'korting', known.schemes));
    }
    if (seen.has(d.schemeId)) fail(['prijs', 'kortingen', d.index, 'id'], `${d.schemeId} staat twee keer in de kortingen. Laat er één weg.`);
    seen.add(d.schemeId);
  }
  if (refs.checked && refs.checked > known.buildDate) {
    fail(['nagekeken'], `${refs.checked} ligt in de toekomst. Schrijf de dag waarop je het aanbod echt nagekeken hebt (ten laatste vandaag, ${known.buildDate}).`);
  }
  if (!refs.hasOwnContact && refs.partnerId && known.partnerReachable.get(refs.partnerId) === false) {
    fail(['contact'], 'Niemand is te bereiken voor dit aanbod: het heeft geen contact en de partner ook niet. Voeg contact: met een telefoon, e-mail of website toe.');
  }
  return { problems, blocked };
}

const LABEL = { categorie: 'categorie', partner: 'partner', korting: 'korting' } as const;
const FOLDER = { categorie: 'categorieen', partner: 'partners', korting: 'kortingen' } as const;

function unknownRef(value: string, kind: keyof typeof LABEL, valid: readonly string[]): string {
  const guess = nearest(value, valid);
  const hint = guess ? ` Bedoel je ${guess}?` : '';
  return `"${value}" is geen bekende ${LABEL[kind]}.${hint} Kies uit: ${valid.join(', ') || '(nog geen)'}. Of maak eerst ${FOLDER[kind]}/${toId(value) || 'nieuw'}.md aan.`;
}
