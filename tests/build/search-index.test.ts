/**
 * The search index in the built sample site: Dutch, offer pages and the free pages only, with
 * the meta, filters and keywords the search page reads.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEARCH_SITE_DIR } from '../support/search-page.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { BUILD_DATE, SITES } from '../support/sites.ts';

const site = checkContent(SITES.sample.content, { buildDate: BUILD_DATE }).site!;
const out = SEARCH_SITE_DIR;
const html = (page: string): string => readFileSync(path.join(out, page, 'index.html'), 'utf8');

function htmlPages(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(base, entry.name);
    if (entry.isDirectory()) return rel === 'pagefind' ? [] : htmlPages(dir, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

describe('the pagefind index of the sample site', () => {
  test('is written at build time, in one Dutch index', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    expect(existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind/wasm.nl.pagefind'))).toBe(true);
  });

  test('holds exactly the pages marked for search: every offer, discount scheme and free page', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    const marked = htmlPages(out).filter((file) => /<main[^>]*data-pagefind-body/.test(readFileSync(path.join(out, file), 'utf8')));
    expect(entry.languages.nl.page_count).toBe(marked.length);
    expect(marked.length).toBe(site.offers.length + site.schemes.length + site.pages.length);
  });

  test('navigation pages stay out of the index', () => {
    for (const page of ['', 'a-z', 'gratis', 'zoeken', `categorie/${site.categories[0]!.id}`, `partner/${site.partners[0]!.id}`]) {
      expect(html(page), page || 'home').not.toMatch(/data-pagefind-body/);
    }
  });

  test('an offer page carries its meta and filters in hidden, empty elements', () => {
    const page = html('aanbod/zwemmen-dilkom');
    const hidden = /<div hidden data-pagefind-ignore>(.*?)<\/div>/.exec(page)?.[1] ?? '';
    expect(hidden).toContain('data-pagefind-meta="prijs[data-value]" data-value="€\u00a04,50 per beurt · €\u00a00,90 met participatiepas');
    expect(hidden).toContain('data-pagefind-meta="samenvatting[data-value]"');
    expect(hidden).toContain('data-pagefind-meta="categorie[data-value]" data-value="Sport"');
    for (const filter of ['categorie[data-value]" data-value="Sport"', 'dag[data-value]" data-value="Zaterdag"', 'prijs[data-value]" data-value="Met korting"', 'rolstoel[data-value]" data-value="Je kan binnen"']) {
      expect(hidden).toContain(`data-pagefind-filter="${filter}`);
    }
    // Empty: the values are attributes, so nothing of this is read aloud or searched as text.
    expect(hidden.replace(/<span[^>]*><\/span>/g, '').trim()).toBe('');
  });

  test('the keywords are in the page for the index only: hidden from everyone', () => {
    const page = html('aanbod/zwemmen-dilkom');
    expect(page).toMatch(/<p hidden data-pagefind-weight="5">zwemmen, zwembad, baantjes, banen zwemmen, sporten<\/p>/);
  });
});

describe('where the index is made', () => {
  const order = (name: keyof typeof SITES): number => {
    const log = readFileSync(`${SITES[name].out}.log`, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
    const indexed = log.search(/\[zoekindex\] indexed \d+ pages/);
    const complete = log.indexOf('[build] Complete!');
    expect(indexed, name).toBeGreaterThan(0);
    expect(complete, name).toBeGreaterThan(0);
    return Math.sign(indexed - complete);
  };

  test('npm run build indexes the pages after Astro has finished (the sample site)', () => {
    expect(order('sample')).toBe(1);
    expect(existsSync(path.join(SITES.sample.out, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  test('a plain astro build indexes them itself, at its end (the other test sites)', () => {
    expect(order('basic')).toBe(-1);
    expect(existsSync(path.join(SITES.basic.out, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
