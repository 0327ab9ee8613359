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
import { staleOutputs } from './stale-outputs.ts';
import { searchIndex } from './pagefind.ts';

export function siteIntegrations(session: BuildSession = createBuildSession()): AstroIntegration[] {
  const pass = onePass(session);
  const admin = editor(session);
  // liveContent first: in `astro dev` it notes the content files before the check reads them. The
  // editor's bundle next (a child process bundles it while the content is checked), and the deck
  // worker starts loading (one-pass.ts); at the end, the last build's left-overs go, and then the
  // search index reads the pages (or is handed over).
  return [liveContent(session), admin.start, pass.start, contentCheck({ asyncChecks: [pass.fanCheck], session }), pass.integration, mdx(), admin.write, staleOutputs(), searchIndex(session)];
}
