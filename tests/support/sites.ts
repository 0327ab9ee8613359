/** The sites the build and browser tests build once and then read: where their content and output live. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DATE = '2026-11-26';

/** The address of the project-site fixture: a GitHub Pages site under a path. */
export const SUBPATH_URL = 'https://example.github.io/waaier/';

export interface TestSite {
  content: string;
  out: string;
  /** Writes the content folder before the build, for sites derived from another fixture. */
  prepare?: () => void;
}

const subpathContent = path.join(ROOT, 'tests/.output/subpath-content');

export const SITES = {
  /** The shipped sample content (content/). */
  sample: { content: path.join(ROOT, 'content'), out: path.join(ROOT, 'tests/.output/sample') },
  /** A small fixture with edge cases: expired, stale and off-fan offers, every price notation. */
  basic: { content: path.join(ROOT, 'tests/fixtures/basic'), out: path.join(ROOT, 'tests/.output/basic') },
  /** Content format 1.1: a refund, a one-day event, a weekday slot, per persoon, a scheme with aanvragen, a page about swimming. */
  v11: { content: path.join(ROOT, 'tests/fixtures/v11'), out: path.join(ROOT, 'tests/.output/v11') },
  /**
   * The basic fixture published as a GitHub Pages project site (its url has a path), with a free
   * page in Markdown and one in MDX that link to the site's own pages without the path.
   */
  subpath: {
    content: subpathContent,
    out: path.join(ROOT, 'tests/.output/subpath'),
    prepare: () => {
      rmSync(subpathContent, { recursive: true, force: true });
      cpSync(path.join(ROOT, 'tests/fixtures/basic'), subpathContent, { recursive: true });
      const siteYaml = path.join(subpathContent, 'site.yaml');
      writeFileSync(siteYaml, readFileSync(siteYaml, 'utf8').replace(/^url: .*$/m, `url: ${SUBPATH_URL}`));
      // Links to the site's own pages as partners and maintainers write them: without the path.
      const page = (title: string, body: string) => `---\ntitel: ${title}\n---\n${body}\n`;
      const links = 'Kijk in [alles van A tot Z](/a-z/), bij [gratis aanbod](/gratis/#inhoud) of op de [startpagina](/). Print de [hele waaier](/waaier.pdf).';
      writeFileSync(path.join(subpathContent, 'paginas/hulp.md'), page('Hulp bij de site', links));
      writeFileSync(path.join(subpathContent, 'paginas/doorverwijzers.mdx'), page('Voor doorverwijzers', links));
    },
  },
} as const satisfies Record<string, TestSite>;
