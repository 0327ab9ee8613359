/**
 * `virtual:vrijetijdswaaier/build`: the build's resolved configuration and checked site, as a Vite
 * virtual module (Starlight's pattern, integrations/vite-virtual-modules.ts). Pages and routes
 * import it through src/content/site.ts; it is generated from the session the integration filled,
 * so no page module reads the content folder or the environment itself.
 *
 * Astro renders the pages in this same process, so the module hands over the checked site (and
 * the files the check read, for the content loader) by reference, under the build session's id,
 * instead of embedding them as JSON: at 1,000 offers that was a second copy of the site in memory
 * and megabytes of string for the bundler (about 70 MB less at the build's peak, measured over
 * four alternated cold builds). The site is shared read-only: nothing after the check changes it.
 * In `astro dev` a change under the content folder makes live-content.ts drop the session's result
 * and these modules (invalidateSiteModules), which then hand over the new check.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { BuildSession } from './build-session.ts';
import type { RawFile } from '../model/build-site.ts';
import type { Site } from '../model/types.ts';
import { deckSpecs } from '../fan/deck.ts';
import type { CardSpec } from '../fan/layout.ts';
import { renderBody, PIPELINE_VERSION } from '../markdown/index.ts';
import { pageSchema } from '../model/schema.ts';
import { readCollectionFiles } from '../source/read-content.ts';
import { isUsableImage } from '../source/safe-files.ts';

const BUILD_MODULE = 'virtual:vrijetijdswaaier/build';
/** The configuration alone (content folder, build date, cache folder): no check needed to load it. */
const CONFIG_MODULE = 'virtual:vrijetijdswaaier/config';
/** The partners' files as the check read them, per folder, for the content loader. */
const FILES_MODULE = 'virtual:vrijetijdswaaier/files';
/** The check's own code that the content loader and content.config.ts use (CONTENT_TOOLS). */
const TOOLS_MODULE = 'virtual:vrijetijdswaaier/content-tools';
const RESOLVED = `\0${BUILD_MODULE}`;
const RESOLVED_CONFIG = `\0${CONFIG_MODULE}`;
const RESOLVED_FILES = `\0${FILES_MODULE}`;
const RESOLVED_TOOLS = `\0${TOOLS_MODULE}`;
const MODULES: Record<string, string> = { [BUILD_MODULE]: RESOLVED, [CONFIG_MODULE]: RESOLVED_CONFIG, [FILES_MODULE]: RESOLVED_FILES, [TOOLS_MODULE]: RESOLVED_TOOLS };

/**
 * The functions the content loader (src/content/loader.ts) and content.config.ts need, handed over
 * from this process's own modules, the ones the check ran. Imported there directly, Astro's content
 * sync transformed and ran some 35 of this project's modules (the Markdown pipeline, the model,
 * the file reading) a second time through Vite in every build: about 0.3 s of a rebuild.
 */
const CONTENT_TOOLS = { renderBody, PIPELINE_VERSION, pageSchema, readCollectionFiles, isUsableImage };
type ContentTools = typeof CONTENT_TOOLS;

/**
 * What a build hands to its modules in this process: its checked site, the card specs the check
 * computed for it (QR codes, hyphenation, fitted addresses: about 0.4 s at 1,000 offers, which
 * the pages' own copy of src/fan would spend again) and the files the check read.
 */
interface Handed { site?: Site | undefined; specs?: CardSpec[] | undefined; files?: Record<string, RawFile[]>; tools?: ContentTools }
const HANDED = Symbol.for('vrijetijdswaaier.handed-to-modules');
/**
 * Builds whose data this process keeps: a build that fails after its check never drops its own;
 * the next builds push it out (tests run several builds in one process).
 */
const MAX_HANDED_BUILDS = 4;

function hand(id: string, data: Handed): void {
  const builds = ((globalThis as unknown as Record<symbol, Map<string, Handed>>)[HANDED] ??= new Map());
  builds.set(id, { ...builds.get(id), ...data });
  for (const oldest of builds.keys()) {
    if (builds.size <= MAX_HANDED_BUILDS) break;
    if (oldest !== id) builds.delete(oldest);
  }
}

