/**
 * GitHub workflow commands, so each problem shows up on the changed line of a pull request.
 * Escaping follows GitHub's runner (toolkit/core command.ts): data escapes %, CR and LF;
 * property values also escape : and , because those separate the properties.
 */
import type { LocatedProblem } from './read-content.ts';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=content/aanbod/x.md,line=7,title=prijs.normaal::"vier euro" is geen bedrag. ...` */
export function formatAnnotation(p: LocatedProblem): string {
  const properties = [`file=${escapeProperty(p.file)}`];
  if (p.line) properties.push(`line=${p.line}`);
  properties.push(`title=${escapeProperty(p.key || (p.severity === 'error' ? 'Fout in de inhoud' : 'Let op'))}`);
  return `::${p.severity} ${properties.join(',')}::${escapeData(p.message)}`;
}
