import { describe, expect, test } from 'vitest';
import { formatEuro, parsePrice } from '../../src/model/price.ts';
import { price } from '../../src/model/schema.ts';

describe('parsePrice reads every notation partners use', () => {
  test.each([
    [4.5, 450],
    ['4,50', 450],
    ['4.5', 450],
    ['€ 4,50', 450],
    ['€4,50', 450],
    ['4,50 euro', 450],
    ['4,50 €', 450],
    [' 12 ', 1200],
    [0, 0],
    ['0', 0],
    ['gratis', 0],
    ['Gratis', 0],
    [12, 1200],
    [0.9, 90],
  ])('%j is %i cents', (input, cents) => {
    expect(parsePrice(input)).toEqual({ ok: true, cents });
  });

  test.each([
    ['vier euro'],
    ['4 tot 6'],
    ['4-6'],
    ['1.000,00'],
    ['4,505'],
    [-1],
    [4.555],
    [Number.NaN],
    [''],
    [null],
    [true],
    [[4]],
    ['€'],
  ])('%j is rejected: a guess could show a wrong price', (input) => {
    expect(parsePrice(input)).toEqual({ ok: false });
  });

  test('the schema says what is wrong in Dutch', () => {
    const result = price.safeParse('vier euro');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('"vier euro" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".');
  });
});

describe('formatEuro writes prices the Flemish way', () => {
  test.each([
    [450, '€\u00a04,50'],
    [90, '€\u00a00,90'],
    [1200, '€\u00a012'],
    [5, '€\u00a00,05'],
    [123456, '€\u00a01.234,56'],
    [0, '€\u00a00'],
  ])('%i cents -> %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });
});
