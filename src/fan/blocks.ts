/** The building blocks every card is made of: one look for labels, body text and the colour band. */
import { div, icon, text, type Child, type Element, type Style } from './tree.ts';
import { hyphenate, unbreakable } from './hyphenate.ts';
import type { Role } from './tags.ts';
import type { CardGeometry } from './geometry.ts';
import { BLEED, SAFE } from './geometry.ts';
import { textWidth } from './fonts.ts';
import { cardSpace, cardType, colour, textOn } from '../design/tokens.ts';

/**
 * A block is measured once in a single column and then placed on the front or the back of its card.
 * `path` and `what` name the partner's text to shorten when a card is too full.
 */
export interface Block {
  key: string;
  element: Element;
  place: 'band' | 'flow' | 'bottom';
  path?: (string | number)[];
  what?: string;
  /** The file to fix, when not the card's own (the discount card shows every scheme's file). */
  source?: string;
}

/** Running text: long ordinary words may be hyphenated, addresses and phone numbers never. */
export const body = (value: string, style: Style = {}, role: Role = 'P'): Element =>
  text({ fontSize: cardType.body, lineHeight: 1.2, color: colour.text, ...style }, hyphenate(value), role);

/** A name (of a place, an organisation, the site): never hyphenated. */
export const name = (value: string, style: Style = {}): Element =>
  text({ fontSize: cardType.body, lineHeight: 1.2, color: colour.text, fontWeight: 700, ...style }, value);

/** The heading of a block ("Wat betaal je?"): a heading in the tagged PDF too. */
export const label = (value: string, role: Role = 'H2'): Element =>
  text({ fontSize: cardType.label, fontWeight: 700, color: colour.muted, marginBottom: 1 }, value, role);

/**
 * A web address, e-mail address or phone number on a line of its own, never broken: the largest
 * size from `sizes` at which it fits the column, or undefined when it fits at none.
 */
export function oneLine(g: CardGeometry, value: string, sizes: readonly number[], style: Style = {}): Element | undefined {
  const bold = Number(style['fontWeight'] ?? 400) >= 600;
  const size = sizes.find((s) => textWidth(value, s, bold) <= g.contentWidth);
  return size === undefined ? undefined : unbroken(value, size, style);
}

/** One line that is never broken, at the given size: the fit check reports it when it is too wide. */
export const unbroken = (value: string, size: number, style: Style = {}): Element =>
  text({ fontSize: size, lineHeight: 1.2, color: colour.text, whiteSpace: 'nowrap', ...style }, unbreakable(value));

/** A flow block inside the text column, with the gap above it. */
export function column(g: CardGeometry, children: Child[], style: Style = {}): Element {
  return div({ flexDirection: 'column', paddingLeft: g.contentLeft, paddingRight: g.canvasWidth - g.contentLeft - g.contentWidth, paddingTop: cardSpace.block, ...style }, children);
}

/** The colour band at the top of a card: runs into the bleed, its words stay inside the safe zone. */
export function band(g: CardGeometry, background: string, iconName: string, word: string): Element {
  const ink = textOn(background);
  return div(
    { backgroundColor: background, paddingLeft: g.contentLeft, paddingRight: g.contentLeft, paddingTop: BLEED + SAFE - 4, paddingBottom: 4, alignItems: 'center' },
    [icon(iconName, cardSpace.iconBand, ink), text({ marginLeft: cardSpace.iconGap, fontSize: cardType.band, fontWeight: 700, color: ink, flexShrink: 1 }, word)],
  );
}

/** An icon next to a short text, for thresholds, bus and wheelchair lines. */
export function iconLine(iconName: string, value: string, role: Role = 'P'): Element {
  return div({ alignItems: 'flex-start', marginTop: 3 }, [
    icon(iconName, cardSpace.iconLine, colour.text),
    text({ marginLeft: cardSpace.iconGap, fontSize: cardType.body, lineHeight: 1.2, color: colour.text, flexShrink: 1 }, hyphenate(value), role),
  ]);
}
