/**
 * Turns zod's issues into one Dutch sentence per problem, for partners. Messages written in the
 * schema (custom checks) are kept; generic ones (missing key, wrong type, unknown key, value not in
 * a list) are written here, once.
 */
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { nearest } from './suggest.ts';

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'leeg';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return `de tekst ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return 'een datum';
  if (typeof value === 'object') return 'een groep sleutels';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'ja of nee (true of false)',
  array: 'een lijst, zoals [a, b] of regels die beginnen met "- "',
  object: 'een groep sleutels (ingesprongen regels eronder)',
};

/** `sleutel:` with nothing after it: the partner often uncommented a key without the lines below it. */
const EMPTY: Record<string, string> = {
  object: 'is leeg. Zet de sleutels die erbij horen op de regels eronder, met twee spaties ervoor. Of haal deze regel weg als je ze niet nodig hebt.',
  array: 'is leeg. Zet de items op de regels eronder, elk met "- " ervoor. Of haal deze regel weg als je ze niet nodig hebt.',
  other: 'is leeg. Vul een waarde in. Is de sleutel niet verplicht, dan mag je de regel ook weghalen.',
};

/** The keys a strict object accepts, read from the schema at the issue's path. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { _zod?: { def?: Record<string, unknown> } } | undefined;
    for (let guard = 0; guard < 10 && node?._zod?.def; guard++) {
      const def = node._zod.def;
      if (def['shape']) return node;
      // A list stops here: the next step of the path is an index, which goes into its element.
      const inner = (def['innerType'] ?? def['in'] ?? def['schema'] ?? def['out']) as typeof node;
      if (!inner) return node;
      if (def['type'] === 'pipe') {
        const input = def['in'] as typeof node;
        node = input?._zod?.def?.['type'] === 'unknown' || input?._zod?.def?.['type'] === 'transform' ? (def['out'] as typeof node) : input;
      } else node = inner;
    }
    return node;
  };
  for (const part of path) {
    const node = unwrap(current) as { _zod?: { def?: Record<string, unknown> } } | undefined;
    const def = node?._zod?.def;
    if (!def) return [];
    if (typeof part === 'number') current = def['element'];
    else current = (def['shape'] as Record<string, unknown> | undefined)?.[String(part)];
  }
  const node = unwrap(current) as { _zod?: { def?: Record<string, unknown> } } | undefined;
  const shape = node?._zod?.def?.['shape'] as Record<string, unknown> | undefined;
  return shape ? Object.keys(shape) : [];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part as string | number];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown): { path: (string | number)[]; message: string }[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        const hint = guess ? ` Bedoel je ${guess}?` : ` Mogelijke sleutels hier: ${known.join(', ')}.`;
        return { path: [...path, key], message: `is een onbekende sleutel.${hint}` };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ path, message: `ontbreekt. Deze sleutel is verplicht: voeg ${String(path.at(-1) ?? '')}: toe.` }];
      }
      if (value === null) return [{ path, message: EMPTY[issue.expected] ?? EMPTY['other']! }];
      if (issue.message && !issue.message.startsWith('Invalid input')) return [{ path, message: issue.message }];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [{ path, message: `moet ${expected} zijn, maar is ${kindOf(value)}.` }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? nearest(value, options) : undefined;
      const hint = guess ? ` Bedoel je ${guess}?` : '';
      return [{ path, message: `${JSON.stringify(value ?? '')} is geen geldige keuze.${hint} Kies uit: ${options.join(', ')}.` }];
    }
    default:
      // Our schema writes Dutch messages for every rule; zod's own English text must never reach a partner.
      if (/^(Invalid|Too |Expected|Unrecognized)/.test(issue.message)) {
        return [{ path, message: 'Deze waarde klopt niet. Kijk in het sjabloon (_sjabloon.md) hoe je ze schrijft.' }];
      }
      return [{ path, message: issue.message }];
  }
}

/** Validates one file's front matter; returns the parsed value or the problems, never throws. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  input: unknown,
  source: string,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue, schema, input).map(({ path, message }): Problem => ({ severity: 'error', source, path, message })),
  );
  return { ok: false, problems };
}
