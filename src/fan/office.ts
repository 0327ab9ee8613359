/**
 * waaier.pdf for office printers: cards at trim size side by side on A4 (portrait or landscape,
 * whichever holds more: see impose.ts), a back page after every front page with each card's back
 * mirrored left-right, so they line up when the printer flips the sheet. Cut marks in the margins,
 * a hole mark on every front, a printing guide first.
 */
import { asArt, type ArtDeck } from './fragment.ts';
import { A4, BLEED } from './geometry.ts';
import { addOutline, drawPaints, marks, newFanPdf, save, freezePages } from './pdf.ts';
import { Section } from './tags.ts';
import { cardPosition, drawCutMarks, drawHoleMark, holeCentre, sheetGrid } from './impose.ts';
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
  for (let s = 0; s < sheets; s++) {
    const cards = arts.slice(s * grid.perSheet, (s + 1) * grid.perSheet);
    const front = pdf.doc.addPage([grid.width, grid.height]);
    const back = pdf.doc.addPage([grid.width, grid.height]);
    // Card by card, front then back: the structure tree reads each card whole, in deck order.
    cards.forEach((card, i) => {
      const section = new Section(pdf.tags);
      const f = cardPosition(grid, s * grid.perSheet + i, 'front');
      card.place(pdf, front, section, 0, f.x - BLEED, f.y + g.trimHeight + BLEED, trim);
      const hole = holeCentre(grid, f.x, f.y);
      marks(pdf, front, () => drawHoleMark(front, hole.x, hole.y));
      if (card.sideCount > 1) {
        const b = cardPosition(grid, s * grid.perSheet + i, 'back');
        card.place(pdf, back, section, 1, b.x - BLEED, b.y + g.trimHeight + BLEED, trim);
      }
    });
    for (const page of [front, back]) marks(pdf, page, () => drawCutMarks(page, grid, cards.length));
    freezePages(pdf, [front, back]);
  }
  addOutline(pdf, outlineEntries(deck.cards, (i) => firstSheetPage + 2 * Math.floor(i / grid.perSheet)));
  return save(pdf);
}
