/**
 * Imposition: cards on A4 sheets to print double-sided, cut and rivet. Pure: pdf-lib only, no
 * Node built-ins, so it runs in the build (waaier.pdf) and in a browser (a made-to-measure fan
 * assembled from the site's kaart/<id>.pdf files).
 *
 * API (small on purpose):
 * - `sheetGrid(cardWidth, cardHeight)`: where cards of that trim size go on an A4 sheet. Portrait
 *   or landscape, whichever holds more cards (portrait on a tie).
 * - `cardPosition(grid, index, side)`: the lower-left corner of a card's trim on the sheet; backs
 *   are mirrored so they line up with their front when the sheet is flipped (`grid.flip` says on
 *   which edge: 'long' for portrait sheets, 'short' for landscape ones).
 * - `cutMarkOperators(grid, count)`, `holeMarkOperators(x, y)`, `lineOperators(...)`: marks in
 *   the sheet's margins and the rivet hole, as thin lines, as operators (a deck builds them once
 *   and repeats them on every page); `drawHoleMark(page, x, y)` and `drawLine` draw them on a page.
 * - `imposeCardPdfs(cards, info)`: the made-to-measure fan. `cards` are the bytes of single-card
 *   PDFs as the site publishes them (kaart/<id>.pdf): each page says where its front and back lie
 *   (see `CARD_PIECE`). Returns a PDF: per sheet a front page and a back page, in card order.
 *
 * All lengths are PDF points (1/72 inch), y up, as in pdf-lib.
 */
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFRawStream, PDFRef,
  concatTransformationMatrix, decodePDFRawStream, drawEllipse, drawLine as lineOperatorsOf, drawObject, popGraphicsState,
  pushGraphicsState, rgb, type Color, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import { A4, HOLE_DIAMETER, HOLE_FROM_BOTTOM, mm } from './geometry.ts';

/** Room kept free at every edge of the sheet: office printers cannot print the outer 5 mm, the marks need the rest. */
const EDGE = mm(10);
const PRINTER_MARGIN = mm(5);
const MARK_GAP = mm(2);

export interface SheetGrid {
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  /** The edge to flip on when printing double-sided. */
  flip: 'long' | 'short';
  cardWidth: number;
  cardHeight: number;
  columns: number;
  rows: number;
  perSheet: number;
  /** The grid's top-left corner (y up). */
  left: number;
  top: number;
}

export function sheetGrid(cardWidth: number, cardHeight: number): SheetGrid {
  const fit = (width: number, height: number, orientation: SheetGrid['orientation']): SheetGrid => {
    // Half a point of slack: a card size read back from a PDF is rounded.
    const columns = Math.floor((width - 2 * EDGE + 0.5) / cardWidth);
    const rows = Math.floor((height - 2 * EDGE + 0.5) / cardHeight);
    return {
      width, height, orientation, flip: orientation === 'portrait' ? 'long' : 'short', cardWidth, cardHeight,
      columns, rows, perSheet: columns * rows,
      left: (width - columns * cardWidth) / 2, top: height - (height - rows * cardHeight) / 2,
    };
  };
  const portrait = fit(A4.width, A4.height, 'portrait');
  const landscape = fit(A4.height, A4.width, 'landscape');
  if (landscape.perSheet > portrait.perSheet) return landscape;
  if (portrait.perSheet > 0) return portrait;
  // A card as large as the sheet (up to 120 x 297 mm): one per portrait sheet, into the printer's margin.
  return { ...portrait, columns: 1, rows: 1, perSheet: 1, left: (A4.width - cardWidth) / 2, top: A4.height - Math.max(0, (A4.height - cardHeight) / 2) };
}

/** Lower-left corner of the trim of card `index` (0-based, counted over all sheets) on its sheet. */
export function cardPosition(grid: SheetGrid, index: number, side: 'front' | 'back'): { x: number; y: number } {
  const onSheet = index % grid.perSheet;
  const column = onSheet % grid.columns;
  const row = Math.floor(onSheet / grid.columns);
  const x = grid.left + column * grid.cardWidth;
  return {
    // Flipping the sheet (on its long edge when portrait, short edge when landscape) mirrors it left-right.
    x: side === 'front' ? x : grid.width - x - grid.cardWidth,
    y: grid.top - (row + 1) * grid.cardHeight,
  };
}

/** The rivet hole of the card whose trim's lower-left corner is at (x, y). */
export const holeCentre = (grid: Pick<SheetGrid, 'cardWidth'>, x: number, y: number): { x: number; y: number } =>
  ({ x: x + grid.cardWidth / 2, y: y + HOLE_FROM_BOTTOM });

