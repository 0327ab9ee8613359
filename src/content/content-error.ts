/**
 * The error a page shows while the content has a mistake (`npm run dev`): the check's own Dutch
 * lines (file, line, key, what to fix), pointing Astro's error overlay at the first wrong file.
 * No stack trace: the mistake is in a partner's file, not in the code.
 */
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { formatProblem, type LocatedProblem } from '../source/read-content.ts';

export function contentError(problems: readonly LocatedProblem[]): Error {
  const errors = problems.filter((p) => p.severity === 'error');
  const count = errors.length === 1 ? '1 fout' : `${errors.length} fouten`;
  const error = new AstroError(
    `De inhoud heeft ${count}:\n${errors.map(formatProblem).join('\n')}`,
    'Verbeter het bestand en bewaar het. Deze pagina laadt dan vanzelf opnieuw.',
  );
  error.name = 'Fout in de inhoud';
  Object.assign(error, { title: 'Een bestand in de inhoud moet je verbeteren.' });
  const first = errors[0];
  if (first) Object.assign(error, { loc: { file: path.resolve(first.file), line: first.line, column: 1 } });
  error.stack = '';
  return error;
}
