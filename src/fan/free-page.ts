/** A page of running text (the printing guide, the single-card header) laid out like the cards (flow.ts). */
import { RoleKeys, joinLines } from './layout.ts';
import { flow } from './flow.ts';
import type { Paint } from './svg.ts';
import type { Element } from './tree.ts';

export function layOutFree(element: Element, width: number, maxHeight: number): Promise<Paint[]> {
  const { paints, height } = flow(new RoleKeys().keyed(element), width);
  if (height > maxHeight + 1) throw new Error(`A fixed text block is ${Math.ceil(height - maxHeight)} pt too tall for its page`);
  return Promise.resolve(joinLines(paints));
}
