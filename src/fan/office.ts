/**
 * waaier.pdf for office printers: cards at trim size side by side on A4, a back page after every
 * front page with each card's back mirrored left-right, so they line up when the printer flips on
 * the long edge. Cut marks in the margins, a hole mark on every front, a printing guide first.
 */
import type { PDFPage } from 'pdf-lib';
import type { Deck } from './deck.ts';
import { A4, BLEED, HOLE_DIAMETER, mm } from './geometry.ts';
import { addOutline, drawPaints, holeMark, line, newFanPdf, save, freezePages } from './pdf.ts';
import { outlineEntries } from './outline.ts';
import { assertPrintable } from './problems.ts';
import { layOutFree } from './free-page.ts';
import { guide } from './guide.ts';

const PRINTER_MARGIN = mm(5);

export async function officePdf(deck: Deck): Promise<Uint8Array> {
  assertPrintable(deck);
  const { site, geometry: g } = deck;
  const pdf = await newFanPdf(site, `${site.settings.title}: waaier om zelf af te drukken`, `De kaarten van de vrijetijdswaaier ${site.settings.edition} op A4, dubbelzijdig, met snijtekens en een uitleg om af te drukken, te knippen en samen te zetten.`);
  const columns = Math.max(1, Math.floor((A4.width - 2 * PRINTER_MARGIN) / g.trimWidth));
  const rows = Math.max(1, Math.floor((A4.height - 2 * PRINTER_MARGIN) / g.trimHeight));
  const perSheet = columns * rows;
  const sheets = Math.ceil(deck.cards.length / perSheet);

  const guidePaints = await layOutFree(guide(site, { cards: deck.cards.length, sheets, widthMm: site.settings.card.widthMm, heightMm: site.settings.card.heightMm }), A4.width, A4.height);
  drawPaints(pdf, pdf.doc.addPage([A4.width, A4.height]), guidePaints, 0, A4.height);
  // The guide's back stays empty, so that card fronts and backs share a sheet.
  pdf.doc.addPage([A4.width, A4.height]);

  const gridLeft = (A4.width - columns * g.trimWidth) / 2;
  const gridTop = A4.height - (A4.height - rows * g.trimHeight) / 2;
  const trim = { x: BLEED, y: BLEED, width: g.trimWidth, height: g.trimHeight };
  for (let s = 0; s < sheets; s++) {
    const cards = deck.cards.slice(s * perSheet, (s + 1) * perSheet);
    const front = pdf.doc.addPage([A4.width, A4.height]);
    const back = pdf.doc.addPage([A4.width, A4.height]);
    cards.forEach((card, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      const x = gridLeft + column * g.trimWidth;
      const mirroredX = A4.width - x - g.trimWidth;
      const y = gridTop - row * g.trimHeight;
      drawPaints(pdf, front, card.sides[0]!, x - BLEED, y + BLEED, trim);
      holeMark(front, x + g.trimWidth / 2, y - (g.holeY - BLEED), HOLE_DIAMETER);
      if (card.sides[1]) drawPaints(pdf, back, card.sides[1], mirroredX - BLEED, y + BLEED, trim);
    });
    for (const page of [front, back]) cutMarks(page, gridLeft, gridTop, columns, Math.ceil(cards.length / columns), g.trimWidth, g.trimHeight);
    freezePages(pdf, [front, back]);
  }
  addOutline(pdf, outlineEntries(deck.cards, (i) => 2 + 2 * Math.floor(i / perSheet)));
  return save(pdf);
}

/** Marks in the margin only: on the card they would show after cutting. */
function cutMarks(page: PDFPage, left: number, top: number, columns: number, rows: number, w: number, h: number): void {
  const gap = mm(2);
  const bottom = top - rows * h;
  for (let c = 0; c <= columns; c++) {
    const x = left + c * w;
    line(page, x, top + gap, x, Math.min(A4.height, top + gap + mm(10)));
    line(page, x, bottom - gap, x, Math.max(0, bottom - gap - mm(10)));
  }
  for (let r = 0; r <= rows; r++) {
    const y = top - r * h;
    line(page, left - gap, y, Math.max(0, left - gap - mm(10)), y);
    line(page, left + columns * w + gap, y, Math.min(A4.width, left + columns * w + gap + mm(10)), y);
  }
}