/** Module code that takes what `hand` stored for build `id`, and fails loudly when this process has none. */
const handedSource = (id: string, key: keyof Handed): string => [
  `const handed = globalThis[Symbol.for(${JSON.stringify(HANDED.description)})]?.get(${JSON.stringify(id)});`,
  `if (!handed || !(${JSON.stringify(key)} in handed)) throw new Error(${JSON.stringify(`The checked content of build ${id} is not in this process: virtual:vrijetijdswaaier modules only work where the build's integration ran.`)});`,
].join('\n');

function buildModuleSource(session: BuildSession, live = false): string {
  const result = session.result();
  const errors = result.problems.filter((p) => p.severity === 'error');
  // astro dev: the pages compute the specs with their own (possibly just edited) code.
  hand(session.id, { site: result.site, specs: result.site && !live ? deckSpecs(result.site) : undefined });
  return [
    handedSource(session.id, 'site'),
    `export const config = ${JSON.stringify(session.config)};`,
    'export const site = handed.site;',
    'export const specs = handed.specs;',
    `export const problems = ${JSON.stringify(errors)};`,
    '',
  ].join('\n');
}

/** Per folder, the files the check read (id, source, data, body and its first line); nothing when the folder could not be read. */
function filesModuleSource(session: BuildSession, live = false): string {
  // astro dev: the files change while the server runs, so the loader reads them itself on every refresh.
  if (live) return 'export default undefined;\nexport const live = true;\n';
  const raw = session.result().raw;
  hand(session.id, { files: { aanbod: raw?.aanbod ?? [], categorieen: raw?.categorieen ?? [], partners: raw?.partners ?? [], kortingen: raw?.kortingen ?? [], paginas: raw?.paginas ?? [] } });
  return `${handedSource(session.id, 'files')}\nexport default handed.files;\nexport const live = false;\n`;
}

function toolsModuleSource(session: BuildSession): string {
  hand(session.id, { tools: CONTENT_TOOLS });
  return `${handedSource(session.id, 'tools')}\nexport const { ${Object.keys(CONTENT_TOOLS).join(', ')} } = handed.tools;\n`;
}

/** Drops what a finished build handed to its modules. */
export function dropHandedModules(session: BuildSession): void {
  (globalThis as unknown as Record<symbol, Map<string, Handed> | undefined>)[HANDED]?.delete(session.id);
}

/**
 * How Astro's incremental build (astro.config.mjs) should see these modules: as data, like its
 * own content modules, not as code. Astro hashes a page's code to know whether the page may be
 * reused; these modules' text names this build's session (and a temporary file), so it differs in
 * every build and no page was ever reused. The data they hand over is in the pages' own cache keys
 * (src/content/page-keys.ts). Astro's mark (src/core/build/incremental-metadata.ts); should it
 * change, pages are simply rendered every time again.
 */
const BUILD_DATA = { astroIncremental: { kind: 'content-data' } };

/** `live`: this is `astro dev` (files change while it runs). */
export function siteModulePlugin(session: BuildSession, options: { live?: boolean } = {}): Plugin {
  return {
    name: 'vrijetijdswaaier:build-module',
    resolveId: {
      filter: { id: /^virtual:vrijetijdswaaier\/(build|config|files|content-tools)$/ },
      handler: (id) => (MODULES[id] ? { id: MODULES[id], meta: BUILD_DATA } : undefined),
    },
    load: {
      filter: { id: /^\0virtual:vrijetijdswaaier\/(build|config|files|content-tools)$/ },
      handler: (id) => {
        const code = id === RESOLVED ? buildModuleSource(session, options.live)
          : id === RESOLVED_CONFIG ? `export default ${JSON.stringify(session.config)};\n`
          : id === RESOLVED_FILES ? filesModuleSource(session, options.live)
          : id === RESOLVED_TOOLS ? toolsModuleSource(session)
          : undefined;
        return code === undefined ? undefined : { code, meta: BUILD_DATA };
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
