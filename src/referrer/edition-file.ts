/**
 * content/editie.json on disk: the snapshot of the printed fan. Read once per process by the pages
 * (/nieuw/, the notice on a changed offer) and by `npm run check`; written by `npm run editie`.
 * The file lives in the content folder, which anyone with access can edit: it is read only as a
 * regular file inside that folder (no symlink), bounded in size, and parsed, never trusted.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, readInside } from '../source/safe-files.ts';
import { EDITION_LIMITS, parseEdition, toFile, type Edition } from './edition.ts';

export const EDITION_FILE = 'editie.json';

export type EditionOnDisk =
  | { state: 'missing' }
  | { state: 'broken'; reason: string }
  | { state: 'ok'; edition: Edition };

export function readEdition(contentDir: string): EditionOnDisk {
  const root = contentRoot(contentDir);
  if ('message' in root) return { state: 'missing' };
  // The shared reader of the content folder: inside it only, no link followed, size bounded.
  const read = readInside(root.root, EDITION_FILE, EDITION_LIMITS.bytes);
  if ('missing' in read) return { state: 'missing' };
  if ('message' in read) return { state: 'broken', reason: read.message };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { state: 'broken', reason: 'Dit bestand is geen tekst in UTF-8.' };
  }
  const parsed = parseEdition(text);
  return parsed.ok ? { state: 'ok', edition: parsed.edition } : { state: 'broken', reason: parsed.reason };
}

/** Stable bytes: the same cards give the same file, so a commit shows only what really changed. */
export function writeEdition(contentDir: string, edition: Edition): string {
  const file = path.join(contentDir, EDITION_FILE);
  writeFileSync(file, `${JSON.stringify(toFile(edition), null, 2)}\n`);
  return file;
}

const cache = new Map<string, EditionOnDisk>();

/** For the pages of one build: read once per content folder. */
export function printedEdition(contentDir: string): EditionOnDisk {
  let found = cache.get(contentDir);
  if (!found) cache.set(contentDir, (found = readEdition(contentDir)));
  return found;
}
