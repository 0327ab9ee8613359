/**
 * A plain A4 text document in pdf-lib: a title, headings, paragraphs and list items, wrapped to
 * the page and continued on a new page only when the text does not fit. Real, selectable text in
 * Atkinson Hyperlegible Next, as on the cards. Used by the build (/nieuw.pdf) and in the browser
 * (the list on /op-maat/), so it imports only pdf-lib and the design tokens: the caller hands in
 * the document with its two fonts (the build embeds them with fontkit, the browser loads them
 * ready-made: list-fonts.ts).
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { channels, colour } from '../design/tokens.ts';

const MM = 72 / 25.4;
const A4_SIZE = { width: 210 * MM, height: 297 * MM } as const;
const MARGIN = 18 * MM;

export type TextBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean }
  /** A list entry: a bold first line, then lines of facts, kept together on one page when it can. */
  | { kind: 'item'; title: string; lines: string[] };

export interface TextPdfInput {
  /** An empty document that holds the fonts below. */
  doc: PDFDocument;
  fonts: { regular: PDFFont; bold: PDFFont };
  title: string;
  subject: string;
  author: string;
  keywords?: string[];
  /** Dates the file; the build passes BUILD_DATE so the bytes repeat. */
  date: Date;
  blocks: TextBlock[];
}

const STYLE = {
  title: { size: 17, leading: 21, bold: true, before: 0, after: 6 },
  heading: { size: 13, leading: 17, bold: true, before: 10, after: 3 },
  text: { size: 11, leading: 15, bold: false, before: 0, after: 5 },
  itemTitle: { size: 11.5, leading: 15, bold: true, before: 5, after: 0 },
  itemLine: { size: 10.5, leading: 14, bold: false, before: 0, after: 0 },
} as const;
type Style = (typeof STYLE)[keyof typeof STYLE];

const pdfColour = (hex: string) => { const { r, g, b } = channels(hex); return rgb(r, g, b); };
const INK = pdfColour(colour.text);
const MUTED = pdfColour(colour.muted);

interface Line { text: string; style: Style; indent: number; muted: boolean }

/** An empty document with the two fonts embedded (subset) by fontkit: for the build. */
export async function withEmbeddedFonts(fontkit: Parameters<PDFDocument['registerFontkit']>[0], bytes: { regular: Uint8Array; bold: Uint8Array }, subset = true): Promise<Pick<TextPdfInput, 'doc' | 'fonts'>> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(bytes.regular, { subset });
  const bold = await doc.embedFont(bytes.bold, { subset });
  return { doc, fonts: { regular, bold } };
}

export async function textPdf(input: TextPdfInput): Promise<Uint8Array> {
  const { doc, fonts: { regular, bold } } = input;
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setSubject(input.subject);
  doc.setAuthor(input.author);
  doc.setLanguage('nl-BE');
  doc.setCreator('vrijetijdswaaier');
  doc.setProducer('vrijetijdswaaier met pdf-lib');
  if (input.keywords) doc.setKeywords(input.keywords);
  doc.setCreationDate(input.date);
  doc.setModificationDate(input.date);

  const width = A4_SIZE.width - 2 * MARGIN;
  const font = (style: Style): PDFFont => (style.bold ? bold : regular);
  const wrapped = (text: string, style: Style, indent: number, muted = false): Line[] =>
    wrap(text, font(style), style.size, width - indent).map((t) => ({ text: t, style, indent, muted }));

  let page: PDFPage = doc.addPage([A4_SIZE.width, A4_SIZE.height]);
  let y = A4_SIZE.height - MARGIN;
  const room = (lines: Line[], before: number) => before + lines.reduce((h, l) => h + l.style.leading, 0);
  const newPage = () => {
    page = doc.addPage([A4_SIZE.width, A4_SIZE.height]);
    y = A4_SIZE.height - MARGIN;
  };
  const draw = (lines: Line[], before: number, after: number, keepTogether: boolean, keepWithNext = 0) => {
    const first = y === A4_SIZE.height - MARGIN;
    const needed = keepTogether ? room(lines, before) + keepWithNext : room(lines.slice(0, 1), before) + keepWithNext;
    if (!first && y - needed < MARGIN) newPage();
    if (y !== A4_SIZE.height - MARGIN) y -= before;
    for (const line of lines) {
      if (y - line.style.leading < MARGIN) newPage();
      y -= line.style.leading;
      page.drawText(line.text, { x: MARGIN + line.indent, y: y + (line.style.leading - line.style.size) / 2, size: line.style.size, font: font(line.style), color: line.muted ? MUTED : INK });
    }
    y -= after;
  };

  input.blocks.forEach((block, i) => {
    const next = input.blocks[i + 1];
    switch (block.kind) {
      case 'title':
        draw(wrapped(block.text, STYLE.title, 0), STYLE.title.before, STYLE.title.after, true);
        break;
      case 'heading':
        // A heading never ends a page: it stays with the first line of what follows.
        draw(wrapped(block.text, STYLE.heading, 0), STYLE.heading.before, STYLE.heading.after, true, next ? STYLE.itemTitle.leading * 2 : 0);
        break;
      case 'text':
        draw(wrapped(block.text, STYLE.text, 0, block.muted), STYLE.text.before, STYLE.text.after, false);
        break;
      case 'item': {
        const lines = [...wrapped(block.title, STYLE.itemTitle, 0), ...block.lines.flatMap((l) => wrapped(l, STYLE.itemLine, 10))];
        draw(lines, STYLE.itemTitle.before, 0, true);
        break;
      }
    }
  });
  return doc.save({ useObjectStreams: true, addDefaultPage: false });
}

/** Greedy word wrap by measured width; a word longer than a line is cut where it must be. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
