/** Sizes of a card and of the sheets, in PDF points (1/72 inch); the card's layout canvas uses the same unit. */
import type { SiteSettings } from '../model/types.ts';

export const MM = 72 / 25.4;
export const mm = (value: number): number => value * MM;

export const BLEED = mm(3);
export const SAFE = mm(5);
export const HOLE_FROM_BOTTOM = mm(10);
export const HOLE_DIAMETER = mm(6);
/** Nothing is printed within this distance of the rivet hole's edge. */
const HOLE_CLEARANCE = mm(15);
export const A4 = { width: mm(210), height: mm(297) } as const;

export interface CardGeometry {
  trimWidth: number;
  trimHeight: number;
  /** The layout canvas: trim plus bleed on every side. */
  canvasWidth: number;
  canvasHeight: number;
  /** The text column, in canvas coordinates (y down). */
  contentLeft: number;
  contentWidth: number;
  contentTop: number;
  /** Below this line lies the rivet zone: nothing printed. */
  contentBottom: number;
  /** Rivet hole centre, in canvas coordinates. */
  holeX: number;
  holeY: number;
}

export function cardGeometry(settings: Pick<SiteSettings, 'card'>): CardGeometry {
  const trimWidth = mm(settings.card.widthMm);
  const trimHeight = mm(settings.card.heightMm);
  const holeY = BLEED + trimHeight - HOLE_FROM_BOTTOM;
  return {
    trimWidth,
    trimHeight,
    canvasWidth: trimWidth + 2 * BLEED,
    canvasHeight: trimHeight + 2 * BLEED,
    contentLeft: BLEED + SAFE,
    contentWidth: trimWidth - 2 * SAFE,
    contentTop: BLEED + SAFE,
    contentBottom: holeY - HOLE_DIAMETER / 2 - HOLE_CLEARANCE,
    holeX: BLEED + trimWidth / 2,
    holeY,
  };
}
