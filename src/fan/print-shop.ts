/**
 * waaier-drukker.pdf: one card side per page at trim plus bleed, with crop marks outside the bleed.
 * Every card gets a front and a back page (an empty back when the card is one-sided), so a print
 * shop can print the whole file double-sided without sorting.
 */
import type { Deck } from './deck.ts';
import { BLEED, mm } from './geometry.ts';
import { addOutline, drawPaints, freezePages, line, marks, newFanPdf, save } from './pdf.ts';
import { Section } from './tags.ts';
import { outlineEntries } from './outline.ts';
import { assertPrintable } from './problems.ts';

const MARK_GAP = mm(1);
const MARK_LENGTH = mm(5);
const MARGIN = BLEED + MARK_GAP + MARK_LENGTH + mm(1);

export async function printShopPdf(deck: Deck): Promise<Uint8Array> {
  assertPrintable(deck);
  const { site, geometry: g } = deck;
  const pdf = await newFanPdf(site, `${site.settings.title}: waaier voor de drukker`, `De kaarten van de vrijetijdswaaier ${site.settings.edition}, een kaartzijde per bladzijde, met afloop en snijtekens.`);
  const width = g.trimWidth + 2 * MARGIN;
  const height = g.trimHeight + 2 * MARGIN;
  for (const card of deck.cards) {
    const section = new Section(pdf.tags);
    for (const side of [card.sides[0]!, card.sides[1] ?? []]) {
      const page = pdf.doc.addPage([width, height]);
      page.setBleedBox(MARGIN - BLEED, MARGIN - BLEED, g.trimWidth + 2 * BLEED, g.trimHeight + 2 * BLEED);
      page.setTrimBox(MARGIN, MARGIN, g.trimWidth, g.trimHeight);
      drawPaints(pdf, page, section, side, MARGIN - BLEED, height - MARGIN + BLEED);
      marks(pdf, page, () => cropMarks(page, width, height, g.trimWidth, g.trimHeight));
      freezePages(pdf, [page]);
    }
  }
  addOutline(pdf, outlineEntries(deck.cards, (i) => 2 * i));
  return save(pdf);
}

function cropMarks(page: import('pdf-lib').PDFPage, width: number, height: number, trimWidth: number, trimHeight: number): void {
  const near = BLEED + MARK_GAP;
  const far = near + MARK_LENGTH;
  for (const x of [MARGIN, MARGIN + trimWidth]) {
    line(page, x, MARGIN - near, x, MARGIN - far);
    line(page, x, height - MARGIN + near, x, height - MARGIN + far);
  }
  for (const y of [MARGIN, MARGIN + trimHeight]) {
    line(page, MARGIN - near, y, MARGIN - far, y);
    line(page, width - MARGIN + near, y, width - MARGIN + far, y);
  }
}
