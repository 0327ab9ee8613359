/**
 * What changed since the printed edition, for the pages and routes of one build: the snapshot in
 * the content folder against the checked site, computed once per Site.
 */
import { contentDirectory } from '../source/read-content.ts';
import type { Site } from '../model/types.ts';
import { editionChanges, type ChangedCard, type EditionChanges } from './edition.ts';
import { printedEdition } from './edition-file.ts';

const computed = new WeakMap<Site, EditionChanges | undefined>();

/** Undefined when no edition is recorded (or its file is broken: `npm run check` says so). */
export function changesSincePrint(site: Site): EditionChanges | undefined {
  if (computed.has(site)) return computed.get(site);
  const found = printedEdition(contentDirectory());
  const changes = found.state === 'ok' ? editionChanges(site, found.edition) : undefined;
  computed.set(site, changes);
  return changes;
}

export function changedCard(site: Site, offerId: string): ChangedCard | undefined {
  return changesSincePrint(site)?.changed.find((c) => c.id === offerId);
}
