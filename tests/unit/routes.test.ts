import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basePath, routesFor, withBase } from '../../src/routes.ts';
import { processBody } from '../../src/markdown/index.ts';

describe('routes', () => {
  it('takes the base path from the url, with or without a trailing slash', () => {
    expect(basePath('https://waaier.example.be')).toBe('/');
    expect(basePath('https://example.github.io/waaier/')).toBe('/waaier/');
    expect(basePath('https://example.github.io/waaier')).toBe('/waaier/');
    expect(basePath('https://example.github.io/regio/ternat/')).toBe('/regio/ternat/');
  });

  it('keeps a site at the root exactly as before', () => {
    const r = routesFor({ url: 'https://waaier.example.be' });
    expect(r.offer('zwemmen')).toBe('/aanbod/zwemmen/');
    expect(r.home()).toBe('/');
    expect(r.cardPdf('zwemmen')).toBe('/kaart/zwemmen.pdf');
    expect(r.offerUrl('zwemmen')).toBe('https://waaier.example.be/aanbod/zwemmen/');
    expect(r.homeUrl).toBe('https://waaier.example.be/');
  });

  it('puts every path of a project site under its path', () => {
    const r = routesFor({ url: 'https://example.github.io/waaier' });
    const paths = [
      r.home(), r.offer('a'), r.category('a'), r.partner('a'), r.scheme('a'), r.page('a'), r.az(), r.free(), r.search(),
      r.fanPdf(), r.printShopPdf(), r.cardPdf('a'), r.offerPreview('a'), r.sitePreview(), r.openDataJson(), r.openDataCsv(),
      r.sitemap(), r.robots(), r.favicon(), r.pagefind(),
    ];
    for (const p of paths) expect(p.startsWith('/waaier/'), p).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
    expect(r.absolute(r.offer('a'))).toBe('https://example.github.io/waaier/aanbod/a/');
    expect(r.offerUrl('a')).toBe('https://example.github.io/waaier/aanbod/a/');
    expect(r.homeUrl).toBe('https://example.github.io/waaier/');
  });

  it('makes a partner’s site-relative link base-aware and leaves other links alone', () => {
    expect(withBase('/waaier/', '/a-z/')).toBe('/waaier/a-z/');
    expect(withBase('/waaier/', '/')).toBe('/waaier/');
    expect(withBase('/waaier/', '/waaier/a-z/')).toBe('/waaier/a-z/');
    expect(withBase('/waaier/', 'https://example.be/')).toBe('https://example.be/');
    expect(withBase('/waaier/', '//example.be/')).toBe('//example.be/');
    expect(withBase('/waaier/', '#kop')).toBe('#kop');
    expect(withBase('/waaier/', 'mailto:a@example.be')).toBe('mailto:a@example.be');
    expect(withBase('/', '/a-z/')).toBe('/a-z/');
  });
});

describe('pages and components', () => {
  it('take every site address from src/routes.ts, never a hand-written root path', () => {
    const root = new URL('../../src/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(10);
    // href="/…", src={`/…`}, action='/…', image="/…": a root path written by hand misses the base path.
    const handWritten = /\b(?:href|src|action|image)=(?:"\/|'\/|\{`\/|\{'\/|\{"\/)/;
    const found = files.flatMap((file) =>
      readFileSync(new URL(file, root), 'utf8').split('\n').flatMap((line, i) => (handWritten.test(line) ? [`src/${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});

describe('partner bodies on a site under a path', () => {
  it('link to the site’s own pages under the path, and leave other links alone', () => {
    const body = 'Zie [A tot Z](/a-z/), [de waaier][w], [de gemeente](https://www.example.be/) of [boven](#kop).\n\n[w]: /waaier.pdf\n';
    const { html } = processBody(body, 'paginas/hulp.md', 5, { base: '/waaier/' });
    expect(html).toContain('href="/waaier/a-z/"');
    expect(html).toContain('href="/waaier/waaier.pdf"');
    expect(html).toContain('href="https://www.example.be/"');
    expect(html).toContain('href="#kop"');
    expect(processBody(body, 'paginas/hulp.md', 5, { base: '/' }).html).toContain('href="/a-z/"');
  });
});
