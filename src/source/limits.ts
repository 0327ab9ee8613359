/**
 * Limits instead of crashes: bounds on what a partner's file may hold, checked on the parsed YAML
 * and the body before any rule or renderer sees them. A value over a limit is reported once, in
 * Dutch, and cut to the limit, so that no later rule quotes a megabyte of text, hangs on it or
 * reports it a second time (see `limitedPaths`). NUL and other control characters are refused:
 * they are invisible in an editor, break file names and PDFs, and have no place in a text.
 */
import type { Problem } from '../model/problem.ts';
import { ID_MAX } from '../model/schema.ts';

export const LIMITS = {
  /** An id (file name without .md): kaart/<id>.pdf and og/<id>.png stay short on every file system. */
  id: ID_MAX,
  /** Any one text value in the front matter; titles and summaries have their own, lower limits. */
  text: 1000,
  /** Items in one list (trefwoorden, momenten, kortingen, ...). */
  listItems: 100,
  /** Keys inside keys: the deepest real key is three levels down (prijs.kortingen[0].id). */
  depth: 6,
  /** A key's name: the longest real one is under 25 characters. */
  keyName: 40,
  /** The front matter (the part between the --- lines), in bytes. A real one is under 4 KB. */
  frontMatterBytes: 32 * 1024,
  /** The body (the text under the keys), in characters: about eight printed pages. */
  body: 20_000,
} as const;

const thousands = (n: number) => n.toLocaleString('nl-BE');

/**
 * C0 controls other than tab and line feed (CR is normalised away on reading), DEL, C1 controls,
 * and the invisible bidirectional overrides that make text read differently from how it is stored.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** A file name as printed in a report: control characters (a newline would split the line) shown as "?". */
export const printable = (name: string): string => name.replace(CONTROL_ALL, '?').replace(/[\n\t]/g, '?');

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const controlMessage = (ch: string) =>
  `bevat een onzichtbaar stuurteken (${codePoint(ch)}). Dat komt vaak mee bij kopiëren en plakken. Typ de tekst opnieuw, of verwijder het teken met een editor die het toont.`;

export interface Limited {
  data: unknown;
  problems: Problem[];
  /** Key paths whose value was cut or cleaned: other rules' problems there are dropped. */
  paths: (string | number)[][];
}

/** Checks every key and value of a parsed front matter; returns the data with values cut to the limits. */
export function limitData(data: unknown, source: string): Limited {
  const problems: Problem[] = [];
  const paths: (string | number)[][] = [];
  /** `replaced`: the value was cut, cleaned or dropped, so other rules must not judge it again. */
  const report = (path: (string | number)[], message: string, replaced = true) => {
    problems.push({ severity: 'error', source, path, message });
    if (replaced) paths.push(path);
  };
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      let out = value;
      const control = CONTROL.exec(out);
      if (control) {
        report(path, controlMessage(control[0]));
        out = out.replace(CONTROL_ALL, '');
      }
      if (out.length > LIMITS.text) {
        report(path, `is te lang: ${thousands(out.length)} tekens, hoogstens ${thousands(LIMITS.text)}. Maak de tekst korter; een lange uitleg hoort in de tekst onder de sleutels.`);
        out = out.slice(0, LIMITS.text);
      }
      return out;
    }
    if (typeof value !== 'object' || value === null || value instanceof Date) return value;
    if (path.length >= LIMITS.depth) {
      report(path, 'heeft te veel niveaus van sleutels in sleutels. Kijk de inspringing na: vergelijk met het sjabloon.');
      return null;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.listItems) report(path, `heeft te veel items: ${thousands(value.length)}, hoogstens ${LIMITS.listItems}. Laat er een paar weg.`, false);
      return value.slice(0, LIMITS.listItems).map((item, i) => walk(item, [...path, i]));
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key.length > LIMITS.keyName || CONTROL.test(key)) {
        const shown = key.replace(CONTROL_ALL, '').slice(0, LIMITS.keyName);
        report(path, `heeft een sleutel die niet bestaat: "${shown}${key.length > LIMITS.keyName ? '…' : ''}". Kijk de naam na in het sjabloon.`, false);
        continue;
      }
      out[key] = walk(item, [...path, key]);
    }
    return out;
  };
  return { data: walk(data, []), problems, paths };
}

/** The body: at most LIMITS.body characters and no control characters (each reported with its line). */
export function limitBody(body: string, source: string, bodyLine: number): { body: string; problems: Problem[] } {
  const problems: Problem[] = [];
  let out = body;
  if (CONTROL.test(out)) {
    const lines = out.split('\n');
    let reported = 0;
    for (let i = 0; i < lines.length && reported < 5; i++) {
      const found = CONTROL.exec(lines[i]!);
      if (!found) continue;
      problems.push({ severity: 'error', source, path: [], line: bodyLine + i, message: `Deze regel ${controlMessage(found[0])}` });
      reported++;
    }
    out = out.replace(CONTROL_ALL, '');
  }
  if (out.length > LIMITS.body) {
    problems.push({
      severity: 'error', source, path: [], line: bodyLine,
      message: `De tekst onder de sleutels is te lang: ${thousands(out.length)} tekens, hoogstens ${thousands(LIMITS.body)}. Maak hem korter; de belangrijkste informatie hoort bovenaan.`,
    });
    out = out.slice(0, LIMITS.body);
  }
  return { body: out, problems };
}

/** Whether `path` is at or under one of `limited`: a problem there was already reported by a limit. */
export function isUnderLimited(source: string, path: readonly (string | number)[], limited: ReadonlyMap<string, (string | number)[][]>): boolean {
  const paths = limited.get(source);
  if (!paths) return false;
  return paths.some((p) => p.length <= path.length && p.every((part, i) => part === path[i]));
}
