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
import { contrastWithWhite, MIN_TEXT_CONTRAST, normaliseHex } from './colour.ts';

export const AUDIENCES = ['kinderen', 'jongeren', 'volwassenen', 'senioren', 'gezinnen', 'iedereen'] as const;
export const PRICE_UNITS = ['beurt', 'dag', 'week', 'maand', 'jaar', 'seizoen', 'les', 'reeks', 'activiteit', 'persoon'] as const;
export const THRESHOLDS = [
  'alleen-welkom', 'materiaal-te-leen', 'onthaal', 'geen-ervaring-nodig', 'kinderopvang', 'weinig-nederlands',
] as const;
export const WHEELCHAIR = ['ja', 'nee', 'deels'] as const;

export const TITLE_MAX = 60;
export const SUMMARY_MAX = 160;
const SCHEME_SHORT_MAX = 120;
/** Ids end up in web addresses and file names (kaart/<id>.pdf): short on every file system. */
export const ID_MAX = 60;
/** No leisure offer costs more; a larger number is a typing error (a missing comma). */
const PRICE_MAX_CENTS = 1_000_000;

/** Messages of the rules that relate several keys of one object. */
const MESSAGES = {
  discountAboveNormal: (discount: number, normal: number) =>
    `${formatEuro(discount, ' ')} met korting is meer dan de gewone prijs (${formatEuro(normal, ' ')}). Met korting betaal je evenveel of minder.`,
  refundAboveNormal: (refund: number, normal: number) =>
    `${formatEuro(refund, ' ')} terug is meer dan de gewone prijs (${formatEuro(normal, ' ')}). Je krijgt hoogstens terug wat je betaald hebt.`,
  refundZero: 'is € 0: dan krijg je niets terug. Schrijf het bedrag dat je terugkrijgt, of laat deze korting weg.',
  discountBoth: 'heeft prijs en terug. Kies er één: prijs is wat je betaalt met de pas, terug is wat je achteraf terugkrijgt.',
  discountNeither: 'heeft geen prijs en geen terug. Schrijf prijs: (wat je betaalt met de pas) of terug: (wat je achteraf terugkrijgt).',
  slotEndNotAfterStart: 'ligt niet na het beginuur (van). Het einde moet later zijn dan het begin.',
  dateRangeReversed: (to: string, from: string) => `(${to}) ligt voor de begindatum (${from}). Zet de data in de juiste volgorde.`,
  ageRangeReversed: (to: number, from: number) => `(${to}) is kleiner dan van (${from}). Zet de leeftijden in de juiste volgorde.`,
  placeWithoutNameOrAddress: 'heeft geen naam en geen adres. Schrijf minstens één van de twee.',
  dateRangeEmpty: 'is leeg. Schrijf een begindatum (van), een einddatum (tot) of allebei.',
  ageRangeEmpty: 'is leeg. Schrijf een minimumleeftijd (van), een maximumleeftijd (tot) of allebei.',
  siteWithoutContact: 'heeft geen telefoon, e-mail of website. Schrijf minstens één manier om jullie te bereiken.',
  partnerWithoutContact: 'Deze partner heeft geen telefoon, e-mail of website. Voeg minstens één van de drie toe, zodat mensen jullie kunnen bereiken.',
  applyWithoutPlace: 'zegt niet waar je de pas aanvraagt. Schrijf minstens waar (de naam van het loket), adres of telefoon.',
} as const;

/*
 * Rules that relate several keys of one object are written once, here, as a superRefine with zod
 * 4's `when`. Without `when`, zod skips an object's refinements as soon as any key of that object
 * is wrong: a partner who mistyped prijs.per would only learn in a second run that the discount is
 * above the normal price. With `when`, a rule runs as soon as the keys it reads are right, whatever
 * the other keys hold. Its value may then hold a wrong key's raw input or zod's "aborted" marker
 * instead of the output type: a rule reads only the keys its `when` (or validAt) vouches for, or
 * asks whether a key is present at all (a present but wrong key is reported on its own).
 * Rules that need other files (references, a partner's contact) are in ./relations.ts.
 */
