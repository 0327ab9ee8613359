/**
 * The content format (docs/content-format.md, version 1.1) as zod schemas: the one place where the
 * partners' Dutch keys are defined. Parsing normalises every accepted notation (prices in cents,
 * full day names, minutes since midnight) so the rest of the code never sees a variant.
 * Messages are Dutch and written for partners; generic ones come from ./friendly-errors.ts.
 */
import { z } from 'zod';
import { parseWeekday, parseTime, parseDate, type Weekday } from './calendar.ts';
import { parsePrice, formatEuro } from './price.ts';
import { parsePhone, isEmail, isWebUrl, type Phone } from './contact.ts';
import { normaliseHex } from './colour.ts';

export const AUDIENCES = ['kinderen', 'jongeren', 'volwassenen', 'senioren', 'gezinnen', 'iedereen'] as const;
export const PRICE_UNITS = ['beurt', 'dag', 'week', 'maand', 'jaar', 'seizoen', 'les', 'reeks', 'activiteit', 'persoon'] as const;
export const THRESHOLDS = [
  'alleen-welkom', 'materiaal-te-leen', 'onthaal', 'geen-ervaring-nodig', 'kinderopvang', 'weinig-nederlands',
] as const;
export const WHEELCHAIR = ['ja', 'nee', 'deels'] as const;

export const TITLE_MAX = 60;
export const SUMMARY_MAX = 160;
export const SCHEME_SHORT_MAX = 120;
/** Ids end up in web addresses and file names (kaart/<id>.pdf): short on every file system. */
export const ID_MAX = 60;
/** No leisure offer costs more; a larger number is a typing error (a missing comma). */
export const PRICE_MAX_CENTS = 1_000_000;

/**
 * Messages of the rules that relate two keys. They live here once because ./relations.ts repeats
 * these rules on raw data, so that they are reported even when a neighbouring key is wrong.
 */
export const MESSAGES = {
  discountAboveNormal: (discount: number, normal: number) =>
    `${formatEuro(discount)} met korting is meer dan de gewone prijs (${formatEuro(normal)}). Met korting betaal je evenveel of minder.`,
  refundAboveNormal: (refund: number, normal: number) =>
    `${formatEuro(refund)} terug is meer dan de gewone prijs (${formatEuro(normal)}). Je krijgt hoogstens terug wat je betaald hebt.`,
  refundZero: 'is € 0: dan krijg je niets terug. Schrijf het bedrag dat je terugkrijgt, of laat deze korting weg.',
  discountBoth: 'heeft prijs en terug. Kies er één: prijs is wat je betaalt met de pas, terug is wat je achteraf terugkrijgt.',
  discountNeither: 'heeft geen prijs en geen terug. Schrijf prijs: (wat je betaalt met de pas) of terug: (wat je achteraf terugkrijgt).',
  slotEndNotAfterStart: 'ligt niet na het beginuur (van). Het einde moet later zijn dan het begin.',
  dateRangeReversed: (to: string, from: string) => `(${to}) ligt voor de begindatum (${from}). Zet de data in de juiste volgorde.`,
  ageRangeReversed: (to: number, from: number) => `(${to}) is kleiner dan van (${from}). Zet de leeftijden in de juiste volgorde.`,
  placeWithoutNameOrAddress: 'heeft geen naam en geen adres. Schrijf minstens een van de twee.',
} as const;

const text = (what = 'tekst') =>
  z.string({ error: (i) => (i.input === undefined ? undefined : `moet ${what} zijn. Begint je tekst met [ of {, of staat er een dubbele punt in? Zet de tekst dan tussen aanhalingstekens: "...".`) })
    .trim()
    .min(1, { error: 'is leeg. Schrijf hier iets, of laat de sleutel weg als ze niet verplicht is.' });

const limitedText = (max: number) =>
  text().max(max, {
    error: (i) => `is te lang: ${String(i.input).length} tekens, hoogstens ${max}. Maak de tekst korter.`,
  });

