/** Outline entries for a deck: the cover, each category at its divider, the discount card. */
import type { CardSpec } from './layout.ts';

export function outlineEntries(cards: readonly { spec: CardSpec }[], pageOf: (cardIndex: number) => number): { title: string; pageIndex: number }[] {
  const out: { title: string; pageIndex: number }[] = [];
  cards.forEach((card, i) => {
    const { kind, title } = card.spec;
    if (kind === 'cover') out.push({ title: 'Voorkant', pageIndex: pageOf(i) });
    if (kind === 'divider') out.push({ title, pageIndex: pageOf(i) });
    if (kind === 'schemes') out.push({ title: 'Korting', pageIndex: pageOf(i) });
  });
  return out;
}
