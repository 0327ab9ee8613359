/**
 * The checked site model of this build, for pages and routes. It comes from the build's virtual
 * module (src/integrations/site-module.ts), which the integration fills once per build: nothing
 * here reads the content folder or the environment.
 */
import { problems, site } from 'virtual:vrijetijdswaaier/build';
import type { Site } from '../model/types.ts';
import { contentError } from './content-error.ts';

export function getSite(): Site {
  if (site) return site;
  // A build stops at the content check with the same messages; `npm run dev` keeps serving and
  // shows them in the browser's error overlay until the file is fixed (content-error.ts).
  throw contentError(problems);
}
