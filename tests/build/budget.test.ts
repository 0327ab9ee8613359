/** Page budgets of the built sample site: `npm run budget` passes, and the checker catches what it should. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ROOT, SITES } from '../support/sites.ts';
import { checkBudgets, PAGE_BUDGET_BYTES } from '../../scripts/budget.ts';
import { listPages } from '../../scripts/verify-pages.ts';

describe('page budgets of the sample site', () => {
  const report = checkBudgets(SITES.sample.out);

  it('npm run budget passes and prints the heaviest pages', () => {
    const run = spawnSync('npm', ['run', '--silent', 'budget', '--', SITES.sample.out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(report.pages[0]!.url);
    expect(run.stdout).toMatch(/HTML gz/);
  });

  it('weighs every page, each within 14 KB of HTML + CSS gzipped', () => {
    expect(report.pages.length).toBe(listPages(SITES.sample.out).length);
    expect(report.pages.length).toBeGreaterThan(50);
    for (const page of report.pages) {
      expect(page.cssGzip, `${page.url} has its stylesheet counted`).toBeGreaterThan(500);
      expect(page.total, page.url).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
    expect(report.problems).toEqual([]);
  });

  it('leaves the editor at /admin/ out: it is an application for partners, not a residents\' page', () => {
    expect(existsSync(path.join(SITES.sample.out, 'admin', 'index.html'))).toBe(true);
    expect(report.pages.map((p) => p.url).filter((u) => u.startsWith('/admin/'))).toEqual([]);
  });
});

describe('the budget check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vtw-budget-'));
    const page = (body: string, head = '<link rel="stylesheet" href="/s.css">') =>
      `<!doctype html><html lang="nl-BE"><head><title>t</title>${head}</head><body>${body}</body></html>`;
    writeFileSync(path.join(dir, 's.css'), 'body{color:#000}');
    writeFileSync(path.join(dir, 'index.html'), page('<p>ok</p>'));
    const write = (folder: string, html: string) => {
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, folder, 'index.html'), html);
    };
    // Random text does not compress: 20 KB of it is over budget once gzipped.
    write('zwaar', page(`<p>${randomBytes(20_000).toString('base64')}</p>`));
    write('script', page('<script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>'));
    write('zoeken', page('<script type="module" src="/pagefind.js"></script>'));
    write('extern', page('<img src="https://cdn.example.com/a.webp" width="1" height="1" alt="">', '<link rel="stylesheet" href="https://fonts.example.com/f.css">'));
    write('foto', page('<img src="/a.jpg" alt="">'));
    write('font', page('<p>x</p>', '<style>@font-face{font-family:x;src:url(/x.woff2)}</style>'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each page that breaks a rule, and only those', () => {
    const problems = checkBudgets(dir).problems.join('\n');
    expect(problems).toMatch(/^\/zwaar\/: HTML \+ CSS is .* more than 14\.0 KB$/m);
    expect(problems).toMatch(/^\/script\/: loads or runs JavaScript$/m);
    expect(problems).not.toMatch(/^\/zoeken\//m);
    expect(problems).toMatch(/^\/extern\/: <img> loads https:\/\/cdn\.example\.com\/a\.webp from another origin$/m);
    expect(problems).toMatch(/^\/extern\/: <link> loads https:\/\/fonts\.example\.com\/f\.css from another origin$/m);
    expect(problems).toMatch(/^\/foto\/: image \/a\.jpg has no width and height/m);
    expect(problems).toMatch(/^\/foto\/: image \/a\.jpg is not AVIF, WebP or SVG/m);
    expect(problems).toMatch(/^\/font\/: inline style 1 declares a web font/m);
    expect(problems).not.toMatch(/^\/: /m);
  });

  it('makes npm run budget fail', () => {
    const run = spawnSync('npm', ['run', '--silent', 'budget', '--', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/zwaar/');
  });
});