/** The inks of the marks: black and grey, RGB by default (the print shop passes CMYK ones). */
export interface MarkInks { black: Color; grey: Color }
const RGB_MARKS: MarkInks = { black: rgb(0, 0, 0), grey: rgb(0.4, 0.4, 0.4) };

/**
 * A thin black line for crop marks, cut lines and hole marks, as operators: the same ones
 * `page.drawLine` pushes (no graphics state, so they need no page resources and can be drawn once
 * and repeated on many pages).
 */
export function lineOperators(x1: number, y1: number, x2: number, y2: number, dashed = false, inks: MarkInks = RGB_MARKS): PDFOperator[] {
  return lineOperatorsOf({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.3, color: inks.black, ...(dashed ? { dashArray: [3, 2] } : {}) });
}

export function drawLine(page: PDFPage, x1: number, y1: number, x2: number, y2: number, dashed = false, inks: MarkInks = RGB_MARKS): void {
  page.pushOperators(...lineOperators(x1, y1, x2, y2, dashed, inks));
}

/** A circle with a small cross: punch the hole here. */
export function holeMarkOperators(x: number, y: number, inks: MarkInks = RGB_MARKS): PDFOperator[] {
  return [
    // As page.drawCircle draws it.
    ...drawEllipse({ x, y, xScale: HOLE_DIAMETER / 2, yScale: HOLE_DIAMETER / 2, color: undefined, borderColor: inks.grey, borderWidth: 0.4 }),
    ...lineOperators(x - 2, y, x + 2, y, false, inks),
    ...lineOperators(x, y - 2, x, y + 2, false, inks),
  ];
}

export function drawHoleMark(page: PDFPage, x: number, y: number, inks: MarkInks = RGB_MARKS): void {
  page.pushOperators(...holeMarkOperators(x, y, inks));
}

/** Cut marks for `count` cards on one sheet: in the margins only, since on a card they would show after cutting. */
export function cutMarkOperators(grid: SheetGrid, count: number): PDFOperator[] {
  const { left, top, columns, cardWidth: w, cardHeight: h, width, height } = grid;
  const rows = Math.ceil(Math.min(count, grid.perSheet) / columns);
  const bottom = top - rows * h;
  const right = left + columns * w;
  const out: PDFOperator[] = [];
  for (let c = 0; c <= columns; c++) {
    const x = left + c * w;
    out.push(...lineOperators(x, top + MARK_GAP, x, Math.max(top + MARK_GAP, Math.min(height - PRINTER_MARGIN, top + MARK_GAP + mm(10)))));
    out.push(...lineOperators(x, bottom - MARK_GAP, x, Math.min(bottom - MARK_GAP, Math.max(PRINTER_MARGIN, bottom - MARK_GAP - mm(10)))));
  }
  for (let r = 0; r <= rows; r++) {
    const y = top - r * h;
    out.push(...lineOperators(left - MARK_GAP, y, Math.min(left - MARK_GAP, Math.max(PRINTER_MARGIN, left - MARK_GAP - mm(10))), y));
    out.push(...lineOperators(right + MARK_GAP, y, Math.max(right + MARK_GAP, Math.min(width - PRINTER_MARGIN, right + MARK_GAP + mm(10))), y));
  }
  return out;
}

function drawCutMarks(page: PDFPage, grid: SheetGrid, count: number): void {
  page.pushOperators(...cutMarkOperators(grid, count));
}

/**
 * How a single-card PDF says where its card is: the page's /PieceInfo (ISO 32000 14.5, private
 * data of a named application) holds
 * `/Vrijetijdswaaier << /Private << /Front [x y w h] /FrontContents ref /Back [x y w h] /BackContents ref >> >>`:
 * the trim of each side in page coordinates, and the content stream that draws that side and
 * nothing else. `/Back` is absent for a one-sided card; `/BackPage 1` says the back is on the
 * second page (a card too wide to print front and back side by side).
 */
const CARD_PIECE = 'Vrijetijdswaaier';

interface Box { x: number; y: number; width: number; height: number }
interface Side extends Box { contents: PDFRef }
export interface CardBoxes { front: Side; back?: Side & { page?: number } }

/** Writes the card's boxes into a page (used by the single-card PDFs). */
export function markCardPage(page: PDFPage, boxes: CardBoxes, modified: string): void {
  const { context } = page.doc;
  const rect = (b: Box) => [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 1000) / 1000);
  const piece = context.obj({
    [CARD_PIECE]: {
      LastModified: PDFHexString.fromText(modified),
      Private: {
        Front: rect(boxes.front), FrontContents: boxes.front.contents,
        ...(boxes.back ? { Back: rect(boxes.back), BackContents: boxes.back.contents } : {}),
        ...(boxes.back?.page ? { BackPage: boxes.back.page } : {}),
      },
    },
  });
  page.node.set(PDFName.of('PieceInfo'), piece);
}

