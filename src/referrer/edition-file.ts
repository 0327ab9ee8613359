/**
 * content/editie.json on disk: the snapshot of the printed fan. Read once per process by the pages
 * (/nieuw/, the notice on a changed offer) and by `npm run check`; written by `npm run editie`.
 * The file lives in the content folder, which anyone with access can edit: it is read only as a
 * regular file inside that folder (no symlink), bounded in size, and parsed, never trusted.
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EDITION_LIMITS, parseEdition, toFile, type Edition } from './edition.ts';

export const EDITION_FILE = 'editie.json';

export type EditionOnDisk =
  | { state: 'missing' }
  | { state: 'broken'; reason: string }
  | { state: 'ok'; edition: Edition };

export function readEdition(contentDir: string): EditionOnDisk {
  const file = path.join(contentDir, EDITION_FILE);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return { state: 'missing' };
  }
  if (!stat.isFile()) return { state: 'broken', reason: 'Dit is geen gewoon bestand (een map of een snelkoppeling).' };
  if (stat.size > EDITION_LIMITS.bytes) return { state: 'broken', reason: `Dit bestand is te groot (meer dan ${EDITION_LIMITS.bytes / 1_000_000} MB).` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
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
