/**
 * kaart/<id>.pdf: one card on A4 for a referrer at a desk. Front and back sit side by side, so the
 * card prints on any printer: cut out the strip, fold it on the dashed line, and the back is behind the front.
 */
import { deckSpecs, type Deck } from './deck.ts';
import { A4, BLEED, cardGeometry, mm, type CardGeometry } from './geometry.ts';
import { markCardPage } from './impose.ts';
import type { Site } from '../model/types.ts';
import { addOutline, drawPaints, holeMark, line, marks, newFanPdf, save, sealContent } from './pdf.ts';
import { Section } from './tags.ts';
import { assertPrintable } from './problems.ts';
import { layOutFree } from './free-page.ts';
import { cardType, colour } from '../design/tokens.ts';
import { div, text } from './tree.ts';
import { layOutCard, layoutKey, type CardSpec, type LaidOutCard } from './layout.ts';
import { asArt, type CardArt } from './fragment.ts';
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';

const cache = diskCache('card-pdfs', 'pdf');

/**
 * kaart/<id>.pdf from the disk cache when nothing it shows has changed: the card's layout key
 * (its content, the fonts and this folder's code), its category, the site settings, the build
 * date that dates the PDF, and pdf-lib's version. The key needs only the card's spec, so a
 * cache hit never lays out (or loads) the deck; the content check has already refused any card
 * that does not fit.
 */
export async function cachedSingleCardPdf(site: Site, cardId: string, options: { subset?: boolean } = {}): Promise<Uint8Array> {
  const spec = specsOf(site).get(cardId);
  if (!spec) throw new Error(`No card "${cardId}" on the fan`);
  const cached = cache.read(singleCardKey(site, spec, options));
  if (cached) return new Uint8Array(cached);
  return cachedCardPdf(site, await layOutCard(cardGeometry(site.settings), spec), options);
}

/**
 * The same from a card already laid out (a worker lays out a card and draws its PDF in one job);
 * `site` needs only the settings, build date and categories.
 */
export async function cachedCardPdf(site: Site, card: LaidOutCard, options: { subset?: boolean } = {}, art: CardArt = asArt(card)): Promise<Uint8Array> {
  const g = cardGeometry(site.settings);
  const key = singleCardKey(site, card.spec, options);
  const cached = cache.read(key);
  if (cached) return new Uint8Array(cached);
  assertPrintable({ cards: [card] });
  const bytes = await drawSingleCard(site, g, art, options);
  cache.write(key, bytes);
  return bytes;
}

/** Whether the PDF of this card is in the disk cache, from its spec (no deck needed). */
export const isCardPdfCached = (site: Site, spec: CardSpec, options: { subset?: boolean } = {}): boolean =>
  cache.has(singleCardKey(site, spec, options));

function singleCardKey(site: Site, spec: CardSpec, options: { subset?: boolean }): string {
  return sha256(
    layoutKey(cardGeometry(site.settings), spec), categoryNameOf(site, spec),
    JSON.stringify({ settings: site.settings, buildDate: site.buildDate, subset: options.subset ?? false }),
    `pdf-lib ${packageVersion('pdf-lib')} fontkit ${packageVersion('@pdf-lib/fontkit')}`,
  ).slice(0, 40);
}

/** Whether kaart/<id>.pdf is in the disk cache (a warm build starts no workers for it). */
export function isSingleCardCached(site: Site, cardId: string, options: { subset?: boolean } = {}): boolean {
  const spec = specsOf(site).get(cardId);
  return spec !== undefined && cache.has(singleCardKey(site, spec, options));
}

const specCache = new WeakMap<Site, Map<string, CardSpec>>();
function specsOf(site: Site): Map<string, CardSpec> {
  let specs = specCache.get(site);
  if (!specs) specCache.set(site, (specs = new Map(deckSpecs(site).map((s) => [s.id, s]))));
  return specs;
}

export async function singleCardPdf(deck: Deck, cardId: string, options: { subset?: boolean } = {}): Promise<Uint8Array> {
  assertPrintable(deck);
  const card = deck.cards.find((c) => c.spec.id === cardId);
  if (!card) throw new Error(`No card "${cardId}" on the fan`);
  return drawSingleCard(deck.site, deck.geometry, asArt(card), options);
}

/** The PDF of a card placed from its fragments (fragment.ts), past the disk cache. */
export function placedSingleCardPdf(site: Site, art: CardArt): Promise<Uint8Array> {
  return drawSingleCard(site, cardGeometry(site.settings), art, { subset: true });
}

/**
 * `card` drawn from its layout, or placed from its fragments (fragment.ts): the card job records
 * the fragments first and places them here, so a card is drawn once for all its PDFs.
 */
