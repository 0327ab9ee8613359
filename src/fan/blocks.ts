/** The building blocks every card is made of: one look for labels, body text and the colour band. */
import { div, icon, text, type Child, type Element, type Style } from './tree.ts';
import { hyphenate } from './hyphenate.ts';
import type { CardGeometry } from './geometry.ts';
import { BLEED, SAFE, mm } from './geometry.ts';

export const INK = '#111111';
export const MUTED = '#444444';
/** Cover and discount card: a calm dark blue; white text on it is well above 4.5:1. */
export const NEUTRAL = '#1F3A5F';

export const SIZE = { body: 9, small: 7.5, label: 8, title: 12.5, phone: 15 } as const;
const GAP = 5;

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
}

export const body = (value: string, style: Style = {}): Element =>
  text({ fontSize: SIZE.body, lineHeight: 1.25, color: INK, ...style }, hyphenate(value));

export const label = (value: string): Element =>
  text({ fontSize: SIZE.label, fontWeight: 700, color: MUTED, marginBottom: 1 }, value);

/** A flow block inside the text column, with the gap above it. */
export function column(g: CardGeometry, children: Child[], style: Style = {}): Element {
  return div({ flexDirection: 'column', paddingLeft: g.contentLeft, paddingRight: g.canvasWidth - g.contentLeft - g.contentWidth, paddingTop: GAP, ...style }, children);
}

/** The colour band at the top of a card: runs into the bleed, its words stay inside the safe zone. */
export function band(g: CardGeometry, colour: string, iconName: string, word: string): Element {
  return div(
    { minHeight: mm(9), backgroundColor: colour, paddingLeft: g.contentLeft, paddingRight: g.contentLeft, paddingTop: BLEED + SAFE, alignItems: 'flex-start' },
    [icon(iconName, 20, '#ffffff'), text({ marginLeft: 6, marginTop: 3, fontSize: 11, fontWeight: 700, color: '#ffffff', flexShrink: 1 }, hyphenate(word))],
  );
}

/** An icon next to a short text, for thresholds, bus and wheelchair lines. */
export function iconLine(iconName: string, value: string, colour = INK): Element {
  return div({ alignItems: 'flex-start', marginTop: 3 }, [
    icon(iconName, 13, colour),
    text({ marginLeft: 5, fontSize: SIZE.body, lineHeight: 1.3, color: INK, flexShrink: 1 }, hyphenate(value)),
  ]);
}

