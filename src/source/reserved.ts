/**
 * Ids the site itself uses. A free page paginas/<id>.md becomes /<id>/, so it must not take the
 * name of a built-in route (/zoeken/, /aanbod/, ...); an offer becomes aanbod/<id>/, kaart/<id>.pdf
 * and og/<id>.png, so it must not take the name of a built-in file there (og/site.png is the
 * site's own preview). The list is derived from src/pages when that folder is at hand, and always
 * includes the names below (tests/unit/content-reserved.test.ts keeps them in step with src/pages).
 * Names that Windows cannot use for a file or folder (con, nul, com1, ...) are refused too: the
 * output must be copyable to any file system.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FOLDERS } from './read-content.ts';

type Folder = (typeof FOLDERS)[number];

/** The output folders that hold one file or folder per id of a collection. */
const ROUTE_FOLDERS: Record<Folder, readonly string[]> = {
  aanbod: ['aanbod', 'kaart', 'og'],
  categorieen: ['categorie'],
  partners: ['partner'],
  kortingen: ['korting'],
  paginas: ['.'],
};

/**
 * Built-in names at the site's root and inside the route folders, as of this version of src/pages,
 * plus what other parts put in the output: Astro's assets (_astro), the search index (pagefind),
 * the editors' CMS (admin), the referrers' tools (op-maat, nieuw) and public/ (favicon.svg).
 */
export const BUILT_IN_NAMES: Record<string, readonly string[]> = {
  '.': [
    '404', 'a-z', 'aanbod', 'admin', 'categorie', 'gratis', 'index', 'kaart', 'korting', 'nieuw', 'og', 'op-maat',
    'pagefind', 'partner', 'zoeken', 'zoekwoorden', '_astro', 'robots', 'sitemap', 'waaier', 'waaier-drukker', 'favicon',
  ],
  aanbod: [],
  categorie: [],
  korting: [],
  partner: [],
  kaart: [],
  og: ['site'],
  // /op-maat/ (src/referrer/): its page, data and font files, and a folder of category sheets.
  'op-maat': ['index', 'kaarten', 'lettertype', 'soort'],
};

/** What Windows refuses as a file or folder name, with or without an extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** "a-z.astro" -> "a-z", "aanbod.csv.ts" -> "aanbod", "[id].astro" -> undefined (not a fixed name). */
function routeName(entry: string): string | undefined {
  if (entry.startsWith('[') || (entry.startsWith('_') && entry !== '_astro')) return undefined;
  return entry.split('.')[0] || undefined;
}

/** Names found in src/pages (and public/) of the project in the current folder; empty when there is none. */
export function namesInPages(root = process.cwd()): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const list = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const pages = path.join(root, 'src/pages');
  for (const entry of list(pages)) {
    const name = routeName(entry.name);
    if (name) (found['.'] ??= []).push(name);
    if (!entry.isDirectory()) continue;
    for (const inner of list(path.join(pages, entry.name))) {
      const innerName = routeName(inner.name);
      if (innerName) (found[entry.name] ??= []).push(innerName);
    }
  }
  for (const entry of list(path.join(root, 'public'))) {
    const name = routeName(entry.name);
    if (name) (found['.'] ??= []).push(name);
  }
  return found;
}

let derived: Record<string, string[]> | undefined;

/** Why `id` cannot be used in `folder`, in Dutch, or undefined when it is free. */
export function reservedIdMessage(folder: Folder, id: string, file: string): string | undefined {
  if (WINDOWS_DEVICE.test(id)) {
    return `De naam ${id} kan op Windows geen bestandsnaam zijn (${id}.pdf zou niet te openen zijn). Geef ${file} een andere naam, zoals ${id}-1${path.extname(file)}.`;
  }
  derived ??= namesInPages();
  for (const routeFolder of ROUTE_FOLDERS[folder]) {
    const names = new Set([...(BUILT_IN_NAMES[routeFolder] ?? []), ...(derived[routeFolder] ?? [])]);
    if (!names.has(id)) continue;
    const where = routeFolder === '.' ? `/${id}/` : routeFolder === 'og' ? `og/${id}.png` : `${routeFolder}/${id}`;
    const what = routeFolder === '.'
      ? `het adres ${where} is al een pagina van de site zelf`
      : routeFolder === 'og' && id === 'site'
        ? `${where} is al het voorbeeldbeeld van de hele site`
        : `${where} is al een bestand van de site zelf`;
    return `De naam ${id} kan niet: ${what}. Geef ${file} een andere naam, zoals ${id}-info${path.extname(file)}.`;
  }
  return undefined;
}
