/**
 * The interface text (src/i18n/nl.ts) is plain Dutch: it passes the same readability check
 * partners' texts get (short sentences, Flesch-Douma score), and it has no poverty wording.
 */
import { describe, it, expect } from 'vitest';
import { t } from '../../src/i18n/nl.ts';
import { readabilityAdvice, fleschDouma, MIN_FLESCH_DOUMA } from '../../src/model/readability.ts';

/** Every string in the file; functions are called with typical values ("Dilbeek", 3, ...). */
function strings(value: unknown, path = 't'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const call = (arg: unknown): string | undefined => {
      try {
        return String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => arg)));
      } catch {
        return undefined; // a function of a name (string), not of a number
      }
    };
    const named = call('Dilbeek');
    const counted = call(2);
    if (named === undefined && counted === undefined) throw new Error(`${path} takes neither a name nor a number`);
    return [
      ...(named === undefined ? [] : [{ path: `${path}()`, text: named }]),
      ...(counted === undefined ? [] : [{ path: `${path}(2)`, text: counted }]),
    ];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const all = strings(t);

describe('interface text', () => {
  it('is found', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.map((s) => s.text)).toContain('Ga naar de inhoud');
  });

  it('has no sentence the readability check finds too long', () => {
    const advice = all.flatMap((s) => readabilityAdvice(s.text).map((a) => `${s.path}: ${a.message}`));
    expect(advice).toEqual([]);
  });

  it('reads easily as a whole (Flesch-Douma)', () => {
    const text = all.map((s) => (/[.!?:]$/.test(s.text) ? s.text : `${s.text}.`)).join(' ');
    expect(fleschDouma(text).score).toBeGreaterThanOrEqual(MIN_FLESCH_DOUMA);
  });

  it('speaks to "je", never to "u", and never about poverty', () => {
    for (const { path, text } of all) {
      expect(text, path).not.toMatch(/\b(u|uw)\b/i);
      expect(text, path).not.toMatch(/\b(arm|armoede|kansarm\w*|behoeftig\w*|minderbedeeld\w*|sociaal zwak\w*)\b/i);
    }
  });
});
