/** Dutch words for the values of the content format, shown on the site and on the cards. */
import type { Audience, PriceUnit, Threshold, Wheelchair } from './types.ts';

export const AUDIENCE_LABEL: Record<Audience, string> = {
  kinderen: 'Kinderen',
  jongeren: 'Jongeren',
  volwassenen: 'Volwassenen',
  senioren: 'Senioren',
  gezinnen: 'Gezinnen',
  iedereen: 'Iedereen',
};

export const PRICE_UNIT_LABEL: Record<PriceUnit, string> = {
  beurt: 'per beurt',
  dag: 'per dag',
  week: 'per week',
  maand: 'per maand',
  jaar: 'per jaar',
  seizoen: 'per seizoen',
  les: 'per les',
  reeks: 'per reeks',
  activiteit: 'per activiteit',
  persoon: 'per persoon',
};

/** What lowers the step to come: a short sentence and a pictogram (Tabler icon name). */
export const THRESHOLD: Record<Threshold, { label: string; icon: string }> = {
  'alleen-welkom': { label: 'Je mag gerust alleen komen', icon: 'user-check' },
  'materiaal-te-leen': { label: 'Je kan materiaal lenen', icon: 'backpack' },
  onthaal: { label: 'Iemand ontvangt je', icon: 'heart-handshake' },
  'geen-ervaring-nodig': { label: 'Je hoeft het nog niet te kunnen', icon: 'mood-smile' },
  kinderopvang: { label: 'Er is opvang voor je kinderen', icon: 'baby-carriage' },
  'weinig-nederlands': { label: 'Je kan meedoen met weinig Nederlands', icon: 'language' },
};

export const WHEELCHAIR_LABEL: Record<Wheelchair, string> = {
  ja: 'Je kan er binnen met een rolstoel.',
  deels: 'Je kan er deels binnen met een rolstoel.',
  nee: 'Je kan er niet binnen met een rolstoel.',
};

/** "woensdag van ..." -> "Woensdag van ...", at the start of a line. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'none' });

/** ICU's lookup is slow next to the rest of a page: each code is named once per process. */
const namedLanguages = new Map<string, string | undefined>();

/** "fr" -> "Frans"; undefined for a code that is no language. */
export function languageName(code: string): string | undefined {
  if (namedLanguages.has(code)) return namedLanguages.get(code);
  const name = languageNames.of(code);
  const named = name ? capitalise(name) : undefined;
  if (namedLanguages.size < 1000) namedLanguages.set(code, named);
  return named;
}
