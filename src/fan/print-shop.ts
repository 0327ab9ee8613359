/**
 * waaier-drukker.pdf: one card side per page at trim plus bleed, with crop marks outside the bleed
 * and the rivet hole marked on each front. Every card gets a front and a back page (an empty back
 * when the card is one-sided), so a print shop can print the whole file double-sided without
 * sorting. CMYK only (cmyk.ts) and PDF/X-4 with a FOGRA39 output intent (pdfx.ts).
 */
import { asArt, type ArtDeck } from './fragment.ts';
import { BLEED, HOLE_FROM_BOTTOM, mm } from './geometry.ts';
import { addOutline, freezePages, markOperator, newFanPdf, save } from './pdf.ts';
import type { PDFOperator } from 'pdf-lib';
import { printInks } from './cmyk.ts';
import { asPdf16, makePdfX4 } from './pdfx.ts';
import { holeMarkOperators, lineOperators, type MarkInks } from './impose.ts';
import { Section } from './tags.ts';
import { outlineEntries } from './outline.ts';
import { assertPrintable } from './problems.ts';

const MARK_GAP = mm(1);
const MARK_LENGTH = mm(5);
const MARGIN = BLEED + MARK_GAP + MARK_LENGTH + mm(1);

export async function printShopPdf(deck: ArtDeck): Promise<Uint8Array> {
  assertPrintable(deck);
  const { site, geometry: g } = deck;
  const pdf = await newFanPdf(
    site, `${site.settings.title}: waaier voor de drukker`,
    `De kaarten van de vrijetijdswaaier ${site.settings.edition}, een kaartzijde per bladzijde, met afloop en snijtekens, in CMYK (PDF/X-4, FOGRA39).`,
    { inks: printInks, links: false },
  );
  const ink = { black: printInks({ r: 0, g: 0, b: 0 }), grey: printInks({ r: 0.4, g: 0.4, b: 0.4 }) };
  const width = g.trimWidth + 2 * MARGIN;
  const height = g.trimHeight + 2 * MARGIN;
  // The same on every page: crop marks, and on each front the rivet hole, like on the A4 file
  // (the print shop drills there).
  const crop = cropMarks(width, height, g.trimWidth, g.trimHeight, ink);
  const pageMarks = [markOperator([...crop, ...holeMarkOperators(MARGIN + g.trimWidth / 2, MARGIN + HOLE_FROM_BOTTOM, ink)]), markOperator(crop)];
  for (const card of deck.cards.map(asArt)) {
    const section = new Section(pdf.tags);
    // Every card gets a back page: an empty one when the card is one-sided.
    for (const i of [0, 1]) {
      const page = pdf.doc.addPage([width, height]);
      page.setBleedBox(MARGIN - BLEED, MARGIN - BLEED, g.trimWidth + 2 * BLEED, g.trimHeight + 2 * BLEED);
      page.setTrimBox(MARGIN, MARGIN, g.trimWidth, g.trimHeight);
      if (i < card.sideCount) card.place(pdf, page, section, i, MARGIN - BLEED, height - MARGIN + BLEED);
      page.pushOperators(pageMarks[i]!);
      freezePages(pdf, [page]);
    }
  }
  addOutline(pdf, outlineEntries(deck.cards, (i) => 2 * i));
  makePdfX4(pdf, pdf.info);
  return asPdf16(await save(pdf));
}

function cropMarks(width: number, height: number, trimWidth: number, trimHeight: number, ink: MarkInks): PDFOperator[] {
  const near = BLEED + MARK_GAP;
  const far = near + MARK_LENGTH;
  const out: PDFOperator[] = [];
  for (const x of [MARGIN, MARGIN + trimWidth]) {
    out.push(...lineOperators(x, MARGIN - near, x, MARGIN - far, false, ink));
    out.push(...lineOperators(x, height - MARGIN + near, x, height - MARGIN + far, false, ink));
  }
  for (const y of [MARGIN, MARGIN + trimHeight]) {
    out.push(...lineOperators(MARGIN - near, y, MARGIN - far, y, false, ink));
    out.push(...lineOperators(width - MARGIN + near, y, width - MARGIN + far, y, false, ink));
  }
  return out;
}
