/**
 * waaier.pdf for office printers: cards at trim size side by side on A4 (portrait or landscape,
 * whichever holds more: see impose.ts), a back page after every front page with each card's back
 * mirrored left-right, so they line up when the printer flips the sheet. Cut marks in the margins,
 * a hole mark on every front, a printing guide first.
 */
import { asArt, type ArtDeck } from './fragment.ts';
import { A4, BLEED } from './geometry.ts';
import { addOutline, drawPaints, markOperator, newFanPdf, save, freezePages } from './pdf.ts';
import type { PDFOperator } from 'pdf-lib';
import { Section } from './tags.ts';
import { cardPosition, cutMarkOperators, holeCentre, holeMarkOperators, sheetGrid } from './impose.ts';
import { outlineEntries } from './outline.ts';
import { assertPrintable } from './problems.ts';
import { layOutFree } from './free-page.ts';
import { guide } from './guide.ts';

/**
 * `sheet`: a part of the deck without the printing guide (the category sheets of /op-maat/), under
 * its own title; the outline then has no entry for the guide's pages.
 */
export async function officePdf(deck: ArtDeck, sheet?: { title: string }): Promise<Uint8Array> {
  assertPrintable(deck);
  const { site, geometry: g } = deck;
  const arts = deck.cards.map(asArt);
  const pdf = sheet
    ? await newFanPdf(site, sheet.title, `Kaarten uit de vrijetijdswaaier ${site.settings.edition} op A4, dubbelzijdig, met snijtekens.`)
    : await newFanPdf(site, `${site.settings.title}: waaier om zelf af te drukken`, `De kaarten van de vrijetijdswaaier ${site.settings.edition} op A4, dubbelzijdig, met snijtekens en een uitleg om af te drukken, te knippen en samen te zetten.`);
  const grid = sheetGrid(g.trimWidth, g.trimHeight);
  const sheets = Math.ceil(deck.cards.length / grid.perSheet);

  if (!sheet) {
    const guidePaints = await layOutFree(guide(site, { cards: deck.cards.length, sheets, widthMm: site.settings.card.widthMm, heightMm: site.settings.card.heightMm, flip: grid.flip }), A4.width, A4.height);
    drawPaints(pdf, pdf.doc.addPage([A4.width, A4.height]), new Section(pdf.tags), guidePaints, 0, A4.height);
    // The guide's back stays empty, so that card fronts and backs share a sheet.
    pdf.doc.addPage([A4.width, A4.height]);
  }
  const firstSheetPage = sheet ? 0 : 2;

  const trim = { x: BLEED, y: BLEED, width: g.trimWidth, height: g.trimHeight };
  // Marks repeat on every sheet: each place's hole mark and each card count's cut marks are built once.
  const holeMarks = new Map<number, PDFOperator>();
  const holeMark = (place: number, at: { x: number; y: number }): PDFOperator => {
    let mark = holeMarks.get(place);
    if (!mark) {
      const hole = holeCentre(grid, at.x, at.y);
      holeMarks.set(place, (mark = markOperator(holeMarkOperators(hole.x, hole.y))));
    }
    return mark;
  };
  const cutMarkSets = new Map<number, PDFOperator>();
  const cutMarks = (count: number): PDFOperator => {
    let mark = cutMarkSets.get(count);
    if (!mark) cutMarkSets.set(count, (mark = markOperator(cutMarkOperators(grid, count))));
    return mark;
  };
  for (let s = 0; s < sheets; s++) {
    const cards = arts.slice(s * grid.perSheet, (s + 1) * grid.perSheet);
    const front = pdf.doc.addPage([grid.width, grid.height]);
    const back = pdf.doc.addPage([grid.width, grid.height]);
    // Card by card, front then back: the structure tree reads each card whole, in deck order.
    cards.forEach((card, i) => {
      const section = new Section(pdf.tags);
      const f = cardPosition(grid, s * grid.perSheet + i, 'front');
      card.place(pdf, front, section, 0, f.x - BLEED, f.y + g.trimHeight + BLEED, trim);
      front.pushOperators(holeMark(i, f));
      if (card.sideCount > 1) {
        const b = cardPosition(grid, s * grid.perSheet + i, 'back');
        card.place(pdf, back, section, 1, b.x - BLEED, b.y + g.trimHeight + BLEED, trim);
      }
    });
    for (const page of [front, back]) page.pushOperators(cutMarks(cards.length));
    freezePages(pdf, [front, back]);
  }
  addOutline(pdf, outlineEntries(deck.cards, (i) => firstSheetPage + 2 * Math.floor(i / grid.perSheet)));
  return save(pdf);
}
