/**
 * Checks every page of a built site (`node scripts/verify-html.ts [dir]`, default dist/):
 * - html-validate with the repo's .htmlvalidate.json (valid, accessible HTML);
 * - every internal link, form action, stylesheet, icon, image and link-preview image resolves to a
 *   file in the build, and every #anchor to an element with that id on the target page.
 * A missing target is a failure, also for the PDFs and preview images other build steps make.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { listPages, readTags, fileForUrl, type Tag } from './verify-pages.ts';
import { readCommandLine } from './lib/args.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Why each rule in .htmlvalidate.json differs from the recommended and document presets (JSON has
 * no comments; a test keeps this list and the config in step).
 */
export const RULE_REASONS: Record<string, string> = {
  'form-dup-name': 'check boxes of one search filter share their name on purpose (?dag=maandag&dag=dinsdag), as radio buttons do',
  'require-sri': 'only for resources from another origin; the site loads none, and its own files need no integrity hash',
  'no-inline-style': 'only the category colour (--vtw-cat) may be set inline; it comes from content, one value per category',
  'tel-non-breaking': 'stricter: a phone number must never break over two lines',
  'heading-level': 'stricter: exactly one h1 per page, and it comes first',
  'long-title': 'stricter: titles fit a search result and a browser tab',
};

export interface Problem {
  url: string;
  message: string;
}

export async function validateHtml(dir: string): Promise<Problem[]> {
  const config = JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: Problem[] = [];
  for (const page of listPages(dir)) {
    const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ url: page.url, message: `${m.line}:${m.column} ${m.message} (${m.ruleId}) near ${JSON.stringify(m.selector ?? '')}` });
    }
  }
  return problems;
}

/** The origin the site is published at (its canonical links), so absolute links to it count as internal. */
function siteOrigin(tags: Tag[]): string | undefined {
  const canonical = tags.find((t) => t.name === 'link' && t.attrs['rel'] === 'canonical')?.attrs['href'];
  return canonical ? new URL(canonical).origin : undefined;
}

/** The URLs on a page that point into the site, with what points there. */
function internalReferences(tags: Tag[], pageUrl: string, origin: string | undefined): { what: string; url: URL }[] {
  const base = `http://site.invalid${pageUrl}`;
  const refs: { what: string; raw: string }[] = [];
  for (const tag of tags) {
    const a = tag.attrs;
    if ((tag.name === 'a' || tag.name === 'area') && a['href'] !== undefined) refs.push({ what: `<${tag.name}>`, raw: a['href'] });
    if (tag.name === 'link' && a['href'] !== undefined && !/\b(preconnect|dns-prefetch)\b/.test(a['rel'] ?? '')) refs.push({ what: `<link rel="${a['rel']}">`, raw: a['href'] });
    if (tag.name === 'form' && a['action'] !== undefined) refs.push({ what: '<form action>', raw: a['action'] });
    if (['img', 'script', 'source', 'iframe'].includes(tag.name) && a['src'] !== undefined) refs.push({ what: `<${tag.name}>`, raw: a['src'] });
    if (tag.name === 'meta' && /^(og:image|twitter:image|og:url)$/.test(a['property'] ?? a['name'] ?? '') && a['content']) refs.push({ what: `<meta ${a['property'] ?? a['name']}>`, raw: a['content'] });
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
      if (a[attr]) for (const id of a[attr].split(/\s+/)) refs.push({ what: `${attr} on <${tag.name}>`, raw: `#${id}` });
    }
  }
  const result: { what: string; url: URL }[] = [];
  for (const ref of refs) {
    if (/^(mailto|tel|sms|data|javascript):/i.test(ref.raw)) continue;
    let url: URL;
    try {
      url = new URL(ref.raw, base);
    } catch {
      result.push({ what: `${ref.what} with a broken address ${JSON.stringify(ref.raw)}`, url: new URL('http://site.invalid/\u0000') });
      continue;
    }
    if (url.origin === 'http://site.invalid') result.push({ what: ref.what, url });
    else if (origin && url.origin === origin) result.push({ what: ref.what, url: new URL(url.pathname + url.search + url.hash, 'http://site.invalid') });
  }
  return result;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(readTags(readFileSync(file, 'utf8')).flatMap((t) => [t.attrs['id'], t.name === 'a' ? t.attrs['name'] : undefined]).filter((v): v is string => Boolean(v)));
    idsCache.set(file, ids);
  }
  return ids;
}

export function checkLinks(dir: string): Problem[] {
  idsCache.clear();
  const problems: Problem[] = [];
  for (const page of listPages(dir)) {
    const tags = readTags(readFileSync(page.file, 'utf8'));
    for (const { what, url } of internalReferences(tags, page.url, siteOrigin(tags))) {
      const say = (message: string) => problems.push({ url: page.url, message: `${what} ${url.pathname}${url.hash}: ${message}` });
      const file = fileForUrl(dir, url.pathname);
      if (!file) {
        say('nothing in the build answers this address');
        continue;
      }
      if (file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) say('a page address must end with "/" (trailingSlash: always)');
      if (url.hash === '#') say('an empty #anchor goes nowhere');
      else if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!file.endsWith('.html')) continue;
        if (!idsOf(file).has(id)) say(`no element with id "${id}" on that page`);
      }
    }
  }
  return problems;
}

const show = (title: string, problems: Problem[]): void => {
  if (problems.length === 0) return;
  console.error(`\n${title} (${problems.length}):`);
  for (const p of problems) console.error(`  ${p.url}  ${p.message}`);
};

if (import.meta.main) {
  const { positionals } = readCommandLine({
    usage: 'node scripts/verify-html.ts [<dir>]',
    language: 'en',
    options: {},
    positionals: ['dir'],
    notes: ['<dir> is the built site (default: $OUT_DIR, else dist/).'],
  });
  const dir = path.resolve(positionals[0] ?? process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}. Run "npm run build" first, or pass the output folder.`);
    process.exit(2);
  }
  const pages = listPages(dir).length;
  const invalid = await validateHtml(dir);
  const broken = checkLinks(dir);
  show('html-validate', invalid);
  show('Broken internal links or anchors', broken);
  if (invalid.length + broken.length > 0) process.exit(1);
  console.log(`${pages} pages: valid HTML, every internal link and anchor resolves.`);
}
