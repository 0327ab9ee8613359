/**
 * The print shop's colours: every colour of the fan converted once from the RGB of the design
 * (and of the partners' category colours) to CMYK, with one documented rule, so that
 * waaier-drukker.pdf holds no RGB at all.
 *
 * The rule (device CMYK with full grey-component replacement):
 * - black and every grey no lighter than the design's ink (`colour.text` of src/design/tokens.ts)
 *   print as 100 % K only, never as rich black: crisp small type, no registration fringes;
 * - any other grey (R = G = B) prints on the K plate only: K = 1 - R;
 * - a colour: K = 1 - max(R, G, B); C = (1 - R - K) / (1 - K), M = (1 - G - K) / (1 - K),
 *   Y = (1 - B - K) / (1 - K), rounded to whole percent.
 * Total ink stays at most 300 %, under FOGRA39's 330 %. It is not a colour-managed conversion:
 * the print shop proofs the category colours against the output intent (FOGRA39) as usual.
 */
import { cmyk, rgb, type Color } from 'pdf-lib';
import type { Rgb } from './svg.ts';
import { channels, colour } from '../design/tokens.ts';

export interface Cmyk { c: number; m: number; y: number; k: number }

const percent = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

/** How light the ink is (0 black, 1 white); the ink must be a neutral grey. */
const INK_LEVEL = channels(colour.text).r;

export function rgbToCmyk({ r, g, b }: Rgb): Cmyk {
  if (r === g && g === b) return { c: 0, m: 0, y: 0, k: r <= INK_LEVEL ? 1 : percent(1 - r) };
  const k = 1 - Math.max(r, g, b);
  const rest = 1 - k;
  return { c: percent((1 - r - k) / rest), m: percent((1 - g - k) / rest), y: percent((1 - b - k) / rest), k: percent(k) };
}

/** How a document paints: RGB for screens and office printers, CMYK for the print shop. */
export type Inks = (c: Rgb) => Color;
export const screenInks: Inks = (c) => rgb(c.r, c.g, c.b);
export const printInks: Inks = (c) => {
  const { c: cyan, m, y, k } = rgbToCmyk(c);
  return cmyk(cyan, m, y, k);
};
