/** A page of running text (the printing guide, the single-card header) laid out by satori like the cards. */
import satori from 'satori';
import { satoriFonts } from './fonts.ts';
import { RoleBoxes, joinLines } from './layout.ts';
import { parseCardSvg, type Paint } from './svg.ts';
import type { Element } from './tree.ts';

let fonts: ReturnType<typeof satoriFonts> | undefined;

export async function layOutFree(element: Element, width: number, maxHeight: number): Promise<Paint[]> {
  fonts ??= satoriFonts();
  let height = 0;
  const roles = new RoleBoxes();
  const svg = await satori(roles.keyed(element) as never, {
    width, embedFont: false, fonts,
    onNodeDetected: (n) => { height = Math.max(height, n.top + n.height); roles.detected(n); },
  });
  if (height > maxHeight + 1) throw new Error(`A fixed text block is ${Math.ceil(height - maxHeight)} pt too tall for its page`);
  return joinLines(roles.tag(parseCardSvg(svg)));
}
