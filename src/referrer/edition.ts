/**
 * The printed edition of the fan, as a snapshot (content/editie.json, written by `npm run editie`),
 * and what changed since: activities added, gone, and changed in what a referrer reads on the card
 * (title, price, when, where, contact). Pure: no I/O, no Astro; the facts come from describeOffer,
 * the same text the card prints, so "old" and "new" read exactly like the card and the page.
 */
import { z } from 'zod';
import { describeOffer, type OfferDescription } from '../model/describe.ts';
import { capitalise } from '../model/labels.ts';
import { isOnFan } from '../model/offer-facts.ts';
import { ID_PATTERN } from '../model/suggest.ts';
import type { Offer, Site } from '../model/types.ts';

/** The facts compared, in the order a card shows them; keys are the snapshot's (Dutch) keys. */
const FACT_KEYS = ['titel', 'prijs', 'wanneer', 'waar', 'contact'] as const;
type FactKey = (typeof FACT_KEYS)[number];

/** How a fact is named for referrers: "De prijs: …". */
const FACT_LABEL: Record<FactKey, string> = {
  titel: 'Naam',
  prijs: 'Prijs',
  wanneer: 'Wanneer',
  waar: 'Waar',
  contact: 'Contact',
};

export type CardFacts = { id: string } & Record<FactKey, string>;

export interface Edition {
  /** site.yaml's `editie` when it was recorded: "2026-2027". */
  edition: string;
  /** The day it was recorded (YYYY-MM-DD). */
  recordedOn: string;
  cards: CardFacts[];
}

/** Bounds for a file anyone with access to content/ can edit: no text field grows without limit. */
export const EDITION_LIMITS = { bytes: 2_000_000, cards: 10_000, text: 2_000 } as const;

const text = z.string().max(EDITION_LIMITS.text);
const snapshotSchema = z.object({
  editie: z.string().min(1).max(100),
  vastgelegd_op: z.iso.date(),
  kaarten: z.array(z.object({
    id: z.string().regex(ID_PATTERN).max(200),
    titel: text.min(1), prijs: text, wanneer: text, waar: text, contact: text,
  })).max(EDITION_LIMITS.cards),
});

/** What the JSON file holds (Dutch keys, like every file in content/). */
export type EditionFile = z.input<typeof snapshotSchema> & { uitleg?: string };

const EXPLANATION = 'De gedrukte waaier, vastgelegd met npm run editie. Pas dit bestand niet met de hand aan: de pagina /nieuw/ vergelijkt het aanbod hiermee.';

/** One line per fact, as a referrer reads it on the card; joined with "; " where a fact has several parts. */
export function cardFacts(d: OfferDescription): CardFacts {
  const join = (parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join('; ');
  const contact = d.contact;
  return {
    id: d.offer.id,
    titel: d.offer.title,
    prijs: join(d.prices.map((p) => p.text)),
    wanneer: join([...d.slots.map(capitalise), d.season && capitalise(d.season), d.scheduleNote]),
    waar: [d.place?.name, d.place?.address].filter(Boolean).join(', '),
    contact: join([contact?.phone?.display, contact?.email, contact?.website]),
  };
}

/** The cards of the fan as the build would print it today: the offers on the fan, in deck order. */
export function currentEdition(site: Site, recordedOn: string): Edition {
  const cards = site.offers.filter((o) => isOnFan(o, site.settings, site.buildDate)).map((o) => cardFacts(describeOffer(site, o)));
  return { edition: site.settings.edition, recordedOn, cards };
}

export function toFile(edition: Edition): EditionFile {
  return {
    uitleg: EXPLANATION,
    editie: edition.edition,
    vastgelegd_op: edition.recordedOn,
    kaarten: edition.cards.map((c) => ({ id: c.id, titel: c.titel, prijs: c.prijs, wanneer: c.wanneer, waar: c.waar, contact: c.contact })),
  };
}

export type ParsedEdition = { ok: true; edition: Edition } | { ok: false; reason: string };

/** Reads the snapshot's JSON text; never throws. `reason` is a Dutch sentence for `npm run check`. */
export function parseEdition(json: string): ParsedEdition {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'Dit bestand is geen geldige JSON meer.' };
  }
  const parsed = snapshotSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `Dit bestand klopt niet${where ? ` (bij ${where})` : ''}.` };
  }
  const ids = new Set<string>();
  for (const card of parsed.data.kaarten) {
    if (ids.has(card.id)) return { ok: false, reason: `De kaart ${card.id} staat er twee keer in.` };
    ids.add(card.id);
  }
  const { editie, vastgelegd_op, kaarten } = parsed.data;
  return { ok: true, edition: { edition: editie, recordedOn: vastgelegd_op, cards: kaarten } };
}

interface FactChange {
  key: FactKey;
  label: string;
  /** As it is printed in the fan; "" when the card did not show it. */
  printed: string;
  /** As it is now; "" when it is no longer given. */
  now: string;
}

export interface ChangedCard {
  id: string;
  /** The title now (the printed one is in `changes` when it changed). */
  title: string;
  changes: FactChange[];
}

export interface EditionChanges {
  edition: string;
  recordedOn: string;
  /** On the fan as it would be printed today, not in the printed edition. */
  added: CardFacts[];
  /** In the printed edition, not on the site any more (or no longer meant for the fan). */
  gone: (CardFacts & { stillOnSite: boolean })[];
  changed: ChangedCard[];
}

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The printed edition against the site now. A printed card is still there while its offer is
 * published and its partner wants it in the fan, also when it is too long unchecked to be printed
 * again (a referrer still finds it on the site). "Added" are the cards the fan would print today
 * that the printed one lacks.
 */
export function editionChanges(site: Site, printed: Edition): EditionChanges {
  const facts = new Map(site.offers.filter((o) => o.wantsFan).map((o) => [o.id, o]));
  const describe = (o: Offer) => cardFacts(describeOffer(site, o));
  const printedIds = new Set(printed.cards.map((c) => c.id));
  const published = new Set(site.offers.map((o) => o.id));
  const changed: ChangedCard[] = [];
  for (const old of printed.cards) {
    const offer = facts.get(old.id);
    if (!offer) continue;
    const current = describe(offer);
    const changes = FACT_KEYS.filter((key) => !same(old[key], current[key]))
      .map((key) => ({ key, label: FACT_LABEL[key], printed: old[key], now: current[key] }));
    if (changes.length) changed.push({ id: old.id, title: current.titel, changes });
  }
  return {
    edition: printed.edition,
    recordedOn: printed.recordedOn,
    added: site.offers.filter((o) => !printedIds.has(o.id) && isOnFan(o, site.settings, site.buildDate)).map(describe),
    gone: printed.cards.filter((c) => !facts.has(c.id)).map((c) => ({ ...c, stillOnSite: published.has(c.id) })),
    changed,
  };
}

export const hasChanges = (c: EditionChanges): boolean => c.added.length + c.gone.length + c.changed.length > 0;
