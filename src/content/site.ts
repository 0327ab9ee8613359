/** The checked site model for the pages of one build: read once per process. */
import { checkContent, formatProblem } from '../source/read-content.ts';
import type { Site } from '../model/types.ts';

let cached: Site | undefined;

export function getSite(): Site {
  if (cached) return cached;
  const result = checkContent();
  if (!result.site) {
    // The content check at build start stops earlier with the same messages; this is a safety net.
    throw new Error(`Content has errors:\n${result.problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`);
  }
  cached = result.site;
  return cached;
}