type KeyPath = readonly PropertyKey[];

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Whether zod has found nothing wrong so far at or under each key path (relative to the object being refined). */
function validAt(payload: z.core.ParsePayload, ...paths: KeyPath[]): boolean {
  return !payload.issues.some((issue) => paths.some((path) => path.every((part, i) => issue.path?.[i] === part)));
}

/** `when` for a rule that reads these keys of an object: it runs once they are valid (and absent is valid for an optional key). */
const whenValid = (...keys: string[]) => ({
  when: (payload: z.core.ParsePayload) => isPlainRecord(payload.value) && validAt(payload, ...keys.map((k) => [k])),
});

/** `when` for a rule about which keys are present: it runs whenever the value is an object, whatever its keys hold. */
const whenObject = { when: (payload: z.core.ParsePayload) => isPlainRecord(payload.value) };

/**
 * At least one of these keys is written, whatever it holds: a wrong or empty value has its own
 * message, which is the one to act on.
 */
const hasAny = (value: Record<string, unknown>, keys: readonly string[]) => keys.some((k) => value[k] !== undefined);

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
    ctx.addIssue({ code: 'custom', message: `${formatEuro(parsed.cents, ' ')} is te veel: hoogstens ${formatEuro(PRICE_MAX_CENTS, ' ')}. Kijk na of er geen komma ontbreekt, zoals 4,50.` });
    return z.NEVER;
  }
  return parsed.cents;
}).meta({ kind: 'price' });

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
}).meta({ kind: 'date' });

/** A clock time: "14:00", 14.00, 14u, 14u30, 14 uur, normalised to minutes since midnight. */
const time = z.unknown().transform((value, ctx) => {
  const minutes = typeof value === 'string' || typeof value === 'number' ? parseTime(value) : undefined;
  if (minutes === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen uur. Schrijf het uur zoals 14.00, 14u30 of 9u. Uren gaan van 0 tot 23, minuten van 00 tot 59.`,
    });
    return z.NEVER;
  }
  return minutes;
}).meta({ kind: 'time' });

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
}).meta({ kind: 'weekday' });

const phone = z.unknown().transform((value, ctx): Phone => {
  const parsed = typeof value === 'string' || typeof value === 'number' ? parsePhone(String(value)) : undefined;
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value ?? '')} is geen geldig telefoonnummer. Schrijf het zoals 02 451 68 00 of 0470 12 34 56, of met +32.`,
    });
    return z.NEVER;
  }
  return parsed;
}).meta({ kind: 'phone' });

const email = text().refine(isEmail, {
  error: (i) => `${JSON.stringify(i.input)} is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.be.`,
}).meta({ kind: 'email' });

const webUrl = text().refine(isWebUrl, {
  error: (i) => `${JSON.stringify(i.input)} is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.`,
}).meta({ kind: 'url' });

const yesNo = z.preprocess(
  (v) => (typeof v === 'string' ? ({ ja: true, nee: false, true: true, false: false } as Record<string, boolean>)[v.trim().toLowerCase()] ?? v : v),
  z.boolean({ error: 'moet ja of nee zijn (of true of false).' }),
);

const wholeNumber = (min: number, max: number, what: string) =>
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
const discount = z.strictObject({
  id: reference.meta({ label: 'Korting', hint: 'Kies de korting.', example: 'participatiepas', references: 'kortingen' }),
  prijs: price.meta({ label: 'Prijs met korting', hint: 'Wat je betaalt met de korting, niet meer dan de gewone prijs. Vul prijs of terug in.', example: '0,90' }).optional(),
  terug: price.meta({ label: 'Terug achteraf', hint: 'Wat je achteraf terugkrijgt, bijvoorbeeld van je lidgeld. Vul prijs of terug in.', example: '36' }).optional(),
}).superRefine((k, ctx) => {
  if (k.prijs !== undefined && k.terug !== undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.discountBoth });
  if (k.prijs === undefined && k.terug === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.discountNeither });
}, whenObject).superRefine((k, ctx) => {
  if (k.terug === 0) ctx.addIssue({ code: 'custom', path: ['terug'], message: MESSAGES.refundZero });
}, whenValid('terug'));

