import { describe, expect, test } from 'vitest';
import { isEmail, isWebUrl, parsePhone, shortUrl } from '../../src/model/contact.ts';

describe('parsePhone', () => {
  test.each([
    ['02 451 68 00', '02 451 68 00', '+3224516800'],
    ['024516800', '02 451 68 00', '+3224516800'],
    ['02/451.68.00', '02 451 68 00', '+3224516800'],
    ['+32 2 451 68 00', '02 451 68 00', '+3224516800'],
    ['0032 2 451 68 00', '02 451 68 00', '+3224516800'],
    ['0470 12 34 56', '0470 12 34 56', '+32470123456'],
    ['+32 470 12 34 56', '0470 12 34 56', '+32470123456'],
    ['053 12 34 56', '053 12 34 56', '+3253123456'],
    ['0800 12 345', '0800 12 345', '+3280012345'],
    ['+31 20 123 4567', '+31 20 123 4567', '+31201234567'],
  ])('%s is shown as %s and dialled as %s', (input, display, href) => {
    expect(parsePhone(input)).toEqual({ display, href });
  });

  test.each([['123'], ['02 451 68'], ['0470 12 34 5'], ['bel ons'], ['02 451 68 00 of 02 451 68 01'], ['+0 123'], ['']])('%s is not a phone number', (input) => {
    expect(parsePhone(input)).toBeUndefined();
  });
});

describe('e-mail and web addresses', () => {
  test('e-mail', () => {
    expect(isEmail('sport@example.be')).toBe(true);
    expect(isEmail('sport.example.be')).toBe(false);
    expect(isEmail('sport@example')).toBe(false);
  });
  test('only http and https, with a real host', () => {
    expect(isWebUrl('https://www.example.be/zwemmen')).toBe(true);
    expect(isWebUrl('http://example.be')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('www.example.be')).toBe(false);
    expect(isWebUrl('https://localhost')).toBe(false);
  });
  test('shortUrl for print', () => {
    expect(shortUrl('https://www.example.be/zwemmen/')).toBe('www.example.be/zwemmen');
  });
});
