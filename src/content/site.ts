/**
 * The checked site model of this build, for pages and routes. It comes from the build's virtual
 * module (src/integrations/site-module.ts), which the integration fills once per build: nothing
 * here reads the content folder or the environment.
 */
import { config, problems, site, specs } from 'virtual:vrijetijdswaaier/build';
import { useCacheRoot } from '../cache/disk-cache.ts';
import { useDeckSpecs } from '../fan/deck.ts';
import type { Site } from '../model/types.ts';
import { contentError } from './content-error.ts';

// Pages and routes are bundled apart from the integration: they get the build's cache folder from
// the module too, so that a route reads what the workers drew instead of drawing it again.
useCacheRoot(config.cacheDir);
// The check's card specs for this same site object: not computed again for the PDF routes.
if (site && specs) useDeckSpecs(site, specs);

export function getSite(): Site {
  if (site) return site;
  // A build stops at the content check with the same messages; `npm run dev` keeps serving and
  // shows them in the browser's error overlay until the file is fixed (content-error.ts).
  throw contentError(problems);
}
