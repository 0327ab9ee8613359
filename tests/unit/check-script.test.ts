/**
 * The command-line tools as a partner and a coordinator use them: `npm run check` output and exit
 * status, GitHub annotations, the per-partner to-do list, and `npm run nieuw`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, formatAnnotation } from '../../src/source/annotations.ts';
import { fillTemplate, freeOfferId, normalisePriceInput } from '../../src/source/new-offer.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { BUILD_DATE, offer, writeContent } from '../fixtures/check/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = process.execPath;

function run(script: string, args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(NODE, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, BUILD_DATE, GITHUB_ACTIONS: '', ...env },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

// Each test starts npm run check: a few seconds each on a busy machine.
describe('npm run check', { timeout: 30_000 }, () => {
  test('one line per problem, errors first, a summary, exit 1', () => {
    const dir = writeContent({
      'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: vier euro', 'nagekeken: 2026-10-01', 'nagekeken: 2027-01-01'),
      'aanbod/oud.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2024-01-01'),
    });
    const { status, out, err } = run('check.ts', [], { CONTENT_DIR: dir });
    expect(status).toBe(1);
    expect(err).toBe('');
    const rel = path.relative(ROOT, dir);
    expect(out.replaceAll(rel, '<dir>')).toMatchInlineSnapshot(`
      "Fouten (2): verbeter ze, anders wordt niets gepubliceerd.
      <dir>/aanbod/zwemmen.md:7  prijs.normaal  "vier euro" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".
      <dir>/aanbod/zwemmen.md:14  nagekeken  2027-01-01 ligt in de toekomst. Schrijf de dag waarop je het aanbod echt nagekeken hebt (ten laatste vandaag, 2026-11-26).

      Waarschuwingen (2): de site wordt wel gemaakt, maar kijk ze na.
      <dir>/aanbod/oud.md:14  nagekeken  2024-01-01 is langer dan 12 maanden geleden. Het aanbod staat op de site met de melding "kijk na voor je gaat", en niet in de waaier. Kijk alles na en zet de datum van vandaag.
      <dir>/site.yaml:4  editie  Er is nog geen gedrukte waaier vastgelegd (editie.json ontbreekt). Voer npm run editie uit als je de waaier laat drukken, en bewaar editie.json mee met de bestelling. Dan toont de pagina /nieuw/ wat er sindsdien veranderd is.

      2 fouten en 2 waarschuwingen. Verbeter de fouten en voer npm run check opnieuw uit.
      "
    `);
  });

  test('exit 0 with only warnings, and annotations on GitHub', () => {
    const dir = writeContent({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2024-01-01') });
    const { status, out } = run('check.ts', [], { CONTENT_DIR: dir, GITHUB_ACTIONS: 'true' });
    expect(status).toBe(0);
    expect(out).toMatch(/^::warning file=.*aanbod\/zwemmen\.md,line=14,title=nagekeken::2024-01-01 is langer dan 12 maanden geleden\./m);
  });

  test('the sample content passes', () => {
    expect(run('check.ts', [], { CONTENT_DIR: path.join(ROOT, 'content') }).status).toBe(0);
  });

  test('--per-partner lists what to check again, with the dates', () => {
    const dir = writeContent({
      'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', 'nagekeken: 2025-11-01'),
      'aanbod/bijna.md': offer('titel: Zwemmen in het zwembad', 'titel: Bijna te oud', 'nagekeken: 2026-10-01', 'nagekeken: 2025-12-20'),
    });
    const { status, out } = run('check.ts', ['--per-partner'], { CONTENT_DIR: dir });
    expect(status).toBe(0);
    expect(out.replaceAll(path.relative(ROOT, dir), '<dir>')).toMatchInlineSnapshot(`
      "Aanbod om na te kijken, per partner (datum: 26 november 2026). Een aanbod is te oud als het langer dan 12 maanden geleden nagekeken is.

      Sportdienst Testdorp (sport@example.be, 02 123 45 67)
        - Zwemmen in het zwembad (<dir>/aanbod/zwemmen.md): nagekeken op 1 november 2025, te oud sinds 2 november 2026
        - Bijna te oud (<dir>/aanbod/bijna.md): nagekeken op 20 december 2025, te oud vanaf 21 december 2026

      "
    `);
  });
});

describe('GitHub annotations', () => {
  test('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% klaar\r\nregel 2')).toBe('100%25 klaar%0D%0Aregel 2');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    expect(formatAnnotation({ severity: 'error', file: 'content/aanbod/a,b.md', line: 7, key: 'prijs.normaal', message: '"vier euro" is geen bedrag.\nSchrijf 4,50.' }))
      .toBe('::error file=content/aanbod/a%2Cb.md,line=7,title=prijs.normaal::"vier euro" is geen bedrag.%0ASchrijf 4,50.');
    expect(formatAnnotation({ severity: 'warning', file: 'content/x.md', key: '', message: 'm' })).toBe('::warning file=content/x.md,title=Let op::m');
  });
});

// Each test starts npm run nieuw (and its check): more than 5 s on a busy machine.
describe('npm run nieuw', { timeout: 30_000 }, () => {
  test('with flags writes a file that only misses its placeholders', () => {
    const dir = writeContent();
    const { status, out } = run('nieuw.ts', ['--titel', 'Petanque op het plein', '--categorie', 'sport', '--partner', 'sportdienst', '--prijs', '€ 2', '--ja'], { CONTENT_DIR: dir });
    expect(status).toBe(0);
    expect(out).toContain('Gemaakt:');
    const file = path.join(dir, 'aanbod/petanque-op-het-plein.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('titel: "Petanque op het plein"');
    expect(text).toContain('  normaal: 2 ');
    expect(text).toContain(`nagekeken: ${BUILD_DATE}`);
    const problems = checkContent(dir, { buildDate: BUILD_DATE }).problems.filter((p) => p.file.endsWith('petanque-op-het-plein.md'));
    expect(problems.map((p) => [p.key, p.message.slice(0, 44)])).toEqual([
      ['samenvatting', 'Dit is nog een invulveld uit het sjabloon: ['],
      ['', 'Dit is nog een invulveld uit het sjabloon: ['],
    ]);
  });

  test('never overwrites: it proposes another name', () => {
    const dir = writeContent();
    const before = readFileSync(path.join(dir, 'aanbod/zwemmen.md'), 'utf8');
    const { status, out } = run('nieuw.ts', ['--titel', 'Zwemmen', '--categorie', 'sport', '--partner', 'sportdienst', '--prijs', 'gratis', '--samenvatting', 'Zwem mee.', '--ja'], { CONTENT_DIR: dir });
    expect(status).toBe(0);
    expect(out).toContain('Ik maak aanbod/zwemmen-2.md');
    expect(readFileSync(path.join(dir, 'aanbod/zwemmen.md'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'aanbod/zwemmen-2.md'), 'utf8')).toContain('normaal: gratis');
  });

  test('asks questions: title, category and partner from a numbered list, price until it is one', () => {
    const dir = writeContent();
    const answers = ['Fietsen in het bos', 'Fiets mee door het bos.', '7', '1', '1', 'vier euro', '3,5', 'j', ''].join('\n');
    const { status, out } = run('nieuw.ts', [], { CONTENT_DIR: dir }, answers);
    expect(status).toBe(0);
    expect(out).toContain('1. Sport (sport)');
    expect(out).toContain('Dat nummer staat niet in de lijst.');
    expect(out).toContain('"vier euro" is geen bedrag.');
    const text = readFileSync(path.join(dir, 'aanbod/fietsen-in-het-bos.md'), 'utf8');
    expect(text).toContain('normaal: 3,50');
    expect(text).toContain('samenvatting: "Fiets mee door het bos."');
  });

  test('a wrong flag is a Dutch error, and nothing is written', () => {
    const dir = writeContent();
    const { status, err } = run('nieuw.ts', ['--titel', 'X', '--categorie', 'sprot', '--partner', 'sportdienst', '--prijs', '1', '--ja'], { CONTENT_DIR: dir });
    expect(status).toBe(1);
    expect(err.trim()).toBe('"sprot" is geen bekende categorie. Kies uit: sport.');
    expect(existsSync(path.join(dir, 'aanbod/x.md'))).toBe(false);
  });

  test('helpers: prices, free names, the template', () => {
    expect(normalisePriceInput('4.5')).toBe('4,50');
    expect(normalisePriceInput('0')).toBe('gratis');
    expect(normalisePriceInput('1234,5')).toBe('1234,50');
    expect(normalisePriceInput('veel')).toBeUndefined();
    const dir = writeContent({ 'aanbod/zwemmen-2.md': 'x' });
    expect(freeOfferId(dir, 'zwemmen')).toBe('zwemmen-3');
    const filled = fillTemplate(readFileSync(path.join(ROOT, 'content/aanbod/_sjabloon.md'), 'utf8'), {
      title: 'Zwemmen: "baantjes"', category: 'sport', partner: 'sportdienst', price: '4,50', checked: '2026-11-26',
    });
    expect(filled).toContain('titel: "Zwemmen: \\"baantjes\\""');
    const dir2 = writeContent({ 'aanbod/zwemmen.md': filled.replace(/\[Vul in:[^\]]*\]/g, 'Kom zwemmen.') });
    writeFileSync(path.join(dir2, 'aanbod/.gitkeep'), '');
    expect(checkContent(dir2, { buildDate: BUILD_DATE }).problems).toEqual([]);
  });
});