/** A single value where a list is expected is clear enough: `doelgroep: kinderen`. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' || typeof v === 'number' ? [v] : v), z.array(item));

export const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'is geen geldige id. Gebruik kleine letters, cijfers en streepjes, zoals zwemmen-dilkom.',
  })
  .max(ID_MAX, { error: (i) => `is te lang: ${String(i.input).length} tekens, hoogstens ${ID_MAX}.` });

export const price = z.unknown().transform((value, ctx) => {
  const parsed = parsePrice(value);
  if (!parsed.ok) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".`,
    });
    return z.NEVER;
  }
  if (parsed.cents > PRICE_MAX_CENTS) {
    ctx.addIssue({ code: 'custom', message: `${formatEuro(parsed.cents)} is te veel: hoogstens ${formatEuro(PRICE_MAX_CENTS)}. Kijk na of er geen komma ontbreekt, zoals 4,50.` });
    return z.NEVER;
  }
  return parsed.cents;
});

/** A day: 2026-09-01, or the Belgian 30/11/2026 and 30-11-2026, normalised to the ISO day. */
export const isoDate = z.unknown().transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';
  const iso = parseDate(text);
  if (iso === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value instanceof Date ? text : value ?? '')} is geen datum die bestaat. Schrijf dag/maand/jaar, zoals 30/11/2026, of jaar-maand-dag, zoals 2026-11-30.`,
    });
    return z.NEVER;
  }
  return iso;
});

/** A clock time: "14:00", 14.00, 14u, 14u30, 14 uur, normalised to minutes since midnight. */
export const time = z.unknown().transform((value, ctx) => {
  const minutes = typeof value === 'string' || typeof value === 'number' ? parseTime(value) : undefined;
  if (minutes === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen uur. Schrijf het uur zoals 14.00, 14u30 of 9u. Uren gaan van 0 tot 23, minuten van 00 tot 59.`,
    });
    return z.NEVER;
  }
  return minutes;
});

const weekday = z.unknown().transform((value, ctx): Weekday => {
  const day = typeof value === 'string' ? parseWeekday(value) : undefined;
  if (!day) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen dag. Schrijf maandag tot zondag, of ma, di, wo, do, vr, za, zo.`,
    });
    return z.NEVER;
  }
  return day;
});

export const phone = z.unknown().transform((value, ctx): Phone => {
  const parsed = typeof value === 'string' || typeof value === 'number' ? parsePhone(String(value)) : undefined;
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen geldig telefoonnummer. Schrijf het zoals 02 451 68 00 of 0470 12 34 56, of met +32.`,
    });
    return z.NEVER;
  }
  return parsed;
});

export const email = text().refine(isEmail, {
  error: (i) => `${JSON.stringify(i.input)} is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.be.`,
});

export const webUrl = text().refine(isWebUrl, {
  error: (i) => `${JSON.stringify(i.input)} is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.`,
});

const yesNo = z.preprocess(
  (v) => (typeof v === 'string' ? ({ ja: true, nee: false, true: true, false: false } as Record<string, boolean>)[v.trim().toLowerCase()] ?? v : v),
  z.boolean({ error: 'moet ja of nee zijn (of true of false).' }),
);

export const wholeNumber = (min: number, max: number, what: string) =>
  z.number({ error: `moet een getal zijn (${what}), zoals 6. Schrijf alleen het getal, zonder woorden.` }).int({ error: `moet een geheel getal zijn (${what}), zoals 6. Schrijf het zonder komma.` })
    .min(min, { error: `mag niet kleiner zijn dan ${min}.` })
    .max(max, { error: `mag niet groter zijn dan ${max}.` });

const order = z.number({ error: 'moet een getal zijn, zoals 10. Een lager getal komt eerst.' });

/**
 * A reference to another file (categorie, partner, a discount's id). Any text is read here: the id,
 * or a name or other case that the checker resolves to the id with a warning (./references.ts).
 * Whether it exists is checked against the other files, with the list of valid ids.
 */
export const reference = text('een id');

