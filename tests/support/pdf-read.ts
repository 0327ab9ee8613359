/** Reading fan PDFs back with tools that did not write them: pdf.js for text and sizes, poppler for lines. */
import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Run { page: number; text: string; size: number; x: number; y: number }

/** Every text run on every page with its font size in points, as pdf.js reads it. */
export async function textRuns(bytes: Uint8Array): Promise<Run[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const doc = await task.promise;
  const runs: Run[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , c, d, e, f] = item.transform as number[];
      runs.push({ page: n, text: item.str, size: Math.round(Math.hypot(c!, d!) * 100) / 100, x: e!, y: f! });
    }
  }
  await task.destroy();
  return runs;
}

/** Characters (no spaces) per font size. */
export function charactersBySize(runs: Run[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of runs) out.set(r.size, (out.get(r.size) ?? 0) + r.text.replace(/\s/g, '').length);
  return out;
}

/** The lines poppler reads from a PDF file, in reading order. */
export const pdfLines = (file: string): string[] =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
