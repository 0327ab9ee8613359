/** Sizes of a build's output folder. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface OutputSize {
  bytes: number;
  files: number;
  /** Bytes per kind of file, e.g. { html: ..., pdf: ..., png: ... }. */
  byExtension: Record<string, number>;
}

export function outputSize(dir: string): OutputSize {
  const result: OutputSize = { bytes: 0, files: 0, byExtension: {} };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        // Astro's prerender chunks are removed at the end of a build; never count leftovers.
        if (entry.name !== '.prerender') walk(full);
      } else if (entry.isFile()) {
        const size = statSync(full).size;
        const ext = path.extname(entry.name).slice(1).toLowerCase() || '(none)';
        result.bytes += size;
        result.files++;
        result.byExtension[ext] = (result.byExtension[ext] ?? 0) + size;
      }
    }
  };
  walk(dir);
  return result;
}
