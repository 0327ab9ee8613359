/**
 * Command-line tools some tests use besides Node: poppler-utils (pdffonts, pdfinfo, pdftotext) and
 * qpdf, for PDF structure checks that pdf.js cannot make. When one is missing, the tests that need
 * it are skipped with one visible line that says what to install; on CI (CI=true) a missing tool
 * fails the run instead, because there nothing may be skipped.
 */
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

const PACKAGE: Record<string, string> = { pdffonts: 'poppler-utils', pdfinfo: 'poppler-utils', pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils', qpdf: 'qpdf' };
const found = new Map<string, boolean>();
const announced = new Set<string>();

function hasTool(name: string): boolean {
  if (!found.has(name)) found.set(name, spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined);
  return found.get(name)!;
}

/** True when every tool is installed; otherwise says once what to install (or fails on CI). */
export function toolsAvailable(tools: readonly string[]): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return true;
  const packages = [...new Set(missing.map((t) => PACKAGE[t] ?? t))].join(' ');
  const message = `Missing ${missing.join(', ')}: install with \`apt-get install ${packages}\` (Debian/Ubuntu; Homebrew: \`brew install poppler qpdf\`).`;
  if (process.env['CI']) throw new Error(`${message} Tests cannot be skipped on CI.`);
  if (!announced.has(packages)) {
    announced.add(packages);
    console.warn(`\n*** ${message} Skipping the checks that need it. ***\n`);
  }
  return false;
}

/** `it`, skipped (with the line above) when one of the tools is missing. */
export const itWithTools = (...tools: string[]) => it.skipIf(!toolsAvailable(tools));
