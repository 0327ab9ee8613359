/**
 * `virtual:vrijetijdswaaier/build`: the build's resolved configuration and checked site, as a Vite
 * virtual module (Starlight's pattern, integrations/vite-virtual-modules.ts). Pages and routes
 * import it through src/content/site.ts; it is generated from the session the integration filled,
 * so no page module reads the content folder or the environment itself.
 *
 * The site is embedded as one JSON string literal: parsing a string is far cheaper for the bundler
 * than an object literal of thousands of offers, and JSON.parse restores it once per build.
 * In `astro dev` a change under the content folder makes live-content.ts drop the session's result
 * and these modules (invalidateSiteModules).
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildSession } from './build-session.ts';

const BUILD_MODULE = 'virtual:vrijetijdswaaier/build';
/** The configuration alone (content folder, build date, cache folder): no check needed to load it. */
const CONFIG_MODULE = 'virtual:vrijetijdswaaier/config';
/** The partners' files as the check read them, per folder, for the content loader. */
const FILES_MODULE = 'virtual:vrijetijdswaaier/files';
const RESOLVED = `\0${BUILD_MODULE}`;
const RESOLVED_CONFIG = `\0${CONFIG_MODULE}`;
const RESOLVED_FILES = `\0${FILES_MODULE}`;
const MODULES: Record<string, string> = { [BUILD_MODULE]: RESOLVED, [CONFIG_MODULE]: RESOLVED_CONFIG, [FILES_MODULE]: RESOLVED_FILES };

function buildModuleSource(session: BuildSession): string {
  const result = session.result();
  const errors = result.problems.filter((p) => p.severity === 'error');
  return [
    `export const config = ${JSON.stringify(session.config)};`,
    `export const site = ${result.site ? `JSON.parse(${JSON.stringify(JSON.stringify(result.site))})` : 'undefined'};`,
    `export const problems = ${JSON.stringify(errors)};`,
    `export const buildId = ${JSON.stringify(session.id)};`,
    '',
  ].join('\n');
}

/** Per folder, the files the check read (id, source, data, body and its first line); nothing when the folder could not be read. */
function filesModuleSource(session: BuildSession, live = false): string {
  // astro dev: the files change while the server runs, so the loader reads them itself on every refresh.
  if (live) return 'export default undefined;\nexport const live = true;\n';
  const raw = session.result().raw;
  const folders = { aanbod: raw?.aanbod ?? [], categorieen: raw?.categorieen ?? [], partners: raw?.partners ?? [], kortingen: raw?.kortingen ?? [], paginas: raw?.paginas ?? [] };
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(folders))});\nexport const live = false;\n`;
}

/** `live`: this is `astro dev` (files change while it runs). */
export function siteModulePlugin(session: BuildSession, options: { live?: boolean } = {}): Plugin {
  return {
    name: 'vrijetijdswaaier:build-module',
    resolveId: {
      filter: { id: /^virtual:vrijetijdswaaier\/(build|config|files)$/ },
      handler: (id) => MODULES[id],
    },
    load: {
      filter: { id: /^\0virtual:vrijetijdswaaier\/(build|config|files)$/ },
      handler: (id) => {
        if (id === RESOLVED) return buildModuleSource(session);
        if (id === RESOLVED_CONFIG) return `export default ${JSON.stringify(session.config)};\n`;
        if (id === RESOLVED_FILES) return filesModuleSource(session, options.live);
        return undefined;
      },
    },
  };
}

/** `astro dev`, after a content file changed (live-content.ts): the next page loads the new site. */
export function invalidateSiteModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const id of [RESOLVED, RESOLVED_FILES]) {
      const module = environment.moduleGraph.getModuleById(id);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
  }
}
