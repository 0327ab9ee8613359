/**
 * Page budgets for residents on old phones and prepaid data (`npm run budget [dir]`, default dist/):
 * - every page's HTML plus its CSS, each gzip-compressed as a server sends it, at most 14 KB
 *   (the first TCP round trip);
 * - no JavaScript on any page except the search page;
 * - no web fonts;
 * - nothing loaded from another origin (scripts, styles, images, fonts, frames, CSS url()s);
 * - images only with width and height, in a modern format (AVIF, WebP or SVG, as astro:assets makes them).
 * Prints a table of the heaviest pages; exits with 1 when a page breaks a budget.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { listPages, readTags, fileForUrl, type Tag } from './verify-pages.ts';
import { readCommandLine } from './lib/args.ts';

export const PAGE_BUDGET_BYTES = 14 * 1024;
/** The pages allowed to load a script: search (degrades to the A-Z list) and /op-maat/ (to PDFs per category). */
export const SCRIPT_PAGES = new Set(['/zoeken/', '/op-maat/']);
const MODERN_IMAGE = /\.(avif|webp|svg)(\?|#|$)/i;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
/** Script types that are data, not code. */
const DATA_SCRIPT = new Set(['application/ld+json', 'application/json']);

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  total: number;
  stylesheets: string[];
}
export interface BudgetReport {
  pages: PageWeight[];
  /** One sentence per broken rule, naming the page. */
  problems: string[];
}

const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export function checkBudgets(dir: string): BudgetReport {
  const problems: string[] = [];
  const pages: PageWeight[] = [];
  const cssCache = new Map<string, number>();
  for (const page of listPages(dir)) {
    const html = readFileSync(page.file, 'utf8');
    const tags = readTags(html);
    const say = (message: string) => problems.push(`${page.url}: ${message}`);

    const stylesheets = tags.filter((t) => t.name === 'link' && relOf(t).includes('stylesheet')).map((t) => t.attrs['href'] ?? '');
    let cssGzip = 0;
    for (const href of stylesheets) {
      if (isOtherOrigin(href)) continue; // reported below
      const file = fileForUrl(dir, new URL(href, `http://site${page.url}`).pathname);
      if (!file) {
        say(`stylesheet ${href} is not in the build`);
        continue;
      }
      if (!cssCache.has(file)) {
        const css = readFileSync(file, 'utf8');
        cssCache.set(file, gzipSize(css));
        checkCss(css, path.relative(dir, file), (m) => say(m));
      }
      cssGzip += cssCache.get(file)!;
    }
    for (const [i, style] of [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].entries()) {
      checkCss(style[1] ?? '', `inline style ${i + 1}`, say);
    }
    const htmlGzip = gzipSize(html);
    const total = htmlGzip + cssGzip;
    pages.push({ url: page.url, htmlGzip, cssGzip, total, stylesheets });
    if (total > PAGE_BUDGET_BYTES) say(`HTML + CSS is ${kb(total)} gzip, more than ${kb(PAGE_BUDGET_BYTES)}`);

    if (!SCRIPT_PAGES.has(page.url)) {
      if (tags.some((t) => t.name === 'script' && !DATA_SCRIPT.has((t.attrs['type'] ?? '').toLowerCase()))) say('loads or runs JavaScript');
      if (tags.some((t) => t.name === 'link' && relOf(t).includes('modulepreload'))) say('preloads a JavaScript module');
      const handler = tags.flatMap((t) => Object.keys(t.attrs).filter((a) => /^on[a-z]+$/.test(a)).map((a) => `${t.name} ${a}`))[0];
      if (handler) say(`has an inline event handler (${handler})`);
      if (tags.some((t) => Object.values(t.attrs).some((v) => /^\s*javascript:/i.test(v)))) say('has a javascript: URL');
    }
    for (const tag of tags) {
      for (const url of loadedUrls(tag)) {
        if (isOtherOrigin(url)) say(`<${tag.name}> loads ${url} from another origin`);
        if (FONT_FILE.test(url)) say(`<${tag.name}> loads a web font (${url})`);
      }
      if (tag.name === 'img') checkImage(tag, say);
      if (tag.name === 'source' && tag.attrs['srcset'] !== undefined) {
        for (const url of srcsetUrls(tag.attrs['srcset'])) if (!MODERN_IMAGE.test(url) && !tag.attrs['type']?.match(/avif|webp/)) say(`<source> offers ${url}, not AVIF or WebP`);
      }
    }
  }
  pages.sort((a, b) => b.total - a.total);
  return { pages, problems };
}

