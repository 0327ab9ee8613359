/**
 * Bounds checked before parsing. The Markdown parser needs time that grows faster than the length
 * of the text for some shapes (thousands of headings, emphasis marks, brackets, nested quotes or
 * lists); a partner's body never needs that many, so they are refused with a plain message and the
 * parser never sees them. Counting characters is not interpreting Markdown: the tree decides that.
 */

export const LIMITS = {
  /** Longest body, in characters. */
  chars: 20_000,
  lines: 400,
  /** `*`, `_` and `~` together (bold, italic, strike-through, list bullets). */
  emphasis: 400,
  /** `[` and `]` together (links). */
  brackets: 400,
  /** `|` (tables). */
  pipes: 800,
  /** `>` (quotes). */
  quotes: 200,
  /** `<` (autolinks, or HTML that the checker refuses anyway). */
  angles: 400,
  /** List markers at the start of one line ("- - - a" nests three lists). */
  markersOnOneLine: 10,
  /** Spaces before the text of a line (each level of a nested list adds two to four). */
  indent: 40,
} as const;

export interface Refusal {
  /** Line in the body (1-based). */
  line: number;
  message: string;
}

function count(text: string, characters: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i]!)) n++;
  return n;
}

const many = (what: string, found: number, max: number) =>
  `Deze tekst heeft te veel ${what} (${found}, hoogstens ${max}). Schrijf hem eenvoudiger: gewone zinnen, korte lijsten.`;

export function tooComplex(body: string): Refusal | undefined {
  if (body.length > LIMITS.chars) {
    return { line: 1, message: `Deze tekst is te lang: ${body.length} tekens, hoogstens ${LIMITS.chars}. Maak hem korter; zet details op de website van de partner.` };
  }
  const lines = body.split('\n');
  if (lines.length > LIMITS.lines) {
    return { line: 1, message: `Deze tekst is te lang: ${lines.length} regels, hoogstens ${LIMITS.lines}. Maak hem korter.` };
  }
  const checks: [string, string, number][] = [
    ['*, _ of ~', '*_~', LIMITS.emphasis],
    ['[ of ]', '[]', LIMITS.brackets],
    ['|', '|', LIMITS.pipes],
    ['>', '>', LIMITS.quotes],
    ['<', '<', LIMITS.angles],
  ];
  for (const [what, characters, max] of checks) {
    const found = count(body, characters);
    if (found > max) return { line: 1, message: many(`tekens ${what}`, found, max) };
  }
  for (let i = 0; i < lines.length; i++) {
    if (indentOf(lines[i]!) > LIMITS.indent) {
      return { line: i + 1, message: `Deze regel begint met te veel spaties (meer dan ${LIMITS.indent}). Haal ze weg; een lijst in een lijst heeft maar twee spaties nodig.` };
    }
    if (listMarkersAtStart(lines[i]!) > LIMITS.markersOnOneLine) {
      return { line: i + 1, message: 'Op deze regel staan te veel lijsttekens na elkaar (zoals - - - of 1. 1. 1.). Zet elk punt van een lijst op een eigen regel.' };
    }
  }
  return undefined;
}

/** How many list markers ("-", "*", "+", "1." or "1)" followed by a space) a line starts with. */
function listMarkersAtStart(line: string): number {
  let markers = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t' || line[i] === '>') i++;
    const c = line[i];
    let next = i;
    if (c === '-' || c === '*' || c === '+') next = i + 1;
    else {
      while (next < line.length && next - i < 10 && line[next]! >= '0' && line[next]! <= '9') next++;
      if (next === i || (line[next] !== '.' && line[next] !== ')')) return markers;
      next++;
    }
    if (line[next] !== ' ' && line[next] !== '\t') return markers;
    markers++;
    i = next;
  }
}

/** Columns of white space (and quote marks) before the text of a line; a tab counts as four. */
function indentOf(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ' || c === '>') columns++;
    else if (c === '\t') columns += 4;
    else break;
  }
  return columns;
}
