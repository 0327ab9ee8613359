/**
 * Forgiving references (content format 1.1): a partner who writes a category, partner or discount
 * scheme by its name ("Sport", "Sportdienst Dilbeek") or in another case ("Participatiepas") means
 * one file, when exactly one file fits. The checker then uses that file's id and warns with the id
 * to write. When none or several fit, the value is left alone and the reference check reports it
 * with the list of valid ids.
 */
import type { Problem } from './problem.ts';
import { toId } from './suggest.ts';

interface Referable {
  id: string;
  name: string;
}

export interface KnownReferences {
  categories: readonly Referable[];
  partners: readonly Referable[];
  schemes: readonly Referable[];
}

const KIND_LABEL = { categorie: 'de categorie', partner: 'de partner', korting: 'de korting' } as const;
type Kind = keyof typeof KIND_LABEL;

const norm = (text: string) => text.trim().toLowerCase();

/** The id that `value` unambiguously means, or undefined (also when it already is an id). */
function resolveReference(value: string, known: readonly Referable[]): string | undefined {
  if (known.some((k) => k.id === value)) return undefined;
  const wanted = norm(value);
  const asId = toId(value);
  const matches = new Set(
    known
      .filter((k) => k.id === wanted || k.id === asId || norm(k.name) === wanted || (asId !== '' && toId(k.name) === asId))
      .map((k) => k.id),
  );
  return matches.size === 1 ? [...matches][0] : undefined;
}

function referenceWarning(value: string, id: string, kind: Kind): string {
  return `${JSON.stringify(value)} werkt, maar schrijf liever de id van ${KIND_LABEL[kind]}: ${id}.`;
}

type Raw = Record<string, unknown>;
const asRecord = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? (v as Raw) : undefined;

/**
 * Returns the offer's front matter with names resolved to ids (a copy; the input is not changed)
 * and one warning per resolved reference.
 */
export function resolveOfferReferences(data: unknown, source: string, known: KnownReferences): { data: unknown; problems: Problem[] } {
  const offer = asRecord(data);
  if (!offer) return { data, problems: [] };
  const problems: Problem[] = [];
  const copy: Raw = { ...offer };
  const fix = (value: unknown, list: readonly Referable[], kind: Kind, path: (string | number)[]): unknown => {
    if (typeof value !== 'string') return value;
    const resolved = resolveReference(value.trim(), list);
    if (resolved === undefined) return value;
    problems.push({ severity: 'warning', source, path, message: referenceWarning(value, resolved, kind) });
    return resolved;
  };
  if ('categorie' in copy) copy['categorie'] = fix(copy['categorie'], known.categories, 'categorie', ['categorie']);
  if ('partner' in copy) copy['partner'] = fix(copy['partner'], known.partners, 'partner', ['partner']);
  const prijs = asRecord(copy['prijs']);
  if (prijs && Array.isArray(prijs['kortingen'])) {
    copy['prijs'] = {
      ...prijs,
      kortingen: prijs['kortingen'].map((k, i) => {
        const entry = asRecord(k);
        if (!entry || !('id' in entry)) return k;
        return { ...entry, id: fix(entry['id'], known.schemes, 'korting', ['prijs', 'kortingen', i, 'id']) };
      }),
    };
  }
  return { data: copy, problems };
}
