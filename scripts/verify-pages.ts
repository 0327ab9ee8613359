/**
 * Shared by the checks of a built site (budget, html-validate, link check and the browser tests):
 * finds every HTML page in the output folder, the URL it is served at, and reads its tags.
 * The HTML is Astro's own compressed output, so a small tag reader is enough; it is not a parser
 * for arbitrary HTML.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The site path a browser asks for: "/", "/aanbod/zwemmen/", "/404.html". */
  url: string;
}

/**
 * The path the site is published under (`/`, or `/waaier/` for a GitHub Pages project site), read
 * from the home page's canonical link, which src/routes.ts writes from site.yaml's url.
 */
function sitePathOf(dir: string): string {
  const home = path.join(dir, 'index.html');
  let stamp: number;
  try {
    stamp = statSync(home).mtimeMs;
  } catch {
    return '/';
  }
  const known = sitePaths.get(home);
  if (known?.stamp === stamp) return known.base;
  const canonical = readTags(readFileSync(home, 'utf8')).find((t) => t.name === 'link' && t.attrs['rel'] === 'canonical')?.attrs['href'];
  const base = canonical ? new URL(canonical).pathname : '/';
  sitePaths.set(home, { stamp, base });
  return base;
}
const sitePaths = new Map<string, { stamp: number; base: string }>();

/**
 * Folders of the build that are not residents' pages: the editor at /admin/ (src/admin/) is a
 * separate application for partners, outside the page budget, the sitemap and the search index.
 */
const NOT_RESIDENT_PAGES = ['admin'];

/** Every HTML page in the build output, sorted by URL (the site's base path included). */
export function listPages(dir: string): BuiltPage[] {
  const base = sitePathOf(dir);
  const pages: BuiltPage[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (folder === dir && NOT_RESIDENT_PAGES.includes(name)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push({ file: full, url: urlOf(dir, full, base) });
    }
  };
  walk(dir);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

function urlOf(dir: string, file: string, base: string): string {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return `${base}${rel.slice(0, -'index.html'.length)}`;
  return `${base}${rel}`;
}

/**
 * The file a site path (base path included) is served from, or undefined when nothing in the
 * build answers it: a path outside the base path is answered by nothing.
 */
export function fileForUrl(dir: string, pathname: string): string | undefined {
  const base = sitePathOf(dir);
  if (!pathname.startsWith(base)) return undefined;
  const clean = decodeURIComponent(pathname.slice(base.length)).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [path.join(dir, clean, 'index.html')] : [path.join(dir, clean), path.join(dir, clean, 'index.html')];
  return candidates.find((c) => c.startsWith(path.resolve(dir)) && isFile(c));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** Start tags with their attributes, in document order. Text inside <script> and <style> is skipped. */
export function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const withoutRawText = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>').replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutRawText.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: match[1]!.toLowerCase(), attrs });
  }
  return tags;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