const priceBlock = z.strictObject({
  normaal: price.meta({ label: 'Gewone prijs', hint: 'Wat iedereen betaalt, in euro: 4,50 of 0 of gratis.', example: '4,50' }),
  per: z.enum(PRICE_UNITS).meta({ label: 'Per', hint: 'Waarvoor je die prijs betaalt.', example: 'beurt' }).optional(),
  kortingen: z.array(discount).meta({ label: 'Kortingen', hint: 'Wat je betaalt of terugkrijgt met een korting, zoals de participatiepas.', example: '- id: participatiepas' }).default([]),
  uitleg: text().meta({ label: 'Uitleg bij de prijs', hint: 'Een of twee zinnen over de prijs.', example: 'Je kan een zwembroek lenen.', multiline: true }).optional(),
}).superRefine((p, ctx) => {
  // Each discount on its own: a mistake in one entry does not hide the others.
  if (!Array.isArray(p.kortingen)) return;
  p.kortingen.forEach((k: unknown, i) => {
    if (!isPlainRecord(k)) return;
    const amount = validAt(ctx, ['kortingen', i, 'prijs']) ? k['prijs'] : undefined;
    const refund = validAt(ctx, ['kortingen', i, 'terug']) ? k['terug'] : undefined;
    if (typeof amount === 'number' && amount > p.normaal) {
      ctx.addIssue({ code: 'custom', path: ['kortingen', i, 'prijs'], message: MESSAGES.discountAboveNormal(amount, p.normaal) });
    }
    if (typeof refund === 'number' && refund > p.normaal) {
      ctx.addIssue({ code: 'custom', path: ['kortingen', i, 'terug'], message: MESSAGES.refundAboveNormal(refund, p.normaal) });
    }
  });
}, whenValid('normaal'));

const slot = z.strictObject({
  dag: weekday.meta({ label: 'Dag', hint: 'Maandag tot zondag.', example: 'woensdag' }),
  van: time.meta({ label: 'Van', hint: 'Het beginuur.', example: '"14:00"' }),
  tot: time.meta({ label: 'Tot', hint: 'Het einduur, later dan het beginuur.', example: '"16:00"' }),
}).superRefine((s, ctx) => {
  if (s.tot <= s.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.slotEndNotAfterStart });
  }
}, whenValid('van', 'tot'));

const dateRange = z.strictObject({
  van: isoDate.meta({ label: 'Eerste dag', example: '2026-09-01' }).optional(),
  tot: isoDate.meta({ label: 'Laatste dag', example: '2027-06-30' }).optional(),
}).superRefine((r, ctx) => {
  if (r.van === undefined && r.tot === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.dateRangeEmpty });
}, whenObject).superRefine((r, ctx) => {
  if (r.van && r.tot && r.tot < r.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.dateRangeReversed(r.tot, r.van) });
  }
}, whenValid('van', 'tot'));

const ageRange = z.strictObject({
  van: wholeNumber(0, 120, 'jaren').meta({ label: 'Vanaf', hint: 'De jongste leeftijd, in jaren.', example: '6' }).optional(),
  tot: wholeNumber(0, 120, 'jaren').meta({ label: 'Tot en met', hint: 'De oudste leeftijd, in jaren.', example: '12' }).optional(),
}).superRefine((r, ctx) => {
  if (r.van === undefined && r.tot === undefined) ctx.addIssue({ code: 'custom', message: MESSAGES.ageRangeEmpty });
}, whenObject).superRefine((r, ctx) => {
  if (r.van !== undefined && r.tot !== undefined && r.tot < r.van) {
    ctx.addIssue({ code: 'custom', path: ['tot'], message: MESSAGES.ageRangeReversed(r.tot, r.van) });
  }
}, whenValid('van', 'tot'));

const contactBlock = z.strictObject({
  telefoon: phone.meta({ label: 'Telefoon', hint: 'Belgisch nummer, of met +.', example: '02 123 45 67' }).optional(),
  email: email.meta({ label: 'E-mail', example: 'sport@example.be' }).optional(),
  website: webUrl.meta({ label: 'Website', hint: 'Begint met https://', example: 'https://www.example.be/zwemmen' }).optional(),
});

