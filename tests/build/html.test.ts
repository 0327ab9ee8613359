/** Valid, accessible HTML on every page (html-validate) and no broken internal link or anchor. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SITES } from '../support/sites.ts';
import { validateHtml, checkLinks } from '../../scripts/verify-html.ts';

const list = (problems: { url: string; message: string }[]) => problems.map((p) => `${p.url}  ${p.message}`);

describe.each(Object.keys(SITES) as (keyof typeof SITES)[])('the %s site', (name) => {
  const dir = SITES[name].out;

  it('passes html-validate on every page', async () => {
    expect(list(await validateHtml(dir))).toEqual([]);
  });

  it('has no internal link or #anchor that goes nowhere', () => {
    expect(list(checkLinks(dir))).toEqual([]);
  });
});

describe('the link check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vtw-links-'));
    const page = (body: string) => `<!doctype html><html lang="nl-BE"><head><title>t</title></head><body>${body}</body></html>`;
    writeFileSync(path.join(dir, 'index.html'), page(
      '<h1 id="top">x</h1><a href="/a/">ok</a> <a href="/a/#deel">ok</a> <a href="#top">ok</a> <a href="mailto:a@b.be">ok</a> ' +
      '<a href="https://example.org/">ok</a> <a href="/weg/">broken</a> <a href="/a/#nergens">broken</a> <a href="/a">no slash</a> <a href="/waaier.pdf">pdf</a>',
    ));
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'a', 'index.html'), page('<h2 id="deel">deel</h2>'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports missing pages, files and anchors, and nothing else', () => {
    expect(list(checkLinks(dir))).toEqual([
      '/  <a> /weg/: nothing in the build answers this address',
      '/  <a> /a/#nergens: no element with id "nergens" on that page',
      '/  <a> /a: a page address must end with "/" (trailingSlash: always)',
      '/  <a> /waaier.pdf: nothing in the build answers this address',
    ]);
  });
});

describe('the html-validate configuration', () => {
  it('gives a reason for every rule it changes', async () => {
    const { readFileSync } = await import('node:fs');
    const { RULE_REASONS } = await import('../../scripts/verify-html.ts');
    const config = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as { rules: Record<string, unknown> };
    expect(Object.keys(config.rules).sort()).toEqual(Object.keys(RULE_REASONS).sort());
  });
});
