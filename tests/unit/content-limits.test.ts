/**
 * Issue 11, limits instead of crashes: long names, huge fields, huge or pathological bodies,
 * control characters and absurd prices are reported once, in Dutch, with the file, line and key;
 * nothing a partner writes makes the check throw or hang.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readabilityAdvice } from '../../src/model/readability.ts';
import { hyphenate, SOFT_HYPHEN } from '../../src/fan/hyphenate.ts';
import { LIMITS } from '../../src/source/limits.ts';
import { check, lines, offer, OFFER, type Files } from '../fixtures/check/site.ts';

const errors = (changes: Files) => lines(changes).filter((l) => l.startsWith('fout: '));

describe('file names', () => {
  test('an id longer than 60 characters is refused, with a shorter name proposed', () => {
    const name = `zwemmen-${'in-het-grote-zwembad-'.repeat(4)}dilkom`;
    expect(name.length).toBeGreaterThan(LIMITS.id);
    expect(errors({ [`aanbod/${name}.md`]: OFFER, 'aanbod/zwemmen.md': null })).toEqual([
      `fout: aanbod/${name}.md  De bestandsnaam is te lang: ${name.length} tekens, hoogstens 60 (zonder .md). De naam komt in het webadres en in de naam van de PDF. Noem het bestand bv. zwemmen-in-het-grote-zwembad-in-het-grote-zwembad-in-het.md.`,
    ]);
  });

  test('a long name with capitals and spaces gets one proposal that is itself valid', () => {
    const name = `Zwemmen ${'In Het Grote Zwembad '.repeat(5)}.md`;
    const [line] = errors({ [`aanbod/${name}`]: OFFER, 'aanbod/zwemmen.md': null });
    const proposal = /Noem het bestand (\S+)\.md\./.exec(line!)?.[1];
    expect(proposal).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(proposal!.length).toBeLessThanOrEqual(LIMITS.id);
  });

  test('a file name with a line break or control character stays one line in the report', () => {
    const found = errors({ 'aanbod/zwem\nmen.md': OFFER, 'aanbod/bel\u0007.md': OFFER, 'aanbod/zwemmen.md': null });
    expect(found).toEqual([
      'fout: aanbod/bel?.md  De bestandsnaam "bel?.md" mag alleen kleine letters, cijfers en streepjes hebben. Noem het bestand bel.md.',
      'fout: aanbod/zwem?men.md  De bestandsnaam "zwem?men.md" mag alleen kleine letters, cijfers en streepjes hebben. Noem het bestand zwem-men.md.',
    ]);
  });

  test('an id in a key (categorie) longer than 60 characters is an unknown category: no file can have that name', () => {
    const long = 'sport'.repeat(13);
    expect(errors({ 'aanbod/zwemmen.md': offer('categorie: sport', `categorie: ${long}`) })).toEqual([
      `fout: aanbod/zwemmen.md:4  categorie  "${long}" is geen bekende categorie. Kies uit: sport. Of maak eerst categorieen/${long}.md aan.`,
    ]);
  });
});

describe('fields', () => {
  test('a text field over 1,000 characters: one message, no second one about the same key, none quoting it', () => {
    const long = 'Zwemmen is fijn. '.repeat(100);
    const found = errors({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', `titel: ${long}`) });
    expect(found).toEqual([`fout: aanbod/zwemmen.md:2  titel  is te lang: ${long.trim().length.toLocaleString('nl-BE')} tekens, hoogstens 1.000. Maak de tekst korter; een lange uitleg hoort in de tekst onder de sleutels.`]);
  });

  test('a title over its own limit (60) keeps its own message', () => {
    const title = 'Zwemmen '.repeat(10).trim();
    expect(errors({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', `titel: ${title}`) })).toEqual([
      `fout: aanbod/zwemmen.md:2  titel  is te lang: ${title.length} tekens, hoogstens 60. Maak de tekst korter.`,
    ]);
  });

  test('front matter over 32 KB is refused before the YAML is parsed', () => {
    const found = errors({ 'aanbod/zwemmen.md': offer('nagekeken: 2026-10-01', `nagekeken: 2026-10-01\ntrefwoorden: [${'zwemmen, '.repeat(4000)}]`) });
    expect(found).toEqual(['fout: aanbod/zwemmen.md:2  Het deel met de sleutels (tussen de regels ---) is te groot: 36 KB, hoogstens 32 KB. Kijk na of er geen tekst of lijst per ongeluk herhaald is.']);
  });

  test('a list over 100 items, keys nested too deep and an absurd key name are refused', () => {
    const found = errors({
      'aanbod/zwemmen.md': offer(
        'nagekeken: 2026-10-01',
        `nagekeken: 2026-10-01\ntrefwoorden: [${Array.from({ length: 150 }, (_, i) => `w${i}`).join(', ')}]\nwaar: { naam: Dilkom, adres: { a: { b: { c: { d: { e: x } } } } } }\n${'k'.repeat(50)}: x`,
      ),
    });
    expect(found).toContain('fout: aanbod/zwemmen.md:15  trefwoorden  heeft te veel items: 150, hoogstens 100. Laat er een paar weg.');
    expect(found).toContain('fout: aanbod/zwemmen.md:16  waar.adres.a.b.c.d  heeft te veel niveaus van sleutels in sleutels. Kijk de inspringing na: vergelijk met het sjabloon.');
    expect(found.some((l) => l.includes(`heeft een sleutel die niet bestaat: "${'k'.repeat(40)}…"`))).toBe(true);
  });

  test.each([
    ['NUL', '\u0000', 'U+0000'],
    ['escape', '\u001b', 'U+001B'],
    ['right-to-left override', '\u202e', 'U+202E'],
    ['C1 control', '\u0085', 'U+0085'],
  ])('a %s character in a field is refused, naming it', (_, ch, code) => {
    expect(errors({ 'aanbod/zwemmen.md': offer('titel: Zwemmen in het zwembad', `titel: Zwemmen${ch} in het zwembad`) })).toEqual([
      `fout: aanbod/zwemmen.md:2  titel  bevat een onzichtbaar stuurteken (${code}). Dat komt vaak mee bij kopiëren en plakken. Typ de tekst opnieuw, of verwijder het teken met een editor die het toont.`,
    ]);
  });

  test('a price over 10,000 euro is refused', () => {
    expect(errors({ 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: 45000') })).toEqual([
      'fout: aanbod/zwemmen.md:7  prijs.normaal  € 45.000 is te veel: hoogstens € 10.000. Kijk na of er geen komma ontbreekt, zoals 4,50.',
    ]);
    expect(errors({ 'aanbod/zwemmen.md': offer('normaal: 4,50', 'normaal: 10000') })).toEqual([]);
  });
});

describe('bodies', () => {
  test('a NUL in the body is refused with its line', () => {
    expect(errors({ 'aanbod/zwemmen.md': `${OFFER}Tweede regel.\nDerde\u0000 regel.\n` })).toEqual([
      'fout: aanbod/zwemmen.md:18  Deze regel bevat een onzichtbaar stuurteken (U+0000). Dat komt vaak mee bij kopiëren en plakken. Typ de tekst opnieuw, of verwijder het teken met een editor die het toont.',
    ]);
  });

  test('a body of exactly 20,000 characters passes; one more is refused', () => {
    const exact = `${'Kom zwemmen. '.repeat(2000)}`.slice(0, LIMITS.body - 1) + '\n';
    const body = (text: string) => OFFER.replace('Je kan baantjes trekken. Er is altijd een redder.\n', text);
    expect(body(exact).length - OFFER.lastIndexOf('Je kan')).toBe(LIMITS.body);
    expect(errors({ 'aanbod/zwemmen.md': body(exact) })).toEqual([]);
    expect(errors({ 'aanbod/zwemmen.md': body(`x${exact}`) })).toEqual([
      'fout: aanbod/zwemmen.md:16  De tekst onder de sleutels is te lang: 20.001 tekens, hoogstens 20.000. Maak hem korter; de belangrijkste informatie hoort bovenaan.',
    ]);
  });

  test('a 500 KB body of "a. a. a." is reported as too long, not a hang', { timeout: 60_000 }, () => {
    const body = 'a. '.repeat(500 * 1024 / 3);
    const { dir, result } = check({ 'aanbod/zwemmen.md': `${OFFER}${body}\n` });
    expect(result.failed).toBe(true);
    const messages = result.problems.map((p) => `${path.relative(dir, path.resolve(p.file))}:${p.line}  ${p.message}`);
    expect(messages).toContain(`aanbod/zwemmen.md:16  De tekst onder de sleutels is te lang: ${(OFFER.length - OFFER.lastIndexOf('Je kan') + body.length + 1).toLocaleString('nl-BE')} tekens, hoogstens 20.000. Maak hem korter; de belangrijkste informatie hoort bovenaan.`);
    for (const p of result.problems) expect(p.message.length).toBeLessThan(600);
  });
});

describe('readability and hyphenation stay linear (500 KB inputs finish; bench numbers in the issue note)', () => {
  const N = 500 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const PATHOLOGICAL = ['a. ', 'a.', '.', '![', '[a](', '<http:', 'a', 'woord ', '."', '- a.\n', '```\n', '<a', 'Dr. A.B. de Vries: "Kom!" 14.00 uur, bv. ma. '];

  test.each(PATHOLOGICAL)('readability advice for 500 KB of %j', { timeout: 30_000 }, (unit) => {
    const advice = readabilityAdvice(fill(unit));
    for (const a of advice) expect(a.message.length).toBeLessThan(600);
  });

  test.each(PATHOLOGICAL)('hyphenation of 500 KB of %j', { timeout: 30_000 }, (unit) => {
    const text = fill(unit);
    expect(hyphenate(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });

  test('a word over 64 letters is left whole; normal words still get their hyphens', () => {
    const giant = 'zwembadtoegangsbewijs'.repeat(2000);
    expect(hyphenate(`${giant} zwembadtoegangsbewijs`)).toBe(`${giant} ${hyphenate('zwembadtoegangsbewijs')}`);
    expect(hyphenate('zwembadtoegangsbewijs')).toContain(SOFT_HYPHEN);
  });
});
