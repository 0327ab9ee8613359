/** Pictograms from the Tabler icon set (MIT), read from the installed package and inlined as SVG. */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
let folder: string | undefined;

function iconFolder(): string {
  folder ??= path.dirname(require.resolve('@tabler/icons/outline/circle.svg'));
  return folder;
}

export function iconExists(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name) && existsSync(path.join(iconFolder(), `${name}.svg`));
}

const cache = new Map<string, string[]>();

/** The drawing of an icon (its <path>, <circle>... elements) on a 24 x 24 grid, without the invisible frame. */
export function iconShapes(name: string): string[] {
  let shapes = cache.get(name);
  if (!shapes) {
    const svg = readFileSync(path.join(iconFolder(), `${name}.svg`), 'utf8');
    shapes = [...svg.matchAll(/<(path|circle|rect|line|polyline|polygon|ellipse)\b[^>]*\/>/g)]
      .map((m) => m[0])
      .filter((s) => !s.includes('stroke="none"'));
    cache.set(name, shapes);
  }
  return shapes;
}

/** An inline SVG for the web: decorative, hidden from screen readers, always next to a word. */
export function iconSvg(name: string, size = 24, className = 'vtw-icon'): string {
  return `<svg class="${className}" xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${iconShapes(name).join('')}</svg>`;
}
