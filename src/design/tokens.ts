/**
 * The design tokens: the one palette and the sizes shared by the website, the printed cards and
 * the link previews. The site's CSS custom properties are generated from `colour` and `site`
 * (src/styles/tokens.css, `npm run genereer`); the cards (src/fan) and previews (src/share)
 * import them. Partners' category colours are content, not tokens: the text on them comes from
 * `textOn`, everywhere.
 */
import { contrastRatio } from '../model/colour.ts';

/** Colours as #RRGGBB. Each key becomes `--vtw-<key in kebab case>` in the site's CSS. */
export const colour = {
  /** Ink: body text of the site, the cards and previews; the site's focus outline and dark buttons. */
  text: '#1A1A1A',
  /** Secondary text: a category under a title, card labels and small print, a preview's address. */
  muted: '#4A4A4A',
  /** Paper: the page, card and preview background; text on the accent and on category colours. */
  bg: '#FFFFFF',
  /** Soft panels on the site: the footer and the fact boxes. */
  soft: '#F3F3F0',
  /** Links on the site. */
  link: '#0B4F9C',
  /** The site's own colour: header, discount bars; the band of the cover and discount cards and of the site's preview. */
  accent: '#0B4F9C',
  /** The glow around the site's focus outline (not text: it sits next to the ink outline). */
  focus: '#FFBF47',
  /** Warning box on the site (an offer not checked for a long time): its background ... */
  notice: '#FFF4D6',
  /** ... and its border. */
  noticeBorder: '#8A6D00',
  /** The editor's check (/admin/): "Alles is in orde" ... */
  success: '#0B6E2F',
  /** ... and the mistakes to fix before saving. */
  error: '#A8200D',
  /** Thin rules between parts of a page (above an offer's "last checked" line). */
  rule: '#767676',
  /** Pure black: the site's print stylesheet and QR codes, which scanners read best at full contrast. */
  black: '#000000',
} as const;

/**
 * The text colour on a background: paper (white) or ink, whichever contrasts more. The one rule
 * for text on the site's accent and on every category colour (tiles, bands, dividers, previews).
 * The content check refuses category colours on which white text stays under 4.5:1, so on real
 * content this is white; a preview drawn for a light colour still gets readable text.
 */
export function textOn(background: string): string {
  return contrastRatio(colour.bg, background) >= contrastRatio(colour.text, background) ? colour.bg : colour.text;
}

/** A token's red, green and blue from 0 to 1, for PDF writers that take numbers (pdf-lib's rgb). */
export function channels(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

/** Sizes of the website, as CSS lengths; each becomes `--vtw-<key>`. */
export const site = {
  /** Rounded corners of buttons, tiles, fact boxes and the search field. */
  radius: '0.5rem',
  /** The gap between columns and the side margin of the page. */
  gap: '1rem',
  /** The widest a column of text gets: about 70 characters a line. */
  measure: '42rem',
} as const;

/**
 * Type sizes of the printed cards and fan pages, in points. Body text is 12 pt, the minimum that
 * guidance on accessible print asks for; only the small print under the QR code (a date, "scan
 * me") goes down to 10 and 9 pt.
 */
export const cardType = {
  /** Running text, labels ("Wat betaal je?") and the words in a card's colour band. */
  body: 12, label: 12, band: 12,
  /** The normal price, a scheme's name, a step of the printing guide. */
  price: 14,
  /** An offer's title and the phone number to call. */
  title: 16, phone: 16,
  /** The line under the QR code, and the date or address below it. */
  small: 10, note: 9,
  /** A divider's category name. */
  display: 20,
  /** The cover's site title: the largest size at which its longest word fits the column. */
  siteTitle: [20, 18, 16, 14, 12],
  /** The heading of the printing guide (the first page of waaier.pdf). */
  guideTitle: 22,
  /** The guide's line under its heading. */
  guideLead: 13,
} as const;

/** Spacing and pictogram sizes on the cards, in points. */
export const cardSpace = {
  /** Above each block of a card (price, when, where...). */
  block: 5,
  /** Between a pictogram and its text. */
  iconGap: 6,
  /** A pictogram in a line of text, in the colour band, and on a divider. */
  iconLine: 16, iconBand: 18, iconDivider: 48,
} as const;

/** Type sizes of the link previews (1200 x 630 px images), in pixels. */
export const previewType = {
  /** An offer's title: 76 px for a short one, smaller for longer ones so that three lines hold it. */
  title: [76, 64, 54],
  /** The category's name in the band. */
  band: 46,
  /** The normal price; the cheapest discount and the site preview's promise. */
  price: 44, detail: 40,
  /** The site's title in the footer, and its address. */
  footer: 34, address: 30,
} as const;

/** Spacing of the link previews, in pixels. */
export const previewSpace = {
  /** Left and right margin. */
  edge: 64,
  /** Height of the colour band and size of its pictogram. */
  band: 150, bandIcon: 84,
} as const;
