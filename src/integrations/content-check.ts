/**
 * Runs the same check as `npm run check` before Astro reads any content: a build never publishes
 * content the check rejects, and stops with the same plain-Dutch messages (no stack trace).
 */
import type { AstroIntegration } from 'astro';
import { checkContentFully, formatProblem, type AsyncCheck, type CheckOptions } from '../source/read-content.ts';
import { formatReport } from '../source/report.ts';
import { describeFailure } from '../source/failure.ts';
import type { BuildSession } from './build-session.ts';

/** `extraChecks`: rules owned by other parts (the printed fan's "text does not fit") that stop the build the same way. */
/** `session`: the build's session (one-pass.ts), which keeps the result for the pages, routes and workers. */
export function contentCheck(options: Pick<CheckOptions, 'extraChecks'> & { asyncChecks?: readonly AsyncCheck[]; session?: BuildSession } = {}): AstroIntegration {
  return {
    name: 'vrijetijdswaaier:content-check',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command !== 'build' && command !== 'dev') return;
        let result: Awaited<ReturnType<typeof checkContentFully>>;
        try {
          result = options.session ? await options.session.check(options) : await checkContentFully(undefined, options);
        } catch (error) {
          // A bad setting (BUILD_DATE) or a bug in a rule: the same Dutch line as npm run check.
          logger.error(describeFailure(error));
          logger.error('Er is niets gepubliceerd.');
          if (command === 'build') process.exit(1);
          return;
        }
        for (const p of result.problems) {
          if (p.severity === 'error') logger.error(formatProblem(p));
          else logger.warn(formatProblem(p));
        }
        if (result.failed) {
          const count = result.problems.filter((p) => p.severity === 'error').length;
          logger.error(`${count} ${count === 1 ? 'fout' : 'fouten'} in de inhoud. Verbeter ze en probeer opnieuw; er is niets gepubliceerd.`);
          if (command === 'build') process.exit(1);
          return;
        }
        for (const line of formatReport(result.site!, result.contentDir)) logger.info(line);
      },
    },
  };
}
