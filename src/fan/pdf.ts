/** A PDF document for the fan: fonts embedded once, metadata, outline, links; bytes fixed by the input and BUILD_DATE. */
import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import {
  LineCapStyle, LineJoinStyle, PDFDocument, PDFHexString, PDFName, PDFString, popGraphicsState, pushGraphicsState,
  setLineJoin, clip, endPath, rectangle, PDFRawStream, PDFOperator, beginMarkedContent, endMarkedContent,
  PDFContentStream, type PDFFont, type PDFOperatorNames, type PDFPage, type PDFRef,
} from 'pdf-lib';
import type { Site } from '../model/types.ts';
import { fontBytes } from './fonts.ts';
import { embedKeepingIds } from './font-subset.ts';
import { useNativeDeflate } from './native-deflate.ts';
import type { Paint } from './svg.ts';
import { screenInks, type Inks } from './cmyk.ts';
import { Structure, qrAlt, type Section } from './tags.ts';
import { ARTIFACT } from './layout.ts';

export interface FanPdf {
  doc: PDFDocument;
  fonts: { regular: PDFFont; bold: PDFFont };
  /** The structure tree: every PDF of the fan is tagged (tags.ts). */
  tags: Structure;
  /** RGB for screens and office printers, CMYK for the print shop (cmyk.ts). */
  inks: Inks;
  /** False for the print shop: PDF/X allows no link annotations on the printed area. */
  links: boolean;
  /** The document information as set, for metadata that must repeat it (pdfx.ts). */
  info: { title: string; subject: string; author: string; keywords: string[]; date: Date; id: string };
}

/**
 * fontkit parses a font and decodes its glyphs lazily, caching them on the font object. pdf-lib
 * only reads that object, so one parsed font per file serves every document of the build: a
 * card PDF then skips re-parsing and re-decoding the same glyphs (most of its time before).
 */
const parsedFonts = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create: (bytes: Uint8Array, postscriptName?: string) => {
    if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
    let font = parsedFonts.get(bytes);
    if (!font) parsedFonts.set(bytes, (font = memoiseLayout(fontkit.create(bytes))));
    return font;
  },
};

/** Shaped runs kept per font; cleared when full, so a build of any size stays bounded. */
const MAX_SHAPED_RUNS = 5_000;

/**
 * pdf-lib shapes every text run with fontkit (GSUB and GPOS lookups) each time it draws it, and
 * the same runs recur: labels on every card, and each card drawn into its own PDF and both decks.
 * pdf-lib only reads the result (glyph ids and advances), so one shaped run serves every drawing.
 */
function memoiseLayout<F extends ReturnType<typeof fontkit.create>>(font: F): F {
  const shape = font.layout.bind(font);
  const runs = new Map<string, ReturnType<typeof shape>>();
  font.layout = ((text: string, features?: unknown) => {
    if (typeof text !== 'string' || (features !== undefined && !Array.isArray(features) && typeof features !== 'object')) return shape(text, features as never);
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= MAX_SHAPED_RUNS) runs.clear();
      runs.set(key, (run = shape(text, features as never)));
    }
    return run;
  }) as F['layout'];
  return font;
}

/**
 * pdf-lib writes a page's operators into its content stream byte by byte in JavaScript (each
 * operator, then each character of its text): for a deck whose cards are placed as long operator
 * texts (fragment.ts) that was a fifth of the assembling. The operators' text is the same bytes
 * (`getContentsString` is pdf-lib's own, one operator per line); Node encodes it natively.
 */
function fastContentStreams(): void {
  const proto = PDFContentStream.prototype as unknown as { getUnencodedContents(this: PDFContentStream): Uint8Array; fast?: true };
  if (proto.fast) return;
  proto.fast = true;
  proto.getUnencodedContents = function getUnencodedContents() {
    return Buffer.from(this.getContentsString(), 'latin1');
  };
}

export async function newFanPdf(site: Site, title: string, subject: string, options: { subset?: boolean; inks?: Inks; links?: boolean } = {}): Promise<FanPdf> {
  useNativeDeflate();
  fastContentStreams();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const bytes = fontBytes();
  // A subset keeps the font's glyph ids, so that card fragments drawn elsewhere can be placed here.
  const embed = (font: Uint8Array) => (options.subset ? embedKeepingIds(doc, font) : doc.embedFont(font));
  const regular = await embed(bytes.regular);
  const bold = await embed(bytes.bold);
  const date = new Date(`${site.buildDate}T00:00:00Z`);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(site.settings.municipality);
  doc.setSubject(subject);
  doc.setLanguage('nl-BE');
  doc.setCreator('vrijetijdswaaier');
  doc.setProducer('vrijetijdswaaier met pdf-lib');
  const keywords = ['vrije tijd', site.settings.municipality, site.settings.edition];
  doc.setKeywords(keywords);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const id = createHash('sha256').update(`${site.settings.url}\n${title}\n${site.buildDate}`).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return {
    doc, fonts: { regular, bold }, tags: new Structure(doc), inks: options.inks ?? screenInks, links: options.links ?? true,
    info: { title, subject, author: site.settings.municipality, keywords, date, id },
  };
}