const languageCode = z.string({ error: 'moet een taalcode zijn, zoals nl, fr of en.' }).trim().toLowerCase()
  .regex(/^[a-z]{2}$/, { error: (i) => `${JSON.stringify(i.input)} is geen taalcode. Gebruik twee letters, zoals nl, fr, en, ar of uk.` });

const image = z.strictObject({
  bron: text().refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) && !s.startsWith('//'), {
    error: 'moet een bestand naast dit bestand zijn, zoals ./zwemmen.jpg. Afbeeldingen van een andere website mogen niet.',
  }).meta({ label: 'Foto', hint: 'Een foto naast dit bestand in de map aanbod/; geen link naar internet.', example: './zwemmen-dilkom.jpg', kind: 'image' }),
  alt: text().meta({ label: 'Wat zie je op de foto?', hint: 'Zeg in woorden wat je op de foto ziet.', example: 'Kinderen spelen in het zwembad.' }),
});

export const offerSchema = z.strictObject({
  titel: limitedText(TITLE_MAX).meta({ label: 'Titel', hint: 'De naam van je aanbod, hoogstens 60 tekens.', example: 'Zwemmen in Dilkom' }),
  samenvatting: limitedText(SUMMARY_MAX).meta({ label: 'Samenvatting', hint: 'Een of twee korte zinnen, hoogstens 160 tekens.', example: 'Zwem in een warm zwembad.', multiline: true }),
  categorie: reference.meta({ label: 'Categorie', hint: 'De categorie waarin je aanbod in de waaier staat: een bestand in categorieen/, zonder .md.', example: 'sport', references: 'categorieen' }),
  partner: reference.meta({ label: 'Partner', hint: 'De organisatie die het aanbod geeft: een bestand in partners/, zonder .md.', example: 'sportdienst', references: 'partners' }),
  doelgroep: list(z.enum(AUDIENCES)).meta({ label: 'Voor wie', hint: 'Laat leeg als het voor iedereen is.', example: '[kinderen, gezinnen]' }).default(['iedereen']),
  leeftijd: ageRange.meta({ label: 'Leeftijd', hint: 'Vanaf en tot welke leeftijd, in jaren. Je mag van of tot weglaten.', example: '{ van: 6, tot: 12 }' }).optional(),
  prijs: priceBlock.meta({ label: 'Prijs', hint: 'Wat je betaalt, gewoon en met korting.' }),
  wanneer: z.strictObject({
    momenten: z.array(slot).meta({ label: 'Vaste momenten', hint: 'Elke week op dezelfde dag en uren.', example: '- { dag: woensdag, van: "14:00", tot: "16:00" }' }).default([]),
    tekst: text().meta({ label: 'Uitleg bij wanneer', hint: 'Wat je niet met vaste momenten kan zeggen.', example: 'Niet tijdens de schoolvakanties.', multiline: true }).optional(),
    periode: dateRange.meta({ label: 'Periode', hint: 'De eerste en de laatste dag.', example: '{ van: 2026-09-01, tot: 2027-06-30 }' }).optional(),
  }).meta({ label: 'Wanneer', hint: 'Vaste momenten in de week, en wat die niet kunnen zeggen.' }).optional(),
  waar: z.strictObject({
    naam: text().meta({ label: 'Naam van de plek', example: 'Sportcomplex Dilkom' }).optional(),
    adres: text().meta({ label: 'Adres', hint: 'Straat, nummer, postcode en gemeente.', example: 'Kaudenaardestraat 18, 1700 Dilbeek' }).optional(),
    rolstoel: z.enum(WHEELCHAIR).meta({ label: 'Rolstoel', hint: 'Kan je er binnen met een rolstoel?', example: 'ja' }).optional(),
    bus: text().meta({ label: 'Bus of tram', hint: 'Hoe je er met de bus of tram komt.', example: 'Bus 126, halte Dilbeek Centrum' }).optional(),
  }).superRefine((w, ctx) => {
    if (!hasAny(w, ['naam', 'adres'])) ctx.addIssue({ code: 'custom', message: MESSAGES.placeWithoutNameOrAddress });
  }, whenObject).meta({ label: 'Waar', hint: 'Laat weg als het online of bij je thuis is.' }).optional(),
  inschrijven: z.strictObject({
    nodig: yesNo.meta({ label: 'Inschrijven nodig', hint: 'Ja of nee. Verplicht als je iets over inschrijven schrijft.', example: 'ja' }),
    hoe: text().meta({ label: 'Hoe schrijf je in', example: 'Bel naar de sportdienst.', multiline: true }).optional(),
    meebrengen: list(text()).meta({ label: 'Meebrengen', hint: 'Wat je meebrengt om in te schrijven.', example: '[identiteitskaart]' }).default([]),
  }).meta({ label: 'Inschrijven', hint: 'Moet je inschrijven, en hoe?' }).optional(),
  contact: contactBlock.meta({ label: 'Contact', hint: 'Laat weg: dan tonen we het contact van de partner.' }).optional(),
  drempelverlagend: list(z.enum(THRESHOLDS)).meta({ label: 'Wat het makkelijker maakt', hint: 'Wat het makkelijker maakt om te komen.', example: '[alleen-welkom, onthaal]' }).default([]),
  talen: list(languageCode).meta({ label: 'Talen', hint: 'Talen die de begeleiders spreken, met twee letters.', example: '[nl, fr, en]' }).default([]),
  afbeelding: image.meta({ label: 'Foto', hint: 'Een foto in de map aanbod/; geen link naar internet.' }).optional(),
  trefwoorden: list(text()).meta({ label: 'Trefwoorden', hint: 'Woorden waarmee mensen zoeken.', example: '[zwembad, baantjes]' }).default([]),
  nagekeken: isoDate.meta({ label: 'Nagekeken op', hint: 'De dag waarop je alles het laatst nakeek. Niet in de toekomst.', example: '2026-10-01' }),
  geldig_tot: isoDate.meta({ label: 'Geldig tot', hint: 'Na deze dag verdwijnt het aanbod van de site.', example: '2027-06-30' }).optional(),
  waaier: yesNo.meta({ label: 'In de gedrukte waaier', hint: 'Nee als het aanbod niet in de gedrukte waaier mag.', example: 'nee' }).default(true),
  volgorde: order.meta({ label: 'Volgorde', hint: 'De plaats binnen de categorie. Een kleiner getal komt eerst.', example: '10' }).optional(),
});

