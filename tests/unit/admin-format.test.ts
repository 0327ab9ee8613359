/** The editor writes files the check accepts, and changes only what the partner changed. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeCollections } from '../../src/admin/fields.ts';
import { readForForm, writeFromForm, ORIGINAL_KEY } from '../../src/admin/yaml-format.ts';
import { checkEntry } from '../../src/admin/check-entry.ts';
import { contentSnapshot } from '../../src/admin/output.ts';
import { ROOT } from '../support/sites.ts';

const CONTENT = path.join(ROOT, 'content');
const collections = describeCollections();
const fieldsOf = (name: string) => collections.find((c) => c.name === name)!.fields;
/** What the form holds after loading a file: JSON round trip, as Decap keeps it in Immutable maps. */
const load = (name: string, raw: string) => JSON.parse(JSON.stringify(readForForm(fieldsOf(name), raw))) as Record<string, unknown>;
const files = (name: string) => readdirSync(path.join(CONTENT, name)).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
const snapshot = contentSnapshot(CONTENT);
const TODAY = '2026-11-26';

describe('the editor file format', () => {
  it.each(collections.map((c) => c.name))('writes every sample file in %s back byte for byte when nothing changed', (name) => {
    for (const file of files(name)) {
      const raw = readFileSync(path.join(CONTENT, name, file), 'utf8');
      expect(writeFromForm(fieldsOf(name), load(name, raw)), file).toBe(raw);
    }
  });

  it('changes only the title line when only the title changes', () => {
    for (const file of files('aanbod')) {
      const raw = readFileSync(path.join(CONTENT, 'aanbod', file), 'utf8');
      const out = writeFromForm(fieldsOf('aanbod'), { ...load('aanbod', raw), titel: 'Samen: sporten in Dilbeek' });
      const before = raw.split('\n');
      const after = out.split('\n');
      expect(after.length, file).toBe(before.length);
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
      expect(changed.map((i) => after[i]), file).toEqual(['titel: "Samen: sporten in Dilbeek"']);
    }
  });

  it('keeps notations, comments and order of untouched keys when other values change', () => {
    const raw = '---\n# Nagekeken door de sportdienst\ntitel: Petanque   # voor senioren\nsamenvatting: Kom petanque spelen.\ncategorie: sport\npartner: sportdienst\nprijs: { normaal: "€ 2" }\nwanneer:\n  momenten:\n    - { dag: di, van: "9:00", tot: "16:00" }\ninschrijven:\n  nodig: nee\nnagekeken: 2026-01-05\n---\nTekst.\n';
    const form = load('aanbod', raw);
    expect(form['wanneer']).toEqual({ momenten: [{ dag: 'dinsdag', van: '09:00', tot: '16:00' }] });
    expect(form['inschrijven']).toEqual({ nodig: false });
    const out = writeFromForm(fieldsOf('aanbod'), { ...form, inschrijven: { nodig: true }, nagekeken: '2026-11-20', waar: { naam: 'Sporthal' } });
    expect(out).toBe('---\n# Nagekeken door de sportdienst\ntitel: Petanque   # voor senioren\nsamenvatting: Kom petanque spelen.\ncategorie: sport\npartner: sportdienst\nprijs: { normaal: "€ 2" }\nwanneer:\n  momenten:\n    - { dag: di, van: "9:00", tot: "16:00" }\nwaar:\n  naam: Sporthal\ninschrijven:\n  nodig: ja\nnagekeken: 2026-11-20\n---\nTekst.\n');
  });

  it('writes a new offer from the form that passes the check', () => {
    const form = {
      titel: 'Petanque in Schepdaal', samenvatting: 'Speel petanque met andere mensen.', categorie: 'sport', partner: 'sportdienst',
      doelgroep: ['senioren'], leeftijd: {}, prijs: { normaal: '2', per: 'beurt', kortingen: [{ id: 'participatiepas', prijs: '0,50' }], uitleg: '' },
      wanneer: { momenten: [{ dag: 'dinsdag', van: '14:00', tot: '16:00' }], tekst: '' }, waar: { naam: '', adres: '' },
      drempelverlagend: [], talen: [], trefwoorden: [], nagekeken: '2026-11-20', waaier: true, body: 'Je speelt petanque op het plein.',
    };
    const text = writeFromForm(fieldsOf('aanbod'), form);
    expect(text).toBe('---\ntitel: Petanque in Schepdaal\nsamenvatting: Speel petanque met andere mensen.\ncategorie: sport\npartner: sportdienst\ndoelgroep: [senioren]\nprijs:\n  normaal: 2\n  per: beurt\n  kortingen:\n    - id: participatiepas\n      prijs: 0,50\nwanneer:\n  momenten:\n    - dag: dinsdag\n      van: "14:00"\n      tot: "16:00"\nnagekeken: 2026-11-20\n---\nJe speelt petanque op het plein.\n');
    const result = checkEntry(fieldsOf('aanbod'), 'aanbod', 'petanque-in-schepdaal', text, snapshot, TODAY);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.offer?.price.discounts).toMatchObject([{ schemeId: 'participatiepas', amount: 50 }]);
  });

  it('gives the check\'s Dutch messages with the labels of the form', () => {
    const form = { titel: 'x'.repeat(61), samenvatting: 'Kort.', categorie: 'sport', partner: 'sportdienst', prijs: { normaal: '2', kortingen: [{ id: 'participatiepas', prijs: '3' }] }, nagekeken: '2099-01-01', body: '' };
    const result = checkEntry(fieldsOf('aanbod'), 'aanbod', 'x', writeFromForm(fieldsOf('aanbod'), form), snapshot, TODAY);
    const errors = result.messages.filter((m) => m.severity === 'error').map((m) => `${m.where}: ${m.message}`);
    expect(errors).toContain('Titel: is te lang: 61 tekens, hoogstens 60. Maak de tekst korter.');
    expect(errors.some((e) => e.startsWith('Prijs › Kortingen 1 › Prijs met korting: € 3 met korting is meer dan de gewone prijs'))).toBe(true);
    expect(errors.some((e) => e.startsWith('Nagekeken op: 2099-01-01 ligt in de toekomst'))).toBe(true);
    expect(result.offer).toBeUndefined();
  });

  it('never writes the form\'s own bookkeeping into the file', () => {
    const raw = readFileSync(path.join(CONTENT, 'aanbod', 'taalcafe.md'), 'utf8');
    const out = writeFromForm(fieldsOf('aanbod'), { ...load('aanbod', raw), __controle: 'x', titel: 'Taalcafé' });
    expect(out).not.toContain(ORIGINAL_KEY);
    expect(out).not.toContain('__controle');
  });
});
