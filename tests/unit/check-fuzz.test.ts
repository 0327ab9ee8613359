/**
 * Whatever a partner's editor does to a file, the checker answers with problems that name the
 * file, never with a stack trace; and every accepted notation of valid content passes.
 */
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkContent } from '../../src/source/read-content.ts';
import { BUILD_DATE, CATEGORY, check, OFFER, PARTNER, SCHEME, SITE, writeContent } from '../fixtures/check/site.ts';

const TARGETS = {
  'aanbod/zwemmen.md': OFFER,
  'site.yaml': SITE,
  'categorieen/sport.md': CATEGORY,
  'partners/sportdienst.md': PARTNER,
  'kortingen/participatiepas.md': SCHEME,
} as const;

const ODD = ['\u200B', '\u202E', '\u0000', '\uFEFF', '😀', 'e\u0301', '\uD800', '\t', '"', "'", ':', '#', '&a', '*a', '!!binary', '%', '@', '`', '|', '>', '{', '[', '- ', '---', '\r'];
const VALUES = ['[]', '{}', '123', '-1', '1e999', 'true', 'null', '~', '"x"', '- a', '[a, [b]]', '{ a: 1 }', '2026-02-30', '"€ 4,50"', "''", '&anchor x', '*anchor'];

type Mutation = (text: string) => string;

const lineIndex = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineIndex.map((n): Mutation => (t) => { const l = t.split('\n'); l.splice(n % l.length, 1); return l.join('\n'); }),
  fc.tuple(lineIndex, fc.constantFrom(...VALUES)).map(([n, v]): Mutation => (t) => {
    const l = t.split('\n');
    const i = n % l.length;
    l[i] = l[i]!.replace(/:\s.*$/, `: ${v}`);
    return l.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...ODD)).map(([n, s]): Mutation => (t) => { const i = n % (t.length + 1); return t.slice(0, i) + s + t.slice(i); }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([n, s]): Mutation => (t) => { const i = n % (t.length + 1); return t.slice(0, i) + s + t.slice(i); }),
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, ' \n')),
  fc.constant<Mutation>(() => ''),
  fc.tuple(lineIndex, lineIndex).map(([a, b]): Mutation => (t) => {
    const l = t.split('\n');
    const [i, j] = [a % l.length, b % l.length];
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('\n');
  }),
);

describe('the checker never throws', () => {
  test('for mutated files, and names the file of every problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(TARGETS) as (keyof typeof TARGETS)[])),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (target, mutations, asBytes) => {
          const text = mutations.reduce((t, m) => m(t), TARGETS[target] as string);
          const content = asBytes ? new Uint8Array([...Buffer.from(text, 'utf8')].map((b, i) => (i % 97 === 13 ? 0xff : b))) : text;
          const dir = writeContent({ [target]: content });
          try {
            const result = checkContent(dir, { buildDate: BUILD_DATE });
            for (const p of result.problems) {
              expect(p.file.length).toBeGreaterThan(0);
              expect(p.message).toMatch(/[.?!)]$/);
              expect(p.message).not.toMatch(/Invalid|expected|undefined|\[object/);
            }
            expect(result.failed).toBe(result.problems.some((p) => p.severity === 'error'));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 250 },
    );
  }, 120_000);
});

describe('valid content in every accepted notation passes', () => {
  const notations: [string, string][] = [
    ['normaal: 4,50', 'normaal: 4.5'],
    ['normaal: 4,50', 'normaal: "€ 4,50"'],
    ['normaal: 4,50', 'normaal: 4,50 euro'],
    ['normaal: 4,50\n  kortingen:\n    - id: participatiepas\n      prijs: 0,90', 'normaal: 0'],
    ['normaal: 4,50\n  kortingen:\n    - id: participatiepas\n      prijs: 0,90', 'normaal: gratis'],
    ['dag: woensdag', 'dag: wo'],
    ['dag: woensdag', 'dag: Woensdag'],
    ['van: "14:00"', 'van: "9:30"'],
    ['nagekeken: 2026-10-01', 'nagekeken: "2026-10-01"'],
    ['nagekeken: 2026-10-01', 'nagekeken: 2026-11-26'],
    ['partner: sportdienst', 'partner: sportdienst\ndoelgroep: kinderen'],
    ['partner: sportdienst', 'partner: sportdienst\ninschrijven:\n  nodig: ja'],
    ['partner: sportdienst', 'partner: sportdienst\nwaaier: nee'],
    ['partner: sportdienst', 'partner: sportdienst\ntalen: NL'],
    ['partner: sportdienst', 'partner: sportdienst\ncontact:\n  telefoon: +32 2 451 68 00'],
    ['partner: sportdienst', 'partner: sportdienst\ncontact:\n  telefoon: 0470/12.34.56'],
    ['partner: sportdienst', 'partner: sportdienst\nleeftijd: { van: 6 }'],
  ];
  test.each(notations)('%s -> %s', (from, to) => {
    const { result } = check({ 'aanbod/zwemmen.md': OFFER.replace(from, to) });
    expect(result.problems).toEqual([]);
  });

  test('with a BOM, CRLF line ends and trailing spaces', () => {
    const messy = `\uFEFF${OFFER.replace(/\n/g, '  \r\n')}`;
    const { result } = check({ 'aanbod/zwemmen.md': messy, 'site.yaml': SITE.replace(/\n/g, '\r\n') });
    expect(result.problems).toEqual([]);
    expect(result.site?.offers[0]?.price.normal).toBe(450);
  });

  test('a short colour and the category order', () => {
    const { result } = check({ 'categorieen/sport.md': CATEGORY.replace('"#0B6E4F"', '"#036"').replace('pictogram', 'volgorde: 2\npictogram') });
    expect(result.problems).toEqual([]);
    expect(result.site?.categories[0]?.colour).toBe('#003366');
  });
});
