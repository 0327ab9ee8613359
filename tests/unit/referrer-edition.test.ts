/**
 * The printed edition (content/editie.json) and what changed since: the facts a referrer reads on
 * the card, the comparison behind /nieuw/, the snapshot file read as untrusted input, and the
 * `npm run check` warnings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardFacts, currentEdition, editionChanges, parseEdition, toFile, type Edition } from '../../src/referrer/edition.ts';
import { readEdition, writeEdition } from '../../src/referrer/edition-file.ts';
import { editionCheck } from '../../src/referrer/edition-check.ts';
import { describeOffer } from '../../src/model/describe.ts';
import type { Site } from '../../src/model/types.ts';
import { site, swim, walk } from './share-fixture.ts';
import { lines, offer, writeContent } from '../fixtures/check/site.ts';

const printed = (s: Site): Edition => currentEdition(s, '2026-11-26');

describe('the facts of a card', () => {
  test('read as on the card: price lines, slots, place, the contact used', () => {
    expect(cardFacts(describeOffer(site, swim))).toEqual({
      id: 'zwemmen',
      titel: 'Zwemmen <voor> "iedereen"',
      prijs: '€\u00a04,50 per beurt; €\u00a00,90 met participatiepas; €\u00a00,50 met UiTPAS kansentarief',
      wanneer: 'Woensdag en zaterdag van 14.00 tot 16.00 uur; Zondag van 9.00 tot 12.30 uur; Van 1 september 2026 tot 30 juni 2027; Niet in de vakantie.',
      waar: 'Zwembad, Kerkstraat 12, 1700 Dilbeek',
      contact: '02 451 68 50; zwem@example.be; https://sport.example.be',
    });
    // No contact of its own: the partner's, as the card shows it.
    expect(cardFacts(describeOffer(site, walk)).contact).toBe('02 451 68 50; https://sport.example.be');
  });
});

describe('what changed since the printed edition', () => {
  test('nothing, right after recording', () => {
    const changes = editionChanges(site, printed(site));
    expect([changes.added, changes.gone, changes.changed]).toEqual([[], [], []]);
  });

  test('a new price, a removed offer and a new offer: exactly those three', () => {
    const edition = printed(site);
    const dance = { ...walk, id: 'dansen', title: 'Dansen' };
    const now: Site = {
      ...site,
      offers: [{ ...swim, price: { ...swim.price, normal: 500 } }, dance],
    };
    const changes = editionChanges(now, edition);
    expect(changes.added.map((c) => c.id)).toEqual(['dansen']);
    expect(changes.gone.map((c) => [c.id, c.stillOnSite])).toEqual([['wandelen', false]]);
    expect(changes.changed).toEqual([{
      id: 'zwemmen', title: swim.title,
      changes: [{
        key: 'prijs', label: 'Prijs',
        printed: '€\u00a04,50 per beurt; €\u00a00,90 met participatiepas; €\u00a00,50 met UiTPAS kansentarief',
        now: '€\u00a05 per beurt; €\u00a00,90 met participatiepas; €\u00a00,50 met UiTPAS kansentarief',
      }],
    }]);
  });

  test('an offer its partner took out of the fan is gone from the fan, but still on the site', () => {
    const changes = editionChanges({ ...site, offers: [swim, { ...walk, wantsFan: false }] }, printed(site));
    expect(changes.gone.map((c) => [c.id, c.stillOnSite])).toEqual([['wandelen', true]]);
  });

  test('when, where and contact are compared; extra spaces are not a change', () => {
    const changes = editionChanges({
      ...site,
      offers: [
        { ...swim, place: { ...swim.place, address: 'Molenstraat 1, 1700 Dilbeek' }, contact: { email: 'bad@example.be' }, schedule: { ...swim.schedule!, slots: swim.schedule!.slots.slice(1) } },
        { ...walk, place: { name: '  Het   bos ' } },
      ],
    }, printed(site));
    expect(changes.changed.map((c) => [c.id, c.changes.map((x) => x.key)])).toEqual([['zwemmen', ['wanneer', 'waar', 'contact']]]);
  });
});

describe('content/editie.json', () => {
  test('round trip through the file, with Dutch keys', () => {
    const dir = writeContent();
    const edition = printed(site);
    writeEdition(dir, edition);
    expect(readEdition(dir)).toEqual({ state: 'ok', edition });
    expect(Object.keys(toFile(edition))).toEqual(['uitleg', 'editie', 'vastgelegd_op', 'kaarten']);
  });

  test('broken, hostile or missing files are named, never thrown', () => {
    expect(parseEdition('{')).toEqual({ ok: false, reason: 'Dit bestand is geen geldige JSON meer.' });
    expect(parseEdition(JSON.stringify({ editie: '2026', vastgelegd_op: '2026-13-01', kaarten: [] }))).toMatchObject({ ok: false, reason: expect.stringContaining('vastgelegd_op') });
    expect(parseEdition(JSON.stringify({ editie: '2026', vastgelegd_op: '2026-11-01', kaarten: [{ id: '../x', titel: 'a', prijs: '', wanneer: '', waar: '', contact: '' }] }))).toMatchObject({ ok: false });
    const twice = { id: 'a', titel: 'A', prijs: '', wanneer: '', waar: '', contact: '' };
    expect(parseEdition(JSON.stringify({ editie: '2026', vastgelegd_op: '2026-11-01', kaarten: [twice, twice] }))).toEqual({ ok: false, reason: 'De kaart a staat er twee keer in.' });
    expect(parseEdition(JSON.stringify({ editie: '2026', vastgelegd_op: '2026-11-01', kaarten: [{ ...twice, prijs: 'x'.repeat(5000) }] }))).toMatchObject({ ok: false });

    const dir = writeContent();
    expect(readEdition(dir)).toEqual({ state: 'missing' });
    mkdirSync(path.join(dir, 'editie.json'));
    expect(readEdition(dir).state).toBe('broken');
    const other = writeContent();
    symlinkSync('/etc/passwd', path.join(other, 'editie.json'));
    expect(readEdition(other)).toMatchObject({ state: 'broken', reason: expect.stringContaining('snelkoppeling') });
  });
});

describe('npm run check warns about the snapshot', () => {
  test('missing, from another edition, broken, or fine', () => {
    const dir = writeContent();
    const check = editionCheck(dir);
    expect(check(site)).toEqual([expect.objectContaining({ severity: 'warning', source: 'site.yaml', path: ['editie'], message: expect.stringContaining('npm run editie') })]);
    writeEdition(dir, { ...printed(site), edition: '2025-2026' });
    expect(check(site)[0]?.message).toContain('is van editie 2025-2026, maar hier staat 2026-2027');
    writeFileSync(path.join(dir, 'editie.json'), 'kapot');
    expect(check(site)).toEqual([expect.objectContaining({ source: 'editie.json', message: expect.stringContaining('geen geldige JSON') })]);
    writeEdition(dir, printed(site));
    expect(check(site)).toEqual([]);
  });

  test('the content check reads past editie.json instead of calling it an unknown file', () => {
    expect(lines({ 'editie.json': JSON.stringify(toFile(printed(site))) })).toEqual([]);
  });
});

// Each test starts a node process: more than 5 s when the machine is busy.
describe('npm run editie', { timeout: 60_000 }, () => {
  const ROOT = path.resolve(import.meta.dirname, '../..');
  const run = (dir: string) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/editie.ts')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2026-11-26' },
  });

  test('records the cards of the fan in editie.json and says what to commit', () => {
    const dir = writeContent();
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('De waaier 2026-2027 is vastgelegd in');
    expect(r.stdout).toContain('1 kaart.');
    const found = readEdition(dir);
    expect(found.state === 'ok' && found.edition.cards.map((c) => [c.id, c.prijs])).toEqual([['zwemmen', '€\u00a04,50; €\u00a00,90 met participatiepas']]);
  });

  test('refuses while the content has errors, and writes nothing', () => {
    const dir = writeContent({ 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: vier euro') });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('De waaier is niet vastgelegd');
    expect(existsSync(path.join(dir, 'editie.json'))).toBe(false);
  });
});

describe('unchecked offers', () => {
  test('a printed card that got too old is still there; an unchecked offer never printed is not "new"', () => {
    const old = { ...walk, checked: '2025-01-01' };
    const edition = printed(site);
    const changes = editionChanges({ ...site, offers: [swim, old, { ...walk, id: 'oud', checked: '2025-01-01' }] }, edition);
    expect([changes.added, changes.gone, changes.changed]).toEqual([[], [], []]);
  });
});
