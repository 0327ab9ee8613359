/**
 * `npm run check`: checks everything in the content folder and lists every problem, one line
 * each, in plain Dutch. Exit status 1 when there is an error, so a pull request cannot be merged.
 *   --per-partner   per partner, the offers to check again (stale now or within a month)
 * Environment: CONTENT_DIR (content folder), BUILD_DATE (YYYY-MM-DD), GITHUB_ACTIONS=true (annotations).
 */
import { buildDate, checkContentFully, contentDirectory, formatProblem, type CheckResult } from '../src/source/read-content.ts';
import { parallelFanProblems } from '../src/workers/parallel-layout.ts';
import { formatAnnotation } from '../src/source/annotations.ts';
import { formatToDo } from '../src/source/to-do-report.ts';
import { describeFailure } from '../src/source/failure.ts';
import { editionCheck } from '../src/referrer/edition-check.ts';
import { readCommandLine } from './lib/args.ts';

const { values } = readCommandLine({
  usage: 'npm run check [-- --per-partner]',
  language: 'nl',
  options: {
    'per-partner': { type: 'boolean', default: false, description: 'per partner het aanbod dat (bijna) opnieuw nagekeken moet worden' },
  },
});

let today: string;
let result: CheckResult;
try {
  today = buildDate();
  // The printed fan's "text does not fit" is checked here too, so partners see it before the build.
  result = await checkContentFully(contentDirectory(), { buildDate: today, asyncChecks: [parallelFanProblems()], extraChecks: [editionCheck(contentDirectory())] });
} catch (error) {
  // A bad setting (BUILD_DATE) or a bug: one Dutch line, no stack trace.
  console.error(describeFailure(error));
  process.exit(2);
}
if (values['per-partner']) {
  for (const line of formatToDo(result)) console.log(line);
} else {
  printProblems(result);
}
if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const p of result.problems) console.log(formatAnnotation(p));
}
process.exit(result.failed ? 1 : 0);

function printProblems(r: CheckResult): void {
  const errors = r.problems.filter((p) => p.severity === 'error');
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0) {
    console.log(`Fouten (${errors.length}): verbeter ze, anders wordt niets gepubliceerd.`);
    for (const p of errors) console.log(formatProblem(p));
    console.log('');
  }
  if (warnings.length > 0) {
    console.log(`Waarschuwingen (${warnings.length}): de site wordt wel gemaakt, maar kijk ze na.`);
    for (const p of warnings) console.log(formatProblem(p));
    console.log('');
  }
  console.log(summary(errors.length, warnings.length, r));
}

function summary(errors: number, warnings: number, r: CheckResult): string {
  const e = `${errors} ${errors === 1 ? 'fout' : 'fouten'}`;
  const w = `${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
  if (errors > 0) return `${e} en ${w}. Verbeter de fouten en voer npm run check opnieuw uit.`;
  const offers = r.site?.offers.length ?? 0;
  return `Geen fouten, ${w}. ${offers} ${offers === 1 ? 'activiteit' : 'activiteiten'} klaar voor de site.`;
}
