/**
 * Reads PDFs back with pdf.js (pdfjs-dist), which needs nothing but Node: the text a reader can
 * select, per page, with the size each piece is set in. Tests that need more than that (qpdf's
 * structure check, poppler's font list) use tools.ts to skip visibly when the tool is missing.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface TextPiece {
  text: string;
  /** Font size in points, from the text matrix (scale of the y axis). */
  size: number;
  /** Left and baseline in points from the page's bottom-left corner. */
  x: number;
  y: number;
}

interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
  /** The page's text in reading order, pieces joined by spaces or line breaks as pdf.js sees them. */
  text: string;
}

async function readPdf(file: string): Promise<PdfPage[]> {
  const data = new Uint8Array(readFileSync(file));
  const loading = getDocument({ data, useSystemFonts: false, verbosity: 0 });
  const doc = await loading.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, b, , d, e, f] = item.transform as number[];
        pieces.push({ text: item.str, size: Math.hypot(b!, d!), x: e!, y: f! });
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push({ width: x1 - x0, height: y1 - y0, pieces, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.cleanup();
    await loading.destroy();
  }
}

/** All text of a PDF, pages separated by a blank line. */
export async function pdfText(file: string): Promise<string> {
  return (await readPdf(file)).map((p) => p.text).join('\n\n');
}