/** Each entry has exactly one of prijs (what you pay with the scheme) and terug (what you get back afterwards). */
const discount = z.strictObject({ id: reference, prijs: price.optional(), terug: price.optional() }).superRefine((k, ctx) => {
  if (k.prijs !== undefined && k.terug !== undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.discountBoth });
  if (k.prijs === undefined && k.terug === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.discountNeither });
  if (k.terug === 0) ctx.addIssue({ code: 'custom', path: ['terug'], message: MESSAGES.refundZero });
});

const priceBlock = z.strictObject({
  normaal: price,
  per: z.enum(PRICE_UNITS).optional(),
  kortingen: z.array(discount).default([]),
  uitleg: text().optional(),
}).superRefine((p, ctx) => {
  p.kortingen.forEach((k, i) => {
    if (k.prijs !== undefined && k.prijs > p.normaal) {
      ctx.addIssue({ code: 'custom', path: ['kortingen', i, 'prijs'], message: MESSAGES.discountAboveNormal(k.prijs, p.normaal) });
    }
    if (k.terug !== undefined && k.terug > p.normaal) {
      ctx.addIssue({ code: 'custom', path: ['kortingen', i, 'terug'], message: MESSAGES.refundAboveNormal(k.terug, p.normaal) });
    }
  });
});

const slot = z.strictObject({ dag: weekday, van: time, tot: time }).superRefine((s, ctx) => {
  if (s.tot <= s.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.slotEndNotAfterStart });
  }
});

const dateRange = z.strictObject({ van: isoDate.optional(), tot: isoDate.optional() }).superRefine((r, ctx) => {
  if (r.van === undefined && r.tot === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is leeg. Schrijf een begindatum (van), een einddatum (tot) of allebei.' });
  }
  if (r.van && r.tot && r.tot < r.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.dateRangeReversed(r.tot, r.van) });
  }
});

const ageRange = z.strictObject({
  van: wholeNumber(0, 120, 'jaren').optional(),
  tot: wholeNumber(0, 120, 'jaren').optional(),
}).superRefine((r, ctx) => {
  if (r.van === undefined && r.tot === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is leeg. Schrijf een minimumleeftijd (van), een maximumleeftijd (tot) of allebei.' });
  }
  if (r.van !== undefined && r.tot !== undefined && r.tot < r.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.ageRangeReversed(r.tot, r.van) });
  }
});

const contactBlock = z.strictObject({
  telefoon: phone.optional(),
  email: email.optional(),
  website: webUrl.optional(),
});

const languageCode = z.string({ error: 'moet een taalcode zijn, zoals nl, fr of en.' }).trim().toLowerCase()
  .regex(/^[a-z]{2}$/, { error: (i) => `${JSON.stringify(i.input)} is geen taalcode. Gebruik twee letters, zoals nl, fr, en, ar of uk.` });

const image = z.strictObject({
  bron: text().refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith('//'), {
    error: 'moet een bestand naast dit bestand zijn, zoals ./zwemmen.jpg. Afbeeldingen van een andere website mogen niet.',
  }),
  alt: text(),
});

export const offerSchema = z.strictObject({
  titel: limitedText(TITLE_MAX),
  samenvatting: limitedText(SUMMARY_MAX),
  categorie: reference,
  partner: reference,
  doelgroep: list(z.enum(AUDIENCES)).default(['iedereen']),
  leeftijd: ageRange.optional(),
  prijs: priceBlock,
  wanneer: z.strictObject({
    momenten: z.array(slot).default([]),
    tekst: text().optional(),
    periode: dateRange.optional(),
  }).optional(),
  waar: z.strictObject({
    naam: text().optional(),
    adres: text().optional(),
    rolstoel: z.enum(WHEELCHAIR).optional(),
    bus: text().optional(),
  }).superRefine((w, ctx) => {
    if (!w.naam && !w.adres) ctx.addIssue({ code: 'custom', message: MESSAGES.placeWithoutNameOrAddress });
  }).optional(),
  inschrijven: z.strictObject({
    nodig: yesNo,
    hoe: text().optional(),
    meebrengen: list(text()).default([]),
  }).optional(),
  contact: contactBlock.optional(),
  drempelverlagend: list(z.enum(THRESHOLDS)).default([]),
  talen: list(languageCode).default([]),
  afbeelding: image.optional(),
  trefwoorden: list(text()).default([]),
  nagekeken: isoDate,
  geldig_tot: isoDate.optional(),
  waaier: yesNo.default(true),
  volgorde: order.optional(),
});

