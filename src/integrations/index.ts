/**
 * The site's integrations, in order, for one build session: astro.config.mjs uses them, and a test
 * can build a fixture in-process by passing its own session (tests/build/harness/in-process.ts).
 */
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { contentCheck } from './content-check.ts';
import { onePass } from './one-pass.ts';
import { liveContent } from './live-content.ts';
import { editor } from '../admin/integration.ts';
import { createBuildSession, type BuildSession } from './build-session.ts';

export function siteIntegrations(session: BuildSession = createBuildSession()): AstroIntegration[] {
  const pass = onePass(session);
  // liveContent first: in `astro dev` it notes the content files before the check reads them. The
  // editor next: a build starts bundling it in a child process before the check.
  return [liveContent(session), editor(session), contentCheck({ asyncChecks: [pass.fanCheck], session }), pass.integration, mdx()];
}
