/**
 * The checked site model of this build, for pages and routes. It comes from the build's virtual
 * module (src/integrations/site-module.ts), which the integration fills once per build: nothing
 * here reads the content folder or the environment.
 */
import { problems, site } from 'virtual:vrijetijdswaaier/build';
import type { Site } from '../model/types.ts';
import { formatProblem } from '../source/read-content.ts';

export function getSite(): Site {
  if (site) return site;
  // The content check at build start stops earlier with the same messages; this is a safety net.
  throw new Error(`Content has errors:\n${problems.map(formatProblem).join('\n')}`);
}
