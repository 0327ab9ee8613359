/**
 * Rules that relate keys to each other, repeated on the raw front matter. zod skips an object's
 * refinements as soon as one of its keys is wrong, so without this a partner who fixes a typo in
 * `prijs.per` would only then learn that the discount is above the normal price. Each value is
 * read with the schema's own leaf parser, and the messages are the schema's (MESSAGES), so the
 * checker can drop the duplicates when both report the same problem.
 */
import type { z } from 'zod';
import { isoDate, MESSAGES, price, reference, time, wholeNumber } from './schema.ts';
import type { Problem } from './problem.ts';

type Raw = Record<string, unknown>;

const asRecord = (v: unknown): Raw | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? (v as Raw) : undefined;

function read<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

const age = wholeNumber(0, 120, 'jaren');

/** What other files an offer points to, as far as those keys can be read. */
export interface OfferReferences {
  categoryId?: string;
  partnerId?: string;
  discounts: { index: number; schemeId?: string; amount?: number; refund?: number }[];
  normal?: number;
  checked?: string;
  /** True when the offer has a contact block with at least one way to reach someone (valid or not: invalid ones are reported on their own). */
  hasOwnContact: boolean;
}

export function readReferences(data: unknown): OfferReferences {
  const offer = asRecord(data) ?? {};
  const prijs = asRecord(offer['prijs']) ?? {};
  const kortingen = Array.isArray(prijs['kortingen']) ? prijs['kortingen'] : [];
  const contact = asRecord(offer['contact']);
  return {
    categoryId: read(reference, offer['categorie']),
    partnerId: read(reference, offer['partner']),
    discounts: kortingen.map((k, index) => {
      const entry = asRecord(k) ?? {};
      return { index, schemeId: read(reference, entry['id']), amount: read(price, entry['prijs']), refund: read(price, entry['terug']) };
    }),
    normal: read(price, prijs['normaal']),
    checked: read(isoDate, offer['nagekeken']),
    hasOwnContact: Boolean(contact && ['telefoon', 'email', 'website'].some((k) => contact[k] !== undefined && contact[k] !== null && contact[k] !== '')),
  };
}

/** The relational rules of one offer, on raw data. Never throws. */
export function checkOfferRelations(data: unknown, source: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ severity: 'error', source, path, message });
  const offer = asRecord(data);
  if (!offer) return problems;

  const refs = readReferences(offer);
  for (const d of refs.discounts) {
    if (refs.normal !== undefined && d.amount !== undefined && d.amount > refs.normal) {
      add(['prijs', 'kortingen', d.index, 'prijs'], MESSAGES.discountAboveNormal(d.amount, refs.normal));
    }
    if (refs.normal !== undefined && d.refund !== undefined && d.refund > refs.normal) {
      add(['prijs', 'kortingen', d.index, 'terug'], MESSAGES.refundAboveNormal(d.refund, refs.normal));
    }
  }

  const wanneer = asRecord(offer['wanneer']) ?? {};
  const momenten = Array.isArray(wanneer['momenten']) ? wanneer['momenten'] : [];
  momenten.forEach((m, i) => {
    const slot = asRecord(m) ?? {};
    const from = read(time, slot['van']);
    const to = read(time, slot['tot']);
    if (from !== undefined && to !== undefined && to <= from) add(['wanneer', 'momenten', i, 'tot'], MESSAGES.slotEndNotAfterStart);
  });

  const periode = asRecord(wanneer['periode']) ?? {};
  const start = read(isoDate, periode['van']);
  const end = read(isoDate, periode['tot']);
  if (start && end && end < start) add(['wanneer', 'periode', 'tot'], MESSAGES.dateRangeReversed(end, start));

  const leeftijd = asRecord(offer['leeftijd']) ?? {};
  const youngest = read(age, leeftijd['van']);
  const oldest = read(age, leeftijd['tot']);
  if (youngest !== undefined && oldest !== undefined && oldest < youngest) add(['leeftijd', 'tot'], MESSAGES.ageRangeReversed(oldest, youngest));

  const waar = asRecord(offer['waar']);
  if (waar && !waar['naam'] && !waar['adres']) add(['waar'], MESSAGES.placeWithoutNameOrAddress);
  return problems;
}
