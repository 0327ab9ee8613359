/** The domain: what the partners' files mean, with English names. Dates are ISO days (YYYY-MM-DD). */
import type { Cents } from './price.ts';
import type { Phone } from './contact.ts';
import type { Weekday } from './calendar.ts';
import type { AUDIENCES, PRICE_UNITS, THRESHOLDS, WHEELCHAIR } from './schema.ts';

export type Audience = (typeof AUDIENCES)[number];
export type PriceUnit = (typeof PRICE_UNITS)[number];
export type Threshold = (typeof THRESHOLDS)[number];
export type Wheelchair = (typeof WHEELCHAIR)[number];

export interface Contact {
  phone?: Phone;
  email?: string;
  website?: string;
}

export interface Slot {
  day: Weekday;
  /** Minutes since midnight. */
  from: number;
  to: number;
}

export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * One discount scheme on an offer: either what you pay with it (`price`), or what you get back
 * afterwards (`refund`, content format 1.1). A refund is never a price: you pay the normal price first.
 */
export type Discount =
  | { schemeId: string; kind: 'price'; amount: Cents }
  | { schemeId: string; kind: 'refund'; refund: Cents };

interface Price {
  normal: Cents;
  unit?: PriceUnit;
  discounts: Discount[];
  note?: string;
}

export interface Offer {
  id: string;
  /** Path of the source file relative to the content folder, e.g. "aanbod/zwemmen-dilkom.md". */
  source: string;
  title: string;
  summary: string;
  categoryId: string;
  partnerId: string;
  audiences: Audience[];
  age?: { from?: number; to?: number };
  price: Price;
  schedule?: { slots: Slot[]; note?: string; season?: DateRange };
  place?: { name?: string; address?: string; wheelchair?: Wheelchair; transit?: string };
  signUp?: { required: boolean; how?: string; bring: string[] };
  contact?: Contact;
  thresholds: Threshold[];
  languages: string[];
  image?: { src: string; alt: string };
  keywords: string[];
  checked: string;
  validUntil?: string;
  /** The partner's wish; whether it is really on the fan also depends on freshness. */
  wantsFan: boolean;
  order?: number;
  body: string;
}

export interface Category {
  id: string;
  source: string;
  name: string;
  colour: string;
  icon: string;
  order?: number;
  body: string;
}

export interface Partner extends Contact {
  id: string;
  source: string;
  name: string;
  address?: string;
  body: string;
}

/** Where and how a resident applies for a discount scheme (`aanvragen`, content format 1.1). */
export interface HowToApply {
  /** The desk's name: "Sociaal Huis Dilbeek". */
  where?: string;
  address?: string;
  /** Opening hours as the partner wrote them: "maandag tot vrijdag van 9 tot 12 uur". */
  open?: string;
  /** Whether you need an appointment; undefined when the file does not say. */
  appointment?: boolean;
  bring: string[];
  /** What applying costs; 0 is free. */
  cost?: Cents;
  phone?: Phone;
}

export interface DiscountScheme {
  id: string;
  source: string;
  name: string;
  short: string;
  apply?: HowToApply;
  body: string;
}

export interface Page {
  id: string;
  source: string;
  title: string;
  order?: number;
}

export interface SiteSettings {
  title: string;
  municipality: string;
  /** Absolute base URL without trailing slash. */
  url: string;
  edition: string;
  contact: Contact & { name: string; address?: string };
  editBase?: string;
  staleAfterMonths: number;
  card: { widthMm: number; heightMm: number };
}

export type Freshness = 'fresh' | 'stale' | 'expired';

/** Why an offer is not on the site or not on the fan: one line each in the build report. */
export interface ReportLine {
  offerId: string;
  source: string;
  outcome: 'not-published' | 'not-on-fan';
  reason: string;
}

export interface Site {
  settings: SiteSettings;
  buildDate: string;
  /** Published offers only (expired ones are in the report), sorted by category order then offer order. */
  offers: Offer[];
  categories: Category[];
  partners: Partner[];
  schemes: DiscountScheme[];
  pages: Page[];
  report: ReportLine[];
}
