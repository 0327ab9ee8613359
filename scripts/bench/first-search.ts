/**
 * First-search transfer: the bytes a browser fetches from pagefind's output for its first search.
 *
 * We run the real pagefind.js from the build in Node with a `fetch` that reads from disk and
 * counts bytes, search a common word and load the data of the first results, as the search page
 * does. If that cannot run (pagefind changes its loader), we fall back to an estimate from the
 * folder: pagefind.js, the entry file, the language's wasm and metadata, all filter files, the
 * average index chunk and five average fragments.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FirstSearch {
  bytes: number;
  requests: number;
  method: 'measured' | 'estimated';
  query: string;
  results?: number;
}

const QUERY = 'zwemmen';
const RESULTS_SHOWN = 5;

export async function firstSearchTransfer(distDir: string): Promise<FirstSearch | undefined> {
  const folder = path.join(distDir, 'pagefind');
  if (!existsSync(path.join(folder, 'pagefind.js'))) return undefined;
  try {
    return await measured(distDir, folder);
  } catch {
    return estimated(folder);
  }
}

async function measured(distDir: string, folder: string): Promise<FirstSearch> {
  let bytes = statSync(path.join(folder, 'pagefind.js')).size;
  let requests = 1;
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'https://bench.invalid/');
    const file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir) || !existsSync(file)) return new Response(null, { status: 404 });
    const body = readFileSync(file);
    bytes += body.length;
    requests++;
    return new Response(body, { status: 200 });
  }) as typeof fetch;
  try {
    // A fresh module instance per build: the query string defeats the module cache.
    const pagefind = await import(`${pathToFileURL(path.join(folder, 'pagefind.js')).href}?bench=${Date.now()}`);
    await pagefind.options({ basePath: '/pagefind/', baseUrl: '/' });
    await pagefind.init?.();
    const search = await pagefind.search(QUERY);
    if (!search || !Array.isArray(search.results)) throw new Error('no results array');
    await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((r: { data: () => Promise<unknown> }) => r.data()));
    await pagefind.destroy?.();
    return { bytes, requests, method: 'measured', query: QUERY, results: search.results.length };
  } finally {
    globalThis.fetch = originalFetch;
  }
}

function estimated(folder: string): FirstSearch {
  const size = (file: string) => statSync(file).size;
  const list = (sub: string) => (existsSync(path.join(folder, sub)) ? readdirSync(path.join(folder, sub)).map((f) => path.join(folder, sub, f)) : []);
  const top = readdirSync(folder);
  const pick = (pattern: RegExp) => top.filter((f) => pattern.test(f)).map((f) => path.join(folder, f));
  const files = [
    path.join(folder, 'pagefind.js'),
    ...pick(/^pagefind-entry\.json$/),
    ...pick(/^wasm\.(nl|unknown)\.pagefind$/).slice(0, 1),
    ...pick(/^pagefind\.(nl|unknown)?.*\.pf_meta$/).slice(0, 1),
  ];
  let bytes = files.reduce((sum, f) => sum + size(f), 0);
  const average = (items: string[]) => (items.length ? items.reduce((s, f) => s + size(f), 0) / items.length : 0);
  bytes += list('filter').reduce((s, f) => s + size(f), 0);
  bytes += average(list('index'));
  bytes += RESULTS_SHOWN * average(list('fragment'));
  return { bytes: Math.round(bytes), requests: files.length + list('filter').length + 1 + RESULTS_SHOWN, method: 'estimated', query: QUERY };
}
