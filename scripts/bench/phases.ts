/**
 * Splits one build's wall time into phases, from the lines Astro logs and when they arrived.
 *
 * Astro 7 logs, in order:
 *   (content check of this project, at astro:config:setup)
 *   [content] Syncing content / [content] Synced content          content layer
 *   [types] Generated, [build] ... Building static entrypoints     Vite bundles the pages
 *   " generating static routes " then per file "├─ /path (+12ms)"  every route, one at a time
 *   "✓ Completed in ..."                                             end of the routes
 *   (" generating optimized images ", then "[build] ✓ Completed in")
 *   astro:build:done hooks: this project's card PDFs and previews ([tekenen]), pagefind, the editor
 *   [build] N page(s) built in ..., [build] Complete!
 *
 * How each phase is measured:
 * - content: from spawn to "[content] Synced content": Node and config start-up, this project's
 *   content check (config:setup) and the content layer (reading files, rendering Markdown).
 * - Routes: Astro renders them one after the other and logs each when it is written, so the time
 *   between two route lines is the second route's time, including its getStaticPaths() and the
 *   first import of its modules (Astro's own "(+ms)" leaves those out). A route ending in .pdf
 *   counts for the fan, one ending in .png/.jpg/.webp/.avif for preview images, the rest for pages.
 * - static paths: Astro 7 first calls getStaticPaths() of every route, then renders them; that
 *   time is the gap before the first route line minus that route's own "(+ms)". Work a route
 *   does there (e.g. laying out the whole fan to know its cards) shows up here.
 * - pages: bundling (from "Synced content" to "generating static routes") plus the page routes.
 * - photos: Astro's optimisation of partners' photos (" generating optimized images ").
 * - fan PDFs, preview images: their routes (the decks, /op-maat/ sheets, og/site.png), plus the
 *   time of log lines an integration tags fan/waaier/pdf/print (or og/preview/share) after the
 *   routes, if any.
 * - card PDFs and previews written: this project writes kaart/<id>.pdf and og/<id>.png itself
 *   after the routes (log lines tagged [tekenen]), waiting there for any still being drawn.
 * - search index: lines tagged pagefind/zoek/search after the routes, timed from the line before
 *   the first of them to the first untagged line after the last of them.
 * - rest: whatever is left of the wall time (other build:done hooks, writing, exit).
 * A phase that left no trace in the log is `undefined` ("—" in the table).
 */
import type { LogLine } from './run-build.ts';

export interface Phases {
  contentMs?: number;
  staticPathsMs?: number;
  pagesMs?: number;
  photosMs?: number;
  searchMs?: number;
  fanMs?: number;
  previewMs?: number;
  writtenMs?: number;
  restMs: number;
  routes: { pages: number; fan: number; preview: number };
}

type Binary = 'fan' | 'preview';

const ROUTE = /[├└]─\s+(\S+)(?:\s+\(\+([\d.]+)(ms|s|m)\))?/;

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}
const TAG = /\[([^\]]+)\]/;
const TAGGED: Record<'search' | Binary, RegExp> = {
  search: /pagefind|search|zoek|index/i,
  fan: /fan|waaier|pdf|print|kaart/i,
  preview: /\bog\b|preview|share|social/i,
};
const WRITTEN = /^tekenen$/;

function routeKind(file: string): 'pages' | Binary {
  if (/\.pdf$/i.test(file)) return 'fan';
  if (/\.(png|jpe?g|webp|avif)$/i.test(file)) return 'preview';
  return 'pages';
}

/** The integration's own name: "vrijetijdswaaier:pagefind" -> "pagefind"; Astro's own tags are not integrations. */
function integrationTag(text: string): string | undefined {
  const tag = TAG.exec(text)?.[1];
  if (!tag || ['build', 'content', 'types', 'vite', 'WARN', 'ERROR', 'assets'].includes(tag)) return undefined;
  return tag.split(':').at(-1);
}

