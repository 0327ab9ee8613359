/**
 * Placeholders in the templates (`[Vul in: ...]`). A copied template is valid YAML with the right
 * keys; what the partner still has to write is marked this way, and the check names each one
 * instead of a confusing follow-up error ("[Vul in: sport] is geen geldige id").
 */
import type { Problem } from './problem.ts';

const PLACEHOLDER = /\[\s*vul\s+in\b[^\]]*\]/i;

/** The key paths in a front matter whose value still holds a placeholder. */
export function placeholderPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return PLACEHOLDER.test(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  }
  return [];
}

const quote = (text: string) => PLACEHOLDER.exec(text)?.[0] ?? text;

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

/** One error per placeholder, in the front matter and in the body (with its line). */
export function checkPlaceholders(data: unknown, body: string, source: string, bodyLine: number): Problem[] {
  const problems: Problem[] = placeholderPaths(data).map((path) => ({
    severity: 'error',
    source,
    path,
    message: `Dit is nog een invulveld uit het sjabloon: ${quote(String(valueAt(data, path)))}. Vervang het door je eigen gegevens.`,
  }));
  body.split('\n').forEach((line, index) => {
    if (PLACEHOLDER.test(line)) {
      problems.push({
        severity: 'error', source, path: [], line: bodyLine + index,
        message: `Dit is nog een invulveld uit het sjabloon: ${quote(line)}. Vervang het door je eigen tekst.`,
      });
    }
  });
  return problems;
}

/** True when `path` is a placeholder's path or lies inside one: that problem follows from the placeholder. */
export function isUnderPlaceholder(path: readonly (string | number)[], placeholders: readonly (string | number)[][]): boolean {
  return placeholders.some((p) => p.length > 0 && p.length <= path.length && p.every((part, i) => String(part) === String(path[i])));
}
