/** Card specs the check computed, shared with the same build's routes (src/fan/deck.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { deckSpecs, shareDeckSpecs, unshareDeckSpecs, useSharedDeckSpecs } from '../../src/fan/deck.ts';
import { ROOT, BUILD_DATE } from '../support/sites.ts';

const site = checkContent(path.join(ROOT, 'tests/fixtures/basic'), { buildDate: BUILD_DATE }).site!;
/** A route's copy of the site, as the virtual module gives it. */
const copy = () => structuredClone(site);

describe('card specs shared between a build and its routes', () => {
  it('are reused by the same build, and kept for the last four builds only (a failed build never drops its own)', () => {
    const ids = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
    for (const id of ids) shareDeckSpecs(id, site);
    const reused = ids.map((id) => {
      const route = copy();
      useSharedDeckSpecs(id, route);
      return deckSpecs(route) === deckSpecs(site);
    });
    expect(reused).toEqual([false, false, true, true, true, true]);
    for (const id of ids) unshareDeckSpecs(id);
    const route = copy();
    useSharedDeckSpecs('b6', route);
    expect(deckSpecs(route)).not.toBe(deckSpecs(site));
    // Computed again, the same cards.
    expect(deckSpecs(route)).toEqual(deckSpecs(site));
  });
});
