// @ts-check
// First: ends the start-up memory settings of `npm run build` before the preview renderer loads.
import './src/integrations/native-memory.ts';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteIntegrations } from './src/integrations/index.ts';
import { isWebUrl } from './src/model/contact.ts';
import { basePath } from './src/routes.ts';
import { baseLinks } from './src/routes-markdown.ts';
import { cspConfig } from './src/security/csp.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
/** The public base URL comes from the content (site.yaml), never from the code. */
function siteUrl() {
  try {
    const url = parse(readFileSync(`${contentDir}/site.yaml`, 'utf8').replace(/^\uFEFF/, ''))?.url;
    // A bad url is reported by the content check in Dutch; Astro would stop with an English error first.
    return typeof url === 'string' && isWebUrl(url) ? url.trim() : undefined;
  } catch {
    return undefined; // the content check reports a missing or broken site.yaml in Dutch
  }
}

const site = siteUrl();
/** The path of `url` (a GitHub Pages project site: https://owner.github.io/waaier/ -> /waaier/). */
function base() {
  try {
    return site ? basePath(site) : '/';
  } catch {
    return '/'; // not a URL: the content check says so in Dutch
  }
}

const basePathOfSite = base();

/**
 * Astro's cache folder, one per content folder: its record of the rendered offer pages (and its
 * copies of them) belongs to one site, so two sites built from one repository, even at the same
 * time, never reuse each other's pages (src/integrations/reusable-pages.ts).
 */
const astroCacheDir = `node_modules/.astro/${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}/`;

export default defineConfig({
  site,
  base: basePathOfSite,
  // Links to the site's own pages in free pages (`/a-z/`) follow the base path too.
  markdown: { processor: satteri({ mdastPlugins: [baseLinks(basePathOfSite)] }) },
  output: 'static',
  cacheDir: astroCacheDir,
  // Tests and the benchmark build into their own folders; the default stays dist/.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // The output folder is kept between builds: writing over the last build's files is much
  // cheaper than emptying the folder and creating them again. What the last build wrote and this
  // one did not is removed at the end (src/integrations/stale-outputs.ts).
  vite: { build: { emptyOutDir: false } },
  // An offer page whose data and code did not change since the last build is not rendered again
  // (src/content/page-keys.ts): a rebuild after one changed offer renders one offer page.
  experimental: { incrementalBuild: true },
  // Content Security Policy on every page (src/security/csp.ts); not active in `astro dev`.
  security: { csp: cspConfig },
  // One session per build: the content read and checked once, one worker pool (src/integrations).
  integrations: siteIntegrations(),
});
