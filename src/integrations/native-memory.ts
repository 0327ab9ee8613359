/**
 * Imported first by astro.config.mjs, for its side effect: removes the mimalloc settings that
 * `npm run build` gives the process (scripts/build.env) once the native code they are meant for
 * has read them. Astro's bundler (rolldown) and compiler load before the configuration and keep
 * returning freed memory at once (about 300 MB less at the build's peak at 1,000 offers). The
 * preview renderer (resvg, with a mimalloc of its own) loads after this module and keeps
 * mimalloc's defaults: it allocates and frees a 3 MB image for every preview, and returning each
 * at once cost about 2 s of CPU per 1,000 previews. Native code reads its environment once, when
 * it loads, so the order of imports is what matters here.
 */
export const MAIN_ONLY_ENV = ['MIMALLOC_PURGE_DELAY', 'MIMALLOC_ARENA_EAGER_COMMIT'] as const;

for (const name of MAIN_ONLY_ENV) delete process.env[name];