async function drawSingleCard(site: Site, g: CardGeometry, card: CardArt, options: { subset?: boolean }): Promise<Uint8Array> {
  const pdf = await newFanPdf(site, `${card.spec.title}: kaart uit de ${site.settings.title}`, `Een kaart uit de vrijetijdswaaier om af te drukken: ${card.spec.title}.`, options);
  const page = pdf.doc.addPage([A4.width, A4.height]);
  const twoSided = card.sideCount > 1;
  // Front and back side by side, to fold; a card too wide for that gets its back on a second page.
  const folded = twoSided && 2 * g.trimWidth <= A4.width - 2 * mm(10);
  const stripWidth = g.trimWidth * (folded ? 2 : 1);
  const left = (A4.width - stripWidth) / 2;
  const top = A4.height - mm(45);
  const trim = { x: BLEED, y: BLEED, width: g.trimWidth, height: g.trimHeight };
  const how: Instructions = folded ? 'fold' : twoSided ? 'two-pages' : 'one-side';

  drawPaints(pdf, page, new Section(pdf.tags), await headerPaints(how), 0, A4.height);
  sealContent(pdf, page);
  const section = new Section(pdf.tags);
  // Each card side in a content stream of its own, named in the page's card boxes: imposition
  // (impose.ts) places exactly that side, with nothing of the rest of the page.
  card.place(pdf, page, section, 0, left - BLEED, top + BLEED, trim);
  marks(pdf, page, () => holeMark(page, left + g.trimWidth / 2, top - (g.holeY - BLEED)));
  const front = { x: left, y: top - g.trimHeight, width: g.trimWidth, height: g.trimHeight, contents: sealContent(pdf, page)! };
  if (folded) {
    card.place(pdf, page, section, 1, left + g.trimWidth - BLEED, top + BLEED, trim);
    const back = { ...front, x: left + g.trimWidth, contents: sealContent(pdf, page)! };
    marks(pdf, page, () => line(page, left + g.trimWidth, top, left + g.trimWidth, top - g.trimHeight, true));
    markCardPage(page, { front, back }, site.buildDate);
  } else if (twoSided) {
    const backPage = pdf.doc.addPage([A4.width, A4.height]);
    // Mirrored, so that the back lies behind the front when the sheet is flipped on its long edge.
    const backLeft = A4.width - left - g.trimWidth;
    card.place(pdf, backPage, section, 1, backLeft - BLEED, top + BLEED, trim);
    const back = { ...front, x: backLeft, page: 1, contents: sealContent(pdf, backPage)! };
    marks(pdf, backPage, () => cutMarks(backPage, backLeft, top, g.trimWidth, g.trimHeight));
    markCardPage(page, { front, back }, site.buildDate);
  } else {
    markCardPage(page, { front }, site.buildDate);
  }
  marks(pdf, page, () => cutMarks(page, left, top, stripWidth, g.trimHeight));
  addOutline(pdf, [{ title: categoryNameOf(site, card.spec), pageIndex: 0 }]);
  return save(pdf);
}

const categoryNameOf = (site: Site, spec: CardSpec): string =>
  site.categories.find((c) => c.id === spec.categoryId)?.name ?? spec.title;

type Instructions = 'fold' | 'two-pages' | 'one-side';

/** The same instructions on every single card: laid out once per build, not once per card. */
const headers = new Map<Instructions, Promise<import('./svg.ts').Paint[]>>();
function headerPaints(how: Instructions): Promise<import('./svg.ts').Paint[]> {
  let paints = headers.get(how);
  if (!paints) headers.set(how, (paints = layOutFree(header(how), A4.width, mm(40))));
  return paints;
}

const INSTRUCTIONS: Record<Instructions, string> = {
  'fold': 'Vouw de kaart dubbel langs de stippellijn, met de tekst naar buiten. Maak een gaatje in het rondje.',
  'two-pages': 'Druk dubbelzijdig af (omslaan langs de lange kant). Maak een gaatje in het rondje.',
  'one-side': 'Maak een gaatje in het rondje.',
};

function header(how: Instructions) {
  return div({ flexDirection: 'column', paddingLeft: mm(25), paddingRight: mm(25), paddingTop: mm(15) }, [
    text({ fontSize: cardType.body, lineHeight: 1.35, color: colour.text }, 'Druk af op ware grootte (100 %). Knip de kaart uit langs de snijtekens.'),
    text({ fontSize: cardType.body, lineHeight: 1.35, color: colour.text }, INSTRUCTIONS[how]),
  ]);
}

function cutMarks(page: import('pdf-lib').PDFPage, left: number, top: number, width: number, height: number): void {
  const gap = mm(2);
  const length = mm(8);
  for (const x of [left, left + width]) {
    line(page, x, top + gap, x, top + gap + length);
    line(page, x, top - height - gap, x, top - height - gap - length);
  }
  for (const y of [top, top - height]) {
    line(page, left - gap, y, left - gap - length, y);
    line(page, left + width + gap, y, left + width + gap + length, y);
  }
}
