/**
 * Where a partner's YAML mistake really is. The YAML parser notices an indentation mistake or an
 * unclosed bracket only where it stops making sense, often a line before or after the mistake
 * ("  normaal: 4,50" is blamed when the next line is indented one space too far; an unclosed [
 * is noticed at the next key). After the parser has failed, these diagnostics look at the lines
 * around its position to name the line the partner has to change. They never decide whether the
 * YAML is valid: only the parser does that.
 */

export interface YamlMistake {
  /** 0-based line inside the YAML text. */
  line: number;
  message: string;
}

const CLOSER = { '[': ']', '{': '}' } as const;
const EXAMPLE = { '[': '[kinderen, jongeren]', '{': '{ van: 6, tot: 12 }' } as const;

/** Strips a comment and the contents of quoted text, so brackets inside quotes are not counted. */
function code(line: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) {
        quote = undefined;
        out += ch;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    if (ch === '"' || ch === "'") quote = ch;
    out += ch;
  }
  return quote ? `${out}\u0000` : out; // \u0000 marks a quote left open
}

/** The value part after "key:" or "- ", or undefined for a line without one. */
function valueOf(text: string): string | undefined {
  const item = /^\s*-\s+(.*)$/.exec(text);
  const rest = item ? item[1]! : text;
  const pair = /^\s*[^\s:"'[{][^:]*:(?:\s+(.*))?$/.exec(rest);
  if (pair) return pair[1] ?? '';
  return item ? rest : undefined;
}

/** A line that opens a flow list/map or a quote and does not close it on the same line. */
function unclosedOnLine(line: string): YamlMistake['message'] | undefined {
  const stripped = code(line);
  const value = valueOf(stripped)?.trim();
  if (value === undefined || value === '') return undefined;
  if (stripped.endsWith('\u0000') && /^["']/.test(value)) {
    const q = value[0]!;
    return `Hier begint een tekst met ${q} die niet gesloten wordt. Zet ook een ${q} aan het einde van de tekst.`;
  }
  const opener = value[0];
  if (opener !== '[' && opener !== '{') return undefined;
  let depth = 0;
  for (const ch of value) {
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  if (depth <= 0) return undefined;
  return `Hier staat een ${opener} die niet gesloten wordt. Zet een ${CLOSER[opener]} aan het einde, zoals ${EXAMPLE[opener]}.`;
}

const INDENT_MESSAGE =
  'Deze regel springt niet goed in. Zet hem even ver als de sleutels die erbij horen: tel de spaties vooraan, twee per niveau.';

/**
 * The first line whose indentation fits no open level: deeper than its siblings after a line that
 * does not open a block, or between two levels.
 */
function indentationMistakes(yaml: string): number[] {
  const lines = yaml.split('\n');
  const levels: number[] = [0];
  const found: number[] = [];
  let opens = false;
  let blockScalarIndent: number | undefined;
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) return;
      blockScalarIndent = undefined;
    }
    const top = levels[levels.length - 1]!;
    if (indent > top) {
      if (!opens) {
        found.push(index);
        return;
      }
      levels.push(indent);
    } else {
      while (levels.length > 1 && levels[levels.length - 1]! > indent) levels.pop();
      if (levels[levels.length - 1] !== indent) {
        found.push(index);
        levels.push(indent);
      }
    }
    const text = code(raw).trim();
    const item = /^-(\s+|$)(.*)$/.exec(text);
    const rest = item ? item[2]! : text;
    if (item && rest !== '') {
      // "- dag: woensdag": the keys of this item continue at the column after "- ".
      const inner = indent + (raw.trimStart().length - raw.trimStart().replace(/^-\s+/, '').length);
      if (/^[^\s:"'[{][^:]*:(\s|$)/.test(rest)) levels.push(inner);
    }
    const value = item && rest === '' ? '' : valueOf(text);
    opens = value === '' || (item !== null && rest === '');
    if (value !== undefined && /^[|>][-+0-9]*$/.test(value.trim())) blockScalarIndent = indent;
  });
  return found;
}

/**
 * The line and message to show for a YAML error that the parser placed at `parserLine` (0-based),
 * or undefined to keep the parser's own line and message.
 */
export function locateYamlMistake(yaml: string, parserLine: number, code: string): YamlMistake | undefined {
  const lines = yaml.split('\n');
  if (['MISSING_CHAR', 'BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'MISSING_FLOW_COLLECTION_END', 'UNEXPECTED_FLOW_END'].includes(code)) {
    for (let i = Math.min(parserLine, lines.length - 1); i >= 0; i--) {
      const message = unclosedOnLine(lines[i]!);
      if (message) return { line: i, message };
    }
  }
  // A tab at the start of a line has its own message; spaces cannot be counted then.
  const tabs = lines.some((l) => /^ *\t/.test(l));
  if (!tabs && ['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY'].includes(code)) {
    const near = indentationMistakes(yaml).find((l) => l >= parserLine - 1 && l <= parserLine + 3);
    if (near !== undefined) return { line: near, message: INDENT_MESSAGE };
  }
  return undefined;
}