function checkCss(css: string, where: string, say: (m: string) => void): void {
  if (/@font-face/i.test(css)) say(`${where} declares a web font (@font-face)`);
  if (/@import\s/i.test(css)) say(`${where} uses @import (an extra request)`);
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) {
    const url = m[1] ?? '';
    if (isOtherOrigin(url)) say(`${where} loads ${url} from another origin`);
    if (FONT_FILE.test(url)) say(`${where} loads a web font (${url})`);
  }
}

function checkImage(tag: Tag, say: (m: string) => void): void {
  const src = tag.attrs['src'] ?? '';
  const label = src.length > 60 ? `${src.slice(0, 57)}...` : src;
  if (!/^\d+$/.test(tag.attrs['width'] ?? '') || !/^\d+$/.test(tag.attrs['height'] ?? '')) say(`image ${label} has no width and height (the page jumps while it loads)`);
  for (const url of [src, ...srcsetUrls(tag.attrs['srcset'] ?? '')]) {
    if (url && !url.startsWith('data:') && !MODERN_IMAGE.test(url)) say(`image ${url} is not AVIF, WebP or SVG; use astro:assets`);
  }
}

const relOf = (tag: Tag): string[] => (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/);

/** URLs a tag makes the browser fetch while loading the page (links you click are not loaded). */
function loadedUrls(tag: Tag): string[] {
  const a = tag.attrs;
  switch (tag.name) {
    case 'link': {
      const rel = relOf(tag);
      const fetched = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'apple-touch-icon', 'manifest', 'preconnect', 'dns-prefetch'];
      return rel.some((r) => fetched.includes(r)) && a['href'] ? [a['href']] : [];
    }
    case 'script':
    case 'iframe':
    case 'embed':
    case 'audio':
    case 'video':
    case 'track':
      return [a['src'], a['poster']].filter((u): u is string => Boolean(u));
    case 'img':
    case 'source':
      return [a['src'], ...srcsetUrls(a['srcset'] ?? '')].filter((u): u is string => Boolean(u));
    case 'object':
      return a['data'] ? [a['data']] : [];
    case 'image':
    case 'use':
      return [a['href'], a['xlink:href']].filter((u): u is string => Boolean(u) && !u!.startsWith('#'));
    default:
      return a['style'] ? [...a['style'].matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1] ?? '') : [];
  }
}

function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

export function isOtherOrigin(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^data:/i.test(url);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function formatTable(report: BudgetReport, rows = 10): string {
  const lines = [`${'page'.padEnd(44)} ${'HTML gz'.padStart(9)} ${'CSS gz'.padStart(9)} ${'total'.padStart(9)}  of ${kb(PAGE_BUDGET_BYTES)}`];
  for (const p of report.pages.slice(0, rows)) {
    lines.push(`${p.url.padEnd(44)} ${kb(p.htmlGzip).padStart(9)} ${kb(p.cssGzip).padStart(9)} ${kb(p.total).padStart(9)}  ${Math.round((p.total / PAGE_BUDGET_BYTES) * 100)}%`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const { positionals } = readCommandLine({
    usage: 'npm run budget [-- <dir>]',
    language: 'en',
    options: {},
    positionals: ['dir'],
    notes: ['<dir> is the built site (default: $OUT_DIR, else dist/).'],
  });
  const dir = path.resolve(positionals[0] ?? process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}. Run "npm run build" first, or pass the output folder: npm run budget -- <dir>`);
    process.exit(2);
  }
  const report = checkBudgets(dir);
  console.log(`Heaviest of ${report.pages.length} pages in ${path.relative(process.cwd(), dir) || '.'} (HTML + CSS, gzip -9):\n`);
  console.log(formatTable(report));
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} budget problem(s):\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nAll ${report.pages.length} pages are within budget: no script except on ${[...SCRIPT_PAGES].join(', ')}, no web fonts, nothing from another origin.`);
}
