/**
 * Splits a partner's file into YAML front matter and body, and parses the YAML with source
 * positions so that every problem can name its line. Never throws for bad input.
 */
import { locateYamlMistake } from './yaml-mistakes.ts';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type YAMLError } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** Finds the line of a key path; falls back to the nearest parent that exists. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** YAML problems, in Dutch, with their lines. */
  errors: { line: number; key?: string; message: string }[];
}

/** BOM and CRLF are accepted everywhere: partners' editors differ. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontMatter(text: string): { yaml: string; body: string; yamlLine: number; bodyLine: number } | undefined {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  if (lines[start]?.trimEnd() !== '---') return undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      return {
        yaml: lines.slice(start + 1, i).join('\n'),
        body: lines.slice(i + 1).join('\n'),
        yamlLine: start + 2,
        bodyLine: i + 2,
      };
    }
  }
  return undefined;
}

export function parseYaml(yaml: string, firstLine: number): Omit<ParsedFile, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors: ParsedFile['errors'] = [];
  for (const e of doc.errors) {
    // Indentation mistakes and unclosed brackets are named on the line the partner has to change.
    const mistake = locateYamlMistake(yaml, lineCounter.linePos(e.pos[0]).line - 1, e.code);
    const found = mistake
      ? { line: mistake.line + firstLine, message: mistake.message, key: undefined }
      : { line: toLine(e.pos[0]), message: yamlMessage(e, yaml), key: duplicateKey(e, yaml) };
    if (!errors.some((x) => x.line === found.line && x.message === found.message)) errors.push(found);
  }
  // A duplicate key is the one YAML error after which the rest can still be checked.
  const onlyDuplicates = doc.errors.every((e) => e.code === 'DUPLICATE_KEY');
  let data: unknown;
  if (onlyDuplicates) {
    try {
      const readable = doc.errors.length === 0 ? doc : parseDocument(yaml, { uniqueKeys: false });
      data = readable.toJS({ maxAliasCount: 100 });
    } catch {
      errors.push({ line: firstLine, message: 'De YAML kan niet gelezen worden. Kijk na of elke sleutel één keer voorkomt en of er geen & of * in staat.', key: undefined });
    }
  }
  return { data, errors, lineOf: (path) => lineOfPath(doc, path, toLine) };
}

function duplicateKey(e: YAMLError, yaml: string): string | undefined {
  if (e.code !== 'DUPLICATE_KEY') return undefined;
  return /^\s*([^:\n]+?)\s*:/.exec(yaml.slice(e.pos[0]))?.[1];
}

function yamlMessage(e: YAMLError, yaml: string): string {
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const key = duplicateKey(e, yaml);
      return `De sleutel ${key ?? ''} staat twee keer in dit bestand. Laat er één weg, of voeg de twee samen.`.replace('  ', ' ');
    }
    case 'TAB_AS_INDENT':
      return 'Hier staat een tab. Spring in met spaties, niet met tabs.';
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'De inspringing klopt niet, of er ontbreekt een dubbele punt. Kijk na of elke regel "sleutel: waarde" is en of de spaties vooraan kloppen.';
    case 'MISSING_CHAR':
      return 'Er ontbreekt een teken, vaak een aanhalingsteken of een haakje dat niet gesloten is. Kijk na of elk " en [ ook gesloten wordt.';
    case 'BAD_SCALAR_START':
      return 'Deze waarde begint met een teken dat niet mag (zoals @, ` of %). Zet de waarde tussen aanhalingstekens.';
    default:
      return 'Deze regel is geen geldige YAML. Kijk na of elke regel "sleutel: waarde" is, met een spatie na de dubbele punt. Zet tekst met een : of # tussen aanhalingstekens.';
  }
}

function lineOfPath(doc: Document, path: readonly (string | number)[], toLine: (offset: number) => number): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, Math.max(0, depth - 1));
    const key = depth > 0 ? path[depth - 1] : undefined;
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (key === undefined) {
      const range = (doc.contents as { range?: [number, number, number] } | null)?.range;
      return range ? toLine(range[0]) : undefined;
    }
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return toLine(range[0]);
    } else if (parent && typeof key === 'number') {
      const node = doc.getIn([...parentPath, key], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return toLine(node.range[0]);
    }
  }
  return undefined;
}