const categorySchema = z.strictObject({
  naam: text().meta({ label: 'Naam', hint: 'Korte naam.', example: 'Sport' }),
  kleur: z.string({ error: 'moet een kleurcode zijn, zoals "#0B6E4F" (tussen aanhalingstekens).' }).transform((v, ctx) => {
    const hex = normaliseHex(v);
    if (!hex) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is geen kleurcode. Schrijf een # en zes tekens, zoals "#0B6E4F".` });
      return z.NEVER;
    }
    const ratio = contrastWithWhite(hex);
    if (ratio < MIN_TEXT_CONTRAST) {
      ctx.addIssue({ code: 'custom', message: `${hex} is te licht: witte tekst erop haalt een contrast van ${ratio.toFixed(2).replace('.', ',')}:1, minstens 4,5:1 is nodig. Kies een donkerdere kleur.` });
      return z.NEVER;
    }
    return hex;
  }).meta({ label: 'Kleur', hint: '# en zes tekens, tussen aanhalingstekens; witte tekst moet erop leesbaar zijn.', example: '"#0B6E4F"', kind: 'colour' }),
  pictogram: id.meta({ label: 'Pictogram', hint: 'Een naam van https://tabler.io/icons, zoals swimming, book of users.', example: 'swimming', kind: 'icon' }),
  volgorde: order.meta({ label: 'Volgorde', hint: 'Plaats in de lijst en in de waaier: kleiner komt eerst.', example: '9' }).optional(),
});

/**
 * Whether a partner's front matter (or an offer's contact block) writes at least one of telefoon,
 * email and website. The partner's rule below and the offer's "niemand is te bereiken"
 * (./relations.ts) both use it, so they agree on every file.
 */
export const writesChannel = (value: Record<string, unknown>) => hasAny(value, ['telefoon', 'email', 'website']);

