/**
 * The baseline: the least an Astro site can do with the same Markdown. A minimal project in a
 * temporary folder (same Astro, through a symlink to this repository's node_modules) whose glob
 * loader reads the same aanbod/ folder, with one plain page per offer rendering its Markdown and
 * an index page linking to them. No validation, no layout, no search, no PDFs, no images.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'vrijetijdswaaier-bench-bare', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://vrijetijdswaaier.example.be',
  output: 'static',
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentDir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  aanbod: defineCollection({ loader: glob({ pattern: '[^_]*.md', base: \`\${contentDir}/aanbod\` }) }),
};
`,
  'src/pages/aanbod/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const offers = await getCollection('aanbod');
  return offers.map((offer) => ({ params: { id: offer.id }, props: { offer } }));
}

const { offer } = Astro.props;
const { Content } = await render(offer);
---
<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>{offer.data.titel}</title></head>
  <body>
    <main>
      <h1>{offer.data.titel}</h1>
      <p>{offer.data.samenvatting}</p>
      <Content />
    </main>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const offers = await getCollection('aanbod');
---
<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Aanbod</title></head>
  <body>
    <main>
      <h1>Aanbod</h1>
      <ul>{offers.map((o) => <li><a href={\`/aanbod/\${o.id}/\`}>{o.data.titel}</a></li>)}</ul>
    </main>
  </body>
</html>
`,
};

/** Writes the baseline project into `dir` and returns its path. */
export function writeBareProject(dir: string, repoRoot: string): string {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  linkNodeModules(dir, repoRoot);
  return dir;
}

/**
 * Gives `dir` a node_modules folder whose entries link to the repository's packages. Linking the
 * entries rather than the folder keeps the caches Vite and Astro write there (.vite, .astro) local,
 * so benchmark builds neither reuse nor disturb the caches of builds in the repository. Build
 * output under `dir` also needs it: Astro's prerender chunks import packages from where they lie.
 */
export function linkNodeModules(dir: string, repoRoot: string): void {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const source = path.join(repoRoot, 'node_modules');
  for (const name of readdirSync(source)) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    const link = path.join(modules, name);
    if (!existsSync(link)) symlinkSync(path.join(source, name), link, 'dir');
  }
}
