import { describe, expect, test } from 'vitest';
import { countSyllables, fleschDouma, readabilityAdvice, splitSentences, words } from '../../src/model/readability.ts';

describe('Dutch syllables', () => {
  test.each([
    // diphthongs and long vowels are one syllable
    ['tijd', 1], ['trein', 1], ['huis', 1], ['hout', 1], ['auto', 2], ['boek', 1], ['deur', 1], ['fiets', 1],
    ['maan', 1], ['been', 1], ['boom', 1], ['vuur', 1], ['nieuw', 1], ['leeuw', 1], ['mooi', 1], ['groei', 1],
    // a diaeresis starts a new syllable
    ['ruïne', 3], ['geïnteresseerd', 5], ['België', 3], ['zeeën', 2], ['beïnvloeden', 4], ['reünie', 3],
    // "ie" after a vowel, and loanwords
    ['mooie', 2], ['koeien', 2], ['uien', 2], ['theater', 3], ['piano', 3], ['bureau', 2], ['actueel', 3],
    // everyday words from the offers
    ['zwembad', 2], ['vrijetijd', 3], ['kinderopvang', 4], ['huiswerkbegeleiding', 6], ['participatiepas', 6],
    ['speelpleinwerking', 4], ['e', 1], ['4,50', 1],
  ])('%s has %i', (word, count) => {
    expect(countSyllables(word)).toBe(count);
  });
});

describe('sentences', () => {
  test('abbreviations, times and prices do not end a sentence', () => {
    expect(splitSentences('Kom op wo. om 14.00 uur, bv. met je kind. Je betaalt € 4,50! Ook o.a. zwemmen? Ja.')).toEqual([
      'Kom op wo. om 14.00 uur, bv. met je kind.', 'Je betaalt € 4,50!', 'Ook o.a. zwemmen?', 'Ja.',
    ]);
  });
  test('a last sentence without a full stop still counts', () => {
    expect(splitSentences('Welkom. Breng een handdoek mee')).toEqual(['Welkom.', 'Breng een handdoek mee']);
  });
  test('words', () => {
    expect(words('Je betaalt € 4,50 aan de UiTPAS-balie.')).toEqual(['Je', 'betaalt', '4,50', 'aan', 'de', 'UiTPAS-balie']);
  });
});

describe('Flesch-Douma', () => {
  test('follows the formula 206.835 - 0.93 x words per sentence - 77 x syllables per word', () => {
    const r = fleschDouma('Ik zwem. Jij fietst.');
    expect(r).toMatchObject({ sentences: 2, words: 4, syllables: 4 });
    expect(r.score).toBeCloseTo(206.835 - 0.93 * 2 - 77 * 1);
  });
  test('plain language scores higher than officialese', () => {
    const plain = fleschDouma('Kom zwemmen in Dilkom. Het water is warm. Je kan ook les volgen. Er is altijd een redder.');
    const hard = fleschDouma('Administratieve registratieprocedures zijn noodzakelijk voorafgaand aan deelname aan recreatieve activiteiten.');
    expect(plain.score).toBeGreaterThan(80);
    expect(hard.score).toBeLessThan(30);
  });
});

describe('advice', () => {
  test('plain text gets none', () => {
    expect(readabilityAdvice('Kom zwemmen in Dilkom. Het water is warm.\n\n## Hoe gaat het?\n\n- Breng een handdoek mee.\n- Er is een redder.')).toEqual([]);
  });
  test('a long sentence is quoted with its line, list items are their own sentences', () => {
    const text = 'Welkom.\n\n- Breng mee\n- Kom op tijd\n\nJe kan hier zwemmen met je kinderen en je vrienden en daarna kan je ook nog een les volgen bij een van de redders.';
    const advice = readabilityAdvice(text);
    expect(advice).toHaveLength(1);
    expect(advice[0]!.line).toBe(5);
    expect(advice[0]!.message).toContain('(24 woorden): "Je kan hier zwemmen');
  });
  test('Markdown links count by their text, not their address', () => {
    expect(readabilityAdvice('Lees meer op [de website](https://www.example.be/een/heel/lang/adres/met/veel/woorden).')).toEqual([]);
  });
});
