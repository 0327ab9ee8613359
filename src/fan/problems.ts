/** What the fan cannot print, as content problems: `npm run check` and the PDF routes report the same. */
import type { Problem } from '../model/problem.ts';
import type { Site } from '../model/types.ts';
import { layOutDeck, type Deck } from './deck.ts';

/** Every card that does not fit, or holds a character the font cannot draw, with the file to fix. */
export async function fanProblems(site: Site): Promise<Problem[]> {
  const deck = await layOutDeck(site);
  return deckProblems(deck);
}

const deckProblems = (deck: Pick<Deck, 'cards'> | { cards: { problems: Problem[] }[] }): Problem[] => deck.cards.flatMap((c) => c.problems);

export class FanProblemsError extends Error {}

/** The PDF routes stop here: a card that does not fit is never printed cut off or shrunk. */
export function assertPrintable(deck: { cards: { problems: Problem[] }[] }): void {
  const problems = deckProblems(deck);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `- ${p.source}${p.path.length ? ` (${p.path.join('.')})` : ''}: ${p.message}`);
  throw new FanProblemsError(
    `The printed fan cannot be built: ${problems.length} card text(s) do not fit or cannot be printed.\n`
    + `De waaier kan niet gemaakt worden. Pas deze tekst aan:\n${lines.join('\n')}`,
  );
}
