/** A problem in the partners' content, before it is tied to a line in a file. */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file relative to the content folder, e.g. "aanbod/zwemmen.md". */
  source: string;
  /** Key path inside the front matter, e.g. ["prijs", "normaal"]; empty for the file as a whole. */
  path: (string | number)[];
  /** Plain Dutch: what is wrong and how to fix it. */
  message: string;
  /** A line in the file when the problem is not in the front matter (for example in the body). */
  line?: number;
}

/** "prijs.kortingen[0].prijs": how a key path is shown to partners. */
export function formatKeyPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
