/** Helpers for /op-maat/ tests: read a made PDF back, with tools that did not write it. */
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

/** The PDF's text as pdftotext reads it, without spaces, hyphens or line breaks: titles broken over lines still match. */
export function squashedText(file: string): string {
  return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

export const squash = (text: string): string => text.replace(/[\s\u00ad\-‐]+/g, '').toLowerCase();

export const plainText = (file: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');

export interface PageInfo { width: number; height: number; lines: number }

/** Size of every page, and how many straight stroked lines its own content draws (the cut marks; card sides are forms). */
export async function pagesOf(bytes: Uint8Array): Promise<PageInfo[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const text = streams
      .map((s) => (s instanceof PDFRawStream ? new TextDecoder('latin1').decode(decodePDFRawStream(s).decode()) : ''))
      .join('\n');
    const lines = text.match(/[-\d.]+ [-\d.]+ m\s+[-\d.]+ [-\d.]+ l\s+S/g)?.length ?? 0;
    const { width, height } = page.getSize();
    return { width, height, lines };
  });
}

export const isA4 = (p: Pick<PageInfo, 'width' | 'height'>): boolean => {
  const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(short - 595.28) < 1 && Math.abs(long - 841.89) < 1;
};

export const qpdfCheck = (file: string): string => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
