/** What changed since the printed edition, as blocks of text for the A4 PDF (/nieuw.pdf). */
import { shortUrl } from '../model/contact.ts';
import type { EditionChanges } from './edition.ts';
import { nieuw } from './strings.ts';
import type { TextBlock } from './text-pdf.ts';

export function changesBlocks(changes: EditionChanges | undefined, context: { siteTitle: string; siteUrl: string; buildDate: string }): TextBlock[] {
  const where = `${context.siteTitle}: ${shortUrl(`${context.siteUrl}/nieuw/`)}`;
  if (!changes) return [{ kind: 'title', text: nieuw.titleWithout }, { kind: 'text', text: nieuw.noEdition }, { kind: 'text', text: where, muted: true }];
  const blocks: TextBlock[] = [
    { kind: 'title', text: nieuw.title(changes.edition) },
    { kind: 'text', text: `${nieuw.state(context.buildDate)} ${where}`, muted: true },
  ];
  if (changes.changed.length + changes.added.length + changes.gone.length === 0) {
    blocks.push({ kind: 'text', text: nieuw.nothing });
    return blocks;
  }
  if (changes.changed.length) {
    blocks.push({ kind: 'heading', text: nieuw.changed(changes.changed.length) });
    for (const card of changes.changed) {
      blocks.push({
        kind: 'item', title: card.title,
        lines: card.changes.flatMap((c) => [`${nieuw.printed(c.label)} ${c.printed || nieuw.nothingPrinted}`, `${nieuw.now(c.label)} ${c.now || nieuw.nothingNow}`]),
      });
    }
  }
  if (changes.added.length) {
    blocks.push({ kind: 'heading', text: nieuw.added(changes.added.length) });
    for (const card of changes.added) {
      blocks.push({ kind: 'item', title: card.titel, lines: [card.prijs, card.wanneer, card.waar, card.contact].filter(Boolean) });
    }
  }
  if (changes.gone.length) {
    blocks.push({ kind: 'heading', text: nieuw.gone(changes.gone.length) });
    for (const card of changes.gone) {
      blocks.push({ kind: 'item', title: card.titel, lines: [card.stillOnSite ? nieuw.goneStillOnSite : nieuw.goneText] });
    }
  }
  return blocks;
}