export const categorySchema = z.strictObject({
  naam: text(),
  kleur: z.string({ error: 'moet een kleurcode zijn, zoals "#0B6E4F" (tussen aanhalingstekens).' }).transform((v, ctx) => {
    const hex = normaliseHex(v);
    if (!hex) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is geen kleurcode. Schrijf een # en zes tekens, zoals "#0B6E4F".` });
      return z.NEVER;
    }
    return hex;
  }),
  pictogram: id,
  volgorde: order.optional(),
});

export const partnerSchema = z.strictObject({
  naam: text(),
  telefoon: phone.optional(),
  email: email.optional(),
  website: webUrl.optional(),
  adres: text().optional(),
});

/** Where and how a resident gets the scheme (content format 1.1): the scheme's page shows it as steps, the fan's card prints it. */
export const applySchema = z.strictObject({
  waar: text().optional(),
  adres: text().optional(),
  open: text().optional(),
  afspraak: yesNo.optional(),
  meebrengen: list(text()).default([]),
  kost: price.optional(),
  telefoon: phone.optional(),
}).superRefine((a, ctx) => {
  if (!a.waar && !a.adres && !a.telefoon) {
    ctx.addIssue({ code: 'custom', message: 'zegt niet waar je de pas aanvraagt. Schrijf minstens waar (de naam van het loket), adres of telefoon.' });
  }
});

export const discountSchemeSchema = z.strictObject({
  naam: text(),
  kort: limitedText(SCHEME_SHORT_MAX),
  aanvragen: applySchema.optional(),
});

export const pageSchema = z.strictObject({
  titel: text(),
  volgorde: order.optional(),
});

/** Card size of the printed fan, in millimetres (an optional extension of site.yaml). */
export const cardSizeSchema = z.strictObject({
  breedte: z.number({ error: 'moet een getal in millimeter zijn, zoals 50.' }).min(40, { error: 'is te smal: minstens 40 mm.' }).max(120, { error: 'is te breed: hoogstens 120 mm.' }),
  hoogte: z.number({ error: 'moet een getal in millimeter zijn, zoals 190.' }).min(120, { error: 'is te kort: minstens 120 mm.' }).max(297, { error: 'is te lang: hoogstens 297 mm.' }),
});

export const siteSchema = z.strictObject({
  titel: text(),
  gemeente: text(),
  url: webUrl,
  editie: z.union([z.string(), z.number()], { error: 'moet tekst zijn, zoals 2026-2027.' }).transform((v) => String(v).trim()),
  contact: z.strictObject({
    naam: text(),
    telefoon: phone.optional(),
    email: email.optional(),
    website: webUrl.optional(),
    adres: text().optional(),
  }).superRefine((c, ctx) => {
    if (!c.telefoon && !c.email && !c.website) {
      ctx.addIssue({ code: 'custom', message: 'heeft geen telefoon, e-mail of website. Schrijf minstens een manier om jullie te bereiken.' });
    }
  }),
  bewerken: webUrl.optional(),
  nagekeken_max_maanden: wholeNumber(1, 60, 'maanden').default(12),
  kaart: cardSizeSchema.optional(),
});

export type OfferInput = z.output<typeof offerSchema>;
export type CategoryInput = z.output<typeof categorySchema>;
export type PartnerInput = z.output<typeof partnerSchema>;
export type DiscountSchemeInput = z.output<typeof discountSchemeSchema>;
export type ApplyInput = z.output<typeof applySchema>;
export type PageInput = z.output<typeof pageSchema>;
export type SiteInput = z.output<typeof siteSchema>;

/** Every collection with its folder and schema: the checker, the loader and the templates use this list. */
export const COLLECTIONS = {
  aanbod: offerSchema,
  categorieen: categorySchema,
  partners: partnerSchema,
  kortingen: discountSchemeSchema,
  paginas: pageSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