const partnerSchema = z.strictObject({
  naam: text().meta({ label: 'Naam', example: 'Sportdienst Dilbeek' }),
  telefoon: phone.meta({ label: 'Telefoon', hint: 'Belgisch nummer, of met +. Vul minstens telefoon, e-mail of website in.', example: '02 123 45 67' }).optional(),
  email: email.meta({ label: 'E-mail', example: 'info@example.be' }).optional(),
  website: webUrl.meta({ label: 'Website', hint: 'Begint met https://', example: 'https://www.example.be/info' }).optional(),
  adres: text().meta({ label: 'Adres', hint: 'Straat, nummer, postcode en gemeente.', example: 'Straat 1, 1700 Dilbeek' }).optional(),
}).superRefine((p, ctx) => {
  // Named at telefoon, the first of the three (the editor shows it next to that field); its line is the file's first key.
  if (!writesChannel(p)) ctx.addIssue({ code: 'custom', path: ['telefoon'], message: MESSAGES.partnerWithoutContact });
}, whenObject);

/** Where and how a resident gets the scheme (content format 1.1): the scheme's page shows it as steps, the fan's card prints it. */
const applySchema = z.strictObject({
  waar: text().meta({ label: 'Waar vraag je het aan', hint: 'De naam van het loket.', example: 'Sociaal Huis Dilbeek' }).optional(),
  adres: text().meta({ label: 'Adres', hint: 'Straat, nummer, postcode en gemeente.', example: 'Gemeenteplein 1, 1700 Dilbeek' }).optional(),
  open: text().meta({ label: 'Open', hint: 'Wanneer het loket open is.', example: 'maandag tot vrijdag van 9 tot 12 uur' }).optional(),
  afspraak: yesNo.meta({ label: 'Afspraak nodig', hint: 'Ja of nee.', example: 'nee' }).optional(),
  meebrengen: list(text()).meta({ label: 'Meebrengen', hint: 'Wat je meebrengt om de korting aan te vragen.', example: '[identiteitskaart]' }).default([]),
  kost: price.meta({ label: 'Kost', hint: 'Wat het aanvragen kost: 0 of gratis als het niets kost.', example: 'gratis' }).optional(),
  telefoon: phone.meta({ label: 'Telefoon', hint: 'Belgisch nummer, of met +.', example: '02 451 68 00' }).optional(),
}).superRefine((a, ctx) => {
  if (!hasAny(a, ['waar', 'adres', 'telefoon'])) ctx.addIssue({ code: 'custom', message: MESSAGES.applyWithoutPlace });
}, whenObject);

const discountSchemeSchema = z.strictObject({
  naam: text().meta({ label: 'Naam', example: 'Participatiepas' }),
  kort: limitedText(SCHEME_SHORT_MAX).meta({ label: 'In één zin', hint: 'Een zin, hoogstens 120 tekens.', example: 'Met de participatiepas betaal je minder.', multiline: true }),
  aanvragen: applySchema.meta({ label: 'Aanvragen', hint: 'Waar en hoe je de korting aanvraagt.' }).optional(),
});

export const pageSchema = z.strictObject({
  titel: text().meta({ label: 'Titel', example: 'Over de vrijetijdswaaier' }),
  volgorde: order.meta({ label: 'Volgorde', hint: 'Plaats in het menu onderaan: kleiner komt eerst.', example: '9' }).optional(),
});

/** Card size of the printed fan, in millimetres (an optional extension of site.yaml). */
const cardSizeSchema = z.strictObject({
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
    if (!hasAny(c, ['telefoon', 'email', 'website'])) ctx.addIssue({ code: 'custom', message: MESSAGES.siteWithoutContact });
  }, whenObject),
  bewerken: webUrl.optional(),
  /** The sign-in service (OAuth proxy) of the editor at /admin/, for GitHub (docs/beheer.md). */
  aanmelden: webUrl.optional(),
  nagekeken_max_maanden: wholeNumber(1, 60, 'maanden').default(12),
  kaart: cardSizeSchema.optional(),
});

export type OfferInput = z.output<typeof offerSchema>;
export type ApplyInput = z.output<typeof applySchema>;

/** Every collection with its folder and schema: the checker, the loader and the templates use this list. */
export const COLLECTIONS = {
  aanbod: offerSchema,
  categorieen: categorySchema,
  partners: partnerSchema,
  kortingen: discountSchemeSchema,
  paginas: pageSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
