/** Readability advice (issue 15): the sentence splitter, the site's own words, 14:00, and every text a resident reads. */
import { describe, expect, test } from 'vitest';
import { readabilityAdvice, splitSentences } from '../../src/model/readability.ts';
import { lines, offer, SCHEME, CATEGORY } from '../fixtures/check/site.ts';

describe('the sentence splitter', () => {
  test.each([
    ['Kom zo. Het begint om tien uur.', ['Kom zo.', 'Het begint om tien uur.']],
    ['Vraag het aan je ma. Zij weet het.', ['Vraag het aan je ma.', 'Zij weet het.']],
    ['Het duurt 20 min. Daarna eet je samen.', ['Het duurt 20 min.', 'Daarna eet je samen.']],
    ['Bel met je gsm. Dat is gratis.', ['Bel met je gsm.', 'Dat is gratis.']],
    ['Neem 2 st. Meer mag niet.', ['Neem 2 st.', 'Meer mag niet.']],
  ])('everyday words end a sentence: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
  test('abbreviations before a small letter, a number or a name stay inside the sentence', () => {
    expect(splitSentences('Kom op wo. om 14.00 uur, bv. met je kind. Vraag het aan dhr. Peeters of J. Claes.')).toEqual([
      'Kom op wo. om 14.00 uur, bv. met je kind.', 'Vraag het aan dhr. Peeters of J. Claes.',
    ]);
  });
});

describe('advice', () => {
  const hard = 'De participatiepas geeft toegang tot activiteiten in de vrijetijdswaaier. Met je identiteitskaart vraag je de participatiepas aan bij het welzijnsloket in de gemeente, voor activiteiten en informatie over de organisatie.';
  test("never suggests replacing the site's own everyday words", () => {
    const advice = readabilityAdvice(hard, { ownWords: ['Participatiepas'] }).map((a) => a.message).join('\n');
    expect(advice).not.toMatch(/in plaats van bv\. [^.]*(participatiepas|activiteiten|vrijetijdswaaier|identiteitskaart)/);
  });
  test('a clock time with a colon gets the Flemish way to write it', () => {
    expect(readabilityAdvice('We vertrekken om 08:30 en zijn terug om 17:00.').map((a) => a.message)).toEqual([
      'Schrijf het uur zoals mensen het lezen: 8.30 uur, niet 08:30.',
      'Schrijf het uur zoals mensen het lezen: 17.00 uur, niet 17:00.',
    ]);
  });
});

describe('every text a resident reads is checked', () => {
  const long = 'Dit is een bijzonder lange zin met heel veel woorden die achter elkaar staan zodat niemand ze nog in een keer kan lezen of begrijpen.';
  test('prijs.uitleg, wanneer.tekst and inschrijven.hoe of an offer', () => {
    expect(lines({
      'aanbod/zwemmen.md': offer('  kortingen:', `  uitleg: ${long}\n  kortingen:`, '  momenten:', '  tekst: Open om 14:00.\n  momenten:', 'nagekeken:', `inschrijven:\n  nodig: ja\n  hoe: ${long}\nnagekeken:`),
    })).toMatchInlineSnapshot(`
      [
        "let op: aanbod/zwemmen.md:8  prijs.uitleg  Deze zin is lang (25 woorden): "Dit is een bijzonder lange zin met heel veel woorden die achter elkaar staan zodat niemand ze nog in een keer kan lezen of begrijpen." Maak er twee of meer korte zinnen van, met hoogstens 20 woorden elk.",
        "let op: aanbod/zwemmen.md:13  wanneer.tekst  Schrijf het uur zoals mensen het lezen: 14.00 uur, niet 14:00.",
        "let op: aanbod/zwemmen.md:18  inschrijven.hoe  Deze zin is lang (25 woorden): "Dit is een bijzonder lange zin met heel veel woorden die achter elkaar staan zodat niemand ze nog in een keer kan lezen of begrijpen." Maak er twee of meer korte zinnen van, met hoogstens 20 woorden elk.",
      ]
    `);
  });
  test('categories, partners, discount schemes and pages', () => {
    expect(lines({
      'categorieen/sport.md': `${CATEGORY}${long}\n`,
      'partners/sportdienst.md': `---\nnaam: Sportdienst Testdorp\ntelefoon: 02 123 45 67\n---\nWe zijn open van 09:00 tot 12:00.\n`,
      'kortingen/participatiepas.md': SCHEME.replace('kort: Met de participatiepas betaal je minder.', 'kort: Je krijgt de pas om 9:00 aan het loket.'),
      'paginas/over-ons.md': `---\ntitel: Over ons\n---\n${long}\n`,
    })).toMatchInlineSnapshot(`
      [
        "let op: categorieen/sport.md:6  Deze zin is lang (25 woorden): "Dit is een bijzonder lange zin met heel veel woorden die achter elkaar staan zodat niemand ze nog in een keer kan lezen of begrijpen." Maak er twee of meer korte zinnen van, met hoogstens 20 woorden elk.",
        "let op: kortingen/participatiepas.md:3  kort  Schrijf het uur zoals mensen het lezen: 9.00 uur, niet 9:00.",
        "let op: paginas/over-ons.md:4  Deze zin is lang (25 woorden): "Dit is een bijzonder lange zin met heel veel woorden die achter elkaar staan zodat niemand ze nog in een keer kan lezen of begrijpen." Maak er twee of meer korte zinnen van, met hoogstens 20 woorden elk.",
        "let op: partners/sportdienst.md:5  Schrijf het uur zoals mensen het lezen: 9.00 uur, niet 09:00.",
        "let op: partners/sportdienst.md:5  Schrijf het uur zoals mensen het lezen: 12.00 uur, niet 12:00.",
      ]
    `);
  });
});