/** Reads the card's boxes from a page written by `markCardPage`; throws when the page is not a card. */
function readCardPage(page: PDFPage): CardBoxes {
  const piece = page.node.lookupMaybe(PDFName.of('PieceInfo'), PDFDict)?.lookupMaybe(PDFName.of(CARD_PIECE), PDFDict)?.lookupMaybe(PDFName.of('Private'), PDFDict);
  const side = (key: string): Side | undefined => {
    const array = piece?.lookupMaybe(PDFName.of(key), PDFArray);
    const contents = piece?.get(PDFName.of(`${key}Contents`));
    if (!array || array.size() !== 4 || !(contents instanceof PDFRef)) return undefined;
    const [x, y, width, height] = array.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) as [number, number, number, number];
    if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) return undefined;
    return { x, y, width, height, contents };
  };
  const front = side('Front');
  if (!front) throw new Error('This PDF is not a card of the fan: its page has no card boxes (/PieceInfo /Vrijetijdswaaier)');
  const back = side('Back');
  const backPage = piece?.lookupMaybe(PDFName.of('BackPage'), PDFNumber)?.asNumber();
  return back ? { front, back: backPage ? { ...back, page: backPage } : back } : { front };
}

/** One card side of a loaded card PDF as a form XObject in `doc`: its own content stream, clipped to the trim. */
function sideAsForm(doc: PDFDocument, source: PDFDocument, page: PDFPage, side: Side, copier: PDFObjectCopier): PDFRef {
  const stream = source.context.lookup(side.contents);
  if (!(stream instanceof PDFRawStream)) throw new Error('A card PDF names a card side that is not a content stream');
  const resources = copier.copy(page.node.Resources()!);
  const form = doc.context.flateStream(decodePDFRawStream(stream).decode(), {
    Type: 'XObject', Subtype: 'Form', FormType: 1,
    BBox: [side.x, side.y, side.x + side.width, side.y + side.height],
    Matrix: [1, 0, 0, 1, -side.x, -side.y],
    Resources: resources,
  });
  return doc.context.register(form);
}

function placeForm(page: PDFPage, form: PDFRef, x: number, y: number): void {
  const name = page.node.newXObject('Card', form);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, 1, x, y), drawObject(name), popGraphicsState());
}

/**
 * A made-to-measure fan: the given single-card PDFs, in order, imposed on A4 sheets with cut and
 * hole marks. Every card must have the same trim size (one fan, one size).
 */
export async function imposeCardPdfs(cards: Uint8Array[], info: { title: string; language?: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.language ?? 'nl-BE');
  const sources = await Promise.all(cards.map(async (bytes) => {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = source.getPages();
    if (!pages[0]) throw new Error('A card PDF has no page');
    const boxes = readCardPage(pages[0]);
    const backPage = boxes.back ? pages[boxes.back.page ?? 0] : undefined;
    if (boxes.back && !backPage) throw new Error('A card PDF has no page for its back');
    return { source, page: pages[0], backPage, boxes };
  }));
  if (sources.length === 0) return doc.save({ addDefaultPage: false });
  const { width, height } = sources[0]!.boxes.front;
  if (sources.some((s) => Math.abs(s.boxes.front.width - width) > 0.5 || Math.abs(s.boxes.front.height - height) > 0.5)) {
    throw new Error('The cards of one fan must all have the same size');
  }
  const grid = sheetGrid(width, height);
  for (let first = 0; first < sources.length; first += grid.perSheet) {
    const onSheet = sources.slice(first, first + grid.perSheet);
    const front = doc.addPage([grid.width, grid.height]);
    const back = doc.addPage([grid.width, grid.height]);
    for (const [i, { source, page, backPage, boxes }] of onSheet.entries()) {
      const copier = PDFObjectCopier.for(source.context, doc.context);
      const f = cardPosition(grid, first + i, 'front');
      // The hole mark is part of the card's front, so it comes along with it.
      placeForm(front, sideAsForm(doc, source, page, boxes.front, copier), f.x, f.y);
      if (boxes.back && backPage) {
        const b = cardPosition(grid, first + i, 'back');
        placeForm(back, sideAsForm(doc, source, backPage, boxes.back, copier), b.x, b.y);
      }
    }
    drawCutMarks(front, grid, onSheet.length);
    drawCutMarks(back, grid, onSheet.length);
  }
  return doc.save({ useObjectStreams: true, addDefaultPage: false });
}
