/**
 * The build's virtual modules (src/integrations/site-module.ts) hand the checked site and the files
 * the check read to pages and the content loader by reference, in this process, under the build's id.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { dropHandedModules, siteModulePlugin } from '../../src/integrations/site-module.ts';
import type { BuildSession } from '../../src/integrations/build-session.ts';
import { ROOT, BUILD_DATE } from '../support/sites.ts';

const result = checkContent(path.join(ROOT, 'tests/fixtures/basic'), { buildDate: BUILD_DATE });
const session = (id: string) => ({
  id, config: { contentDir: 'x', buildDate: BUILD_DATE, cacheDir: 'y' }, result: () => result,
}) as unknown as BuildSession;

/** The module's code as Vite would get it from the plugin, then run as a real module. */
async function load(s: BuildSession, which: 'build' | 'files'): Promise<Record<string, unknown>> {
  const plugin = siteModulePlugin(s) as unknown as { load: { handler: (id: string) => { code: string } } };
  const source = plugin.load.handler(`\0virtual:vrijetijdswaaier/${which}`).code;
  return import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}#${Math.random()}`) as Promise<Record<string, unknown>>;
}

describe('the build modules', () => {
  it('give pages the check\'s own site and the loader the files it read, not copies', async () => {
    const s = session('build-a');
    const build = await load(s, 'build');
    expect(build['site']).toBe(result.site);
    expect(build['problems']).toEqual([]);
    const files = await load(s, 'files');
    expect((files['default'] as Record<string, unknown>)['aanbod']).toBe(result.raw!.aanbod);
    dropHandedModules(s);
  });

  it('fail loudly where the build did not run, or once the build is done', async () => {
    const s = session('build-b');
    const plugin = siteModulePlugin(s) as unknown as { load: { handler: (id: string) => { code: string } } };
    const source = plugin.load.handler('\0virtual:vrijetijdswaaier/build').code;
    dropHandedModules(s);
    await expect(import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`)).rejects.toThrow('The checked content of build build-b is not in this process');
  });

  it('keep the last four builds of a process only (a build that fails after its check never drops its own)', async () => {
    const sources = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => (siteModulePlugin(session(id)) as unknown as { load: { handler: (id: string) => { code: string } } }).load.handler('\0virtual:vrijetijdswaaier/build').code);
    const loaded = await Promise.allSettled(sources.map((source) => import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`)));
    expect(loaded.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    for (const id of ['b3', 'b4', 'b5', 'b6']) dropHandedModules(session(id));
  });
});