export function parsePhases(lines: readonly LogLine[], wallMs: number): Phases {
  const find = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text)) return i;
    return -1;
  };
  const synced = find(/\[content\] Synced content/);
  const routesStart = find(/generating static routes|prerendering static routes/);
  const routesEnd = routesStart >= 0 ? find(/^(?:\d\d:\d\d:\d\d )?✓ Completed in/, routesStart + 1) : -1;

  const routeMs = { pages: 0, fan: 0, preview: 0 };
  const routes = { pages: 0, fan: 0, preview: 0 };
  let staticPathsMs: number | undefined;
  if (routesStart >= 0) {
    const stop = routesEnd >= 0 ? routesEnd : lines.length;
    let previous = lines[routesStart]!.at;
    for (let i = routesStart + 1; i < stop; i++) {
      const m = ROUTE.exec(lines[i]!.text);
      if (!m) continue;
      const kind = routeKind(m[1]!);
      let spent = lines[i]!.at - previous;
      if (staticPathsMs === undefined) {
        const own = m[2] && m[3] ? Math.min(spent, toMs(m[2], m[3])) : spent;
        staticPathsMs = spent - own;
        spent = own;
      }
      routes[kind]++;
      routeMs[kind] += spent;
      previous = lines[i]!.at;
    }
    routeMs.pages += (routesEnd >= 0 ? lines[routesEnd]!.at : previous) - previous;
  }

  const contentMs = synced >= 0 ? lines[synced]!.at : undefined;
  let pagesMs: number | undefined;
  if (synced >= 0 && routesStart >= 0) pagesMs = lines[routesStart]!.at - lines[synced]!.at + routeMs.pages;

  let photosMs: number | undefined;
  const photosStart = routesEnd >= 0 ? find(/generating optimized images/, routesEnd) : -1;
  const photosEnd = photosStart >= 0 ? find(/^(?:\d\d:\d\d:\d\d )?✓ Completed in/, photosStart + 1) : -1;
  if (photosEnd >= 0) photosMs = lines[photosEnd]!.at - lines[photosStart]!.at;

  const afterRoutes = routesEnd >= 0 ? routesEnd + 1 : lines.length;
  const tagged = (kind: keyof typeof TAGGED) => taggedSpan(lines, afterRoutes, wallMs, (t) => TAGGED[kind].test(integrationTag(t) ?? ''));
  const searchMs = tagged('search');
  const fanTagged = tagged('fan');
  const previewTagged = tagged('preview');
  const writtenMs = taggedSpan(lines, afterRoutes, wallMs, (t) => WRITTEN.test(integrationTag(t) ?? ''));
  const fanMs = routes.fan > 0 || fanTagged !== undefined ? routeMs.fan + (fanTagged ?? 0) : undefined;
  const previewMs = routes.preview > 0 || previewTagged !== undefined ? routeMs.preview + (previewTagged ?? 0) : undefined;

  const known = [contentMs, staticPathsMs, pagesMs, photosMs, searchMs, fanMs, previewMs, writtenMs].reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return { contentMs, staticPathsMs, pagesMs, photosMs, searchMs, fanMs, previewMs, writtenMs, restMs: Math.max(0, wallMs - known), routes };
}

/** From the line before the first matching line to the first non-matching line after the last one. */
function taggedSpan(lines: readonly LogLine[], from: number, wallMs: number, matches: (text: string) => boolean): number | undefined {
  let first = -1;
  let last = -1;
  for (let i = from; i < lines.length; i++) {
    if (matches(lines[i]!.text)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return undefined;
  // Astro's "Waiting for integration ..." notice is printed while the hook already runs.
  let before = first - 1;
  while (before >= 0 && /Waiting for integration/.test(lines[before]!.text)) before--;
  const start = before >= 0 ? lines[before]!.at : 0;
  const end = last + 1 < lines.length ? lines[last + 1]!.at : wallMs;
  return end - start;
}