/**
 * Draws one card side. `left`/`top` place the canvas origin on the page (PDF y up);
 * `clipTo` (canvas coordinates) keeps bleed from spilling onto a neighbour on an imposed sheet.
 * Text goes into the structure tree of `section` in the order it is drawn (reading order);
 * colour fields and pictograms are artifacts; a QR code is a figure inside its link.
 */
export function drawPaints(pdf: FanPdf, page: PDFPage, section: Section, paints: Paint[], left: number, top: number, clipTo?: { x: number; y: number; width: number; height: number }): void {
  const { tags, inks: colour } = pdf;
  if (clipTo) page.pushOperators(pushGraphicsState(), rectangle(left + clipTo.x, top - clipTo.y - clipTo.height, clipTo.width, clipTo.height), clip(), endPath());
  for (const p of paints) {
    switch (p.kind) {
      case 'rect':
        if (p.radius) throw new Error('A card has a box with rounded corners (borderRadius): the PDF writer draws square boxes only');
        tags.artifact(page, () => page.drawRectangle({ x: left + p.x, y: top - p.y - p.height, width: p.width, height: p.height, color: colour(p.fill) }));
        break;
      case 'text':
        if (p.tag === ARTIFACT) tags.beginArtifact(page);
        else tags.begin(page, section.forText(p.tag));
        page.drawText(p.text, { x: left + p.x, y: top - p.y, size: p.size, font: p.bold ? pdf.fonts.bold : pdf.fonts.regular, color: colour(p.fill) });
        tags.end(page);
        break;
      case 'shape':
        if (p.figure) tags.begin(page, section.forQrCode(p.figure).figure);
        else tags.beginArtifact(page);
        page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
        page.drawSvgPath(p.d, {
          x: left + p.x, y: top - p.y, scale: p.scale,
          ...(p.fill ? { color: colour(p.fill) } : {}),
          ...(p.stroke ? { borderColor: colour(p.stroke), borderWidth: p.strokeWidth, borderLineCap: LineCapStyle.Round } : {}),
        });
        page.pushOperators(popGraphicsState());
        tags.end(page);
        break;
      case 'link': {
        if (!pdf.links) break;
        const annotation = addLink(pdf, page, [left + p.x, top - p.y - p.height, left + p.x + p.width, top - p.y], p.url);
        tags.annotation(page, annotation, section.forQrCode(p.url).link);
        break;
      }
    }
  }
  if (clipTo) page.pushOperators(popGraphicsState());
}

export function addLink(pdf: FanPdf, page: PDFPage, rect: number[], url: string): PDFRef {
  const { context } = pdf.doc;
  const annotation = context.register(context.obj({
    Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], Contents: PDFHexString.fromText(qrAlt(url)),
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  }));
  page.node.addAnnot(annotation);
  return annotation;
}

/** Draws marks (crop, cut, fold, hole) as artifacts: readers skip them. */
export const marks = (pdf: FanPdf, page: PDFPage, draw: () => void): void => pdf.tags.artifact(page, draw);

/**
 * The same marks as one operator to push on a page: the operators written out once as text, so a
 * deck that repeats them on hundreds of pages builds and serialises them once (as fragment.ts
 * places a card). Only for operators that need no page resources (impose.ts's marks).
 */
export function markOperator(operators: readonly PDFOperator[]): PDFOperator {
  const text = [beginMarkedContent('Artifact'), ...operators, endMarkedContent()].map(String).join('\n');
  return PDFOperator.of(text as PDFOperatorNames);
}

/** One outline entry per category (and cover, discounts): readers jump straight to a colour. */
export function addOutline(pdf: FanPdf, entries: { title: string; pageIndex: number }[]): void {
  if (entries.length === 0) return;
  const { context, catalog } = pdf.doc;
  const pages = pdf.doc.getPages();
  const outlines = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    context.assign(refs[i]!, context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: outlines,
      Dest: [pages[entry.pageIndex]!.ref, 'Fit'],
      ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1]! } : {}),
    }));
  });
  context.assign(outlines, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  catalog.set(PDFName.of('Outlines'), outlines);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export { drawLine as line, drawHoleMark as holeMark } from './impose.ts';

/**
 * pdf-lib keeps every drawing operator of every page as objects until it saves: for a deck of
 * thousands of cards that was gigabytes. A finished page is serialised (and compressed) at once,
 * keeping only its bytes. Drawing on it again later simply starts a new content stream.
 */
export function freezePages(pdf: FanPdf, pages: readonly PDFPage[]): void {
  for (const page of pages) {
    const live = page as unknown as { contentStream?: PDFContentStream; contentStreamRef?: PDFRef };
    if (!live.contentStream || !live.contentStreamRef) continue;
    pdf.doc.context.assign(live.contentStreamRef, PDFRawStream.of(live.contentStream.dict, live.contentStream.getContents()));
    live.contentStream = undefined;
    live.contentStreamRef = undefined;
  }
}

/**
 * Ends the page's current content stream and returns it: what was drawn since the last call is
 * one self-contained stream (the single cards keep each card side in its own, for imposition).
 */
export function sealContent(pdf: FanPdf, page: PDFPage): PDFRef | undefined {
  const ref = (page as unknown as { contentStreamRef?: PDFRef }).contentStreamRef;
  freezePages(pdf, [page]);
  return ref;
}

export function save(pdf: FanPdf): Promise<Uint8Array> {
  pdf.tags.finish();
  return pdf.doc.save({ useObjectStreams: true, addDefaultPage: false });
}
