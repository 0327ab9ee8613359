/** A tiny element builder for the layout engine (flow.ts; no JSX in this project), plus pictograms and QR as inline SVG. */
import { iconShapes } from '../source/icons.ts';
import { qrPath } from './qr.ts';
import type { Role } from './tags.ts';
import { colour } from '../design/tokens.ts';

export type Style = Record<string, string | number>;
export interface Element {
  type: string;
  key?: string;
  props: { style?: Style; children?: Child | Child[]; [attribute: string]: unknown };
}
export type Child = Element | string;

export function div(style: Style, children: Child | Child[] = []): Element {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/**
 * A line or paragraph of text: a single string child, so the layout wraps it as one run. `role` is
 * what it is in the tagged PDF's structure tree: a paragraph unless said otherwise.
 */
export function text(style: Style, value: string, role: Role = 'P'): Element {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: value, [ROLE]: role } };
}

/** The property that carries an element's structure role from the card design to the PDF writer. */
export const ROLE = 'data-role';

const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A Tabler outline pictogram, stroked in `colour`. */
export function icon(name: string, size: number, colour: string): Element {
  const children = iconShapes(name).map((shape): Element => {
    const type = /^<([a-z]+)/.exec(shape)![1]!;
    const props: Record<string, string> = {};
    for (const [, key, value] of shape.matchAll(ATTRIBUTE)) props[camel(key!)] = value!;
    return { type, props };
  });
  return {
    type: 'svg',
    props: {
      width: size, height: size, viewBox: '0 0 24 24', fill: 'none', stroke: colour, strokeWidth: 2,
      strokeLinecap: 'round', strokeLinejoin: 'round', style: { flexShrink: 0 }, children,
    },
  };
}

/** A QR code that also carries its target, so the PDF writer can lay a link over it. */
export function qrCode(url: string, size: number): Element {
  const qr = qrPath(url);
  return {
    type: 'svg',
    props: {
      width: size, height: size, viewBox: `0 0 ${qr.size} ${qr.size}`, 'data-link': url, style: { flexShrink: 0 },
      children: [{ type: 'path', props: { d: qr.d, fill: colour.black } }],
    },
  };
}
