/**
 * A card side drawn once, placed many times. The two deck PDFs (waaier.pdf, waaier-drukker.pdf)
 * and the category sheets of /op-maat/ hold every card; drawing every card into each of them
 * again cost more than the cards themselves, and a changed offer redrew whole decks. Instead, the
 * job that lays a card out also draws each side once, in screen RGB, into a fragment (the print
 * shop's CMYK fragment is the same operators with the colours converted): the content stream's operators, with the fonts whole (so glyph ids are the font's
 * own and the same in every document), the structure it marks (which text run is which element)
 * and its links. A fragment is cached on disk by the card's layout key; a deck is assembled from
 * the fragments, each placed with one translation, its MCIDs numbered for the page it lands on.
 *
 * The single-card PDFs place the screen fragment too: their fonts are subset with the glyph ids
 * kept (font-subset.ts), so a fragment records which glyphs it uses.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFOperator, PDFRef, setFillingCmykColor, setStrokingCmykColor, type PDFOperatorNames, type PDFPage } from 'pdf-lib';
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';
import type { Problem } from '../model/problem.ts';
import type { Site } from '../model/types.ts';
import { rgbToCmyk, screenInks } from './cmyk.ts';
import { cardGeometry, type CardGeometry } from './geometry.ts';
import { layOutCard, layoutKey, type CardSpec, type LaidOutCard } from './layout.ts';
import { addLink, drawPaints, newDrawingDoc, type FanPdf } from './pdf.ts';
import type { Paint } from './svg.ts';
import type { Section, Structure, StructElement } from './tags.ts';
import { takeGlyphUse, useGlyphs, type GlyphUse } from './font-subset.ts';

export type InkSet = 'screen' | 'print';

type FragmentEvent =
  | { kind: 'text'; tag?: string }
  | { kind: 'figure'; url: string }
  | { kind: 'link'; url: string; rect: [number, number, number, number] };

/** One card side as drawn at origin (its top-left bleed corner at 0,0; y up, so it lies below). */
interface SideFragment {
  /** The operators, cut where an MCID goes: pieces.length is one more than the marked runs. */
  pieces: string[];
  /** Marked runs and links in drawing order: replayed to build the structure tree the same way drawPaints does. */
  events: FragmentEvent[];
  /** Font resource names used in `pieces`, and which font each is. */
  fonts: Record<string, 'regular' | 'bold'>;
  /** The glyphs each font draws in `pieces` (a subset font must embed them). */
  glyphs: Partial<Record<'regular' | 'bold', GlyphUse>>;
}

interface Box { x: number; y: number; width: number; height: number }

/** A card a deck can place: from fragments (cached) or drawn from its layout. */
export interface CardArt {
  spec: CardSpec;
  sideCount: number;
  problems: Problem[];
  place(pdf: FanPdf, page: PDFPage, section: Section, side: number, left: number, top: number, clipTo?: Box): void;
}

/** The drawn way, from a layout in memory (tests, and decks of a handful of cards). */
function paintedArt(card: LaidOutCard): CardArt {
  return {
    spec: card.spec, sideCount: card.sides.length, problems: card.problems,
    place: (pdf, page, section, side, left, top, clipTo) => drawPaints(pdf, page, section, card.sides[side]!, left, top, clipTo),
  };
}

/** Where a marked run begins in the recorded operators: replaced by its BDC when placed. */
const mark = (i: number): string => `@@mark-${i}@@`;

/** Records what drawPaints marks instead of building a structure tree. */
class Recorder {
  events: FragmentEvent[] = [];
  private readonly doc: import('pdf-lib').PDFDocument;
  constructor(doc: import('pdf-lib').PDFDocument) {
    this.doc = doc;
  }
  begin(page: PDFPage, element: StructElement): void {
    const token = element as unknown as FragmentEvent;
    const index = this.events.filter((e) => e.kind !== 'link').length;
    this.events.push(token);
    page.pushOperators(PDFOperator.of(mark(index) as PDFOperatorNames));
  }
  beginArtifact(page: PDFPage): void { page.pushOperators(PDFOperator.of('BMC' as PDFOperatorNames, [PDFName.of('Artifact')])); }
  end(page: PDFPage): void { page.pushOperators(PDFOperator.of('EMC' as PDFOperatorNames)); }
  artifact(page: PDFPage, draw: () => void): void { this.beginArtifact(page); draw(); this.end(page); }
  annotation(_page: PDFPage, annotation: PDFRef, owner: StructElement): void {
    const rect = this.doc.context.lookup(annotation, PDFDict).lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
    this.events.push({ kind: 'link', url: (owner as unknown as { url: string }).url, rect: rect as [number, number, number, number] });
  }
}

/** Hands drawPaints tokens instead of structure elements. */
const recordingSection = {
  forText: (tag: string | undefined) => ({ kind: 'text', ...(tag !== undefined ? { tag } : {}) }),
  forQrCode: (url: string) => ({ figure: { kind: 'figure', url }, link: { kind: 'link', url } }),
} as unknown as Section;

interface Scratch { pdf: FanPdf; uses: number }
let scratch: Promise<Scratch> | undefined;
/** A scratch document serves this many sides, then a fresh one: its pages are never saved. */
const SCRATCH_USES = 64;

async function scratchDoc(): Promise<Scratch> {
  const current = scratch ? await scratch : undefined;
  if (current && current.uses < SCRATCH_USES) return current;
  scratch = newDrawingDoc().then(({ doc, fonts }) => ({
    pdf: {
      doc, fonts, tags: new Recorder(doc) as unknown as Structure, inks: screenInks, links: true,
      info: { title: '', subject: '', author: '', keywords: [], date: new Date(0), id: '' },
    },
    uses: 0,
  }));
  return scratch;
}

/** The font resource names of placed fragments: pdf-lib's own names look like F1-1234. */
const FONT_NAMES = { regular: 'FanRegular', bold: 'FanBold' } as const;

/** Draws one side at origin, in screen RGB, and keeps its operators, marks and links. */
async function recordSide(paints: Paint[]): Promise<SideFragment> {
  const s = await scratchDoc();
  s.uses++;
  const recorder = s.pdf.tags as unknown as Recorder;
  recorder.events = [];
  const page = s.pdf.doc.addPage([100, 100]);
  for (const font of [s.pdf.fonts.regular, s.pdf.fonts.bold]) takeGlyphUse(font);
  drawPaints(s.pdf, page, recordingSection, paints, 0, 0);
  const stream = (page as unknown as { contentStream?: { getUnencodedContents(): Uint8Array } }).contentStream;
  const drawn = stream ? Buffer.from(stream.getUnencodedContents()).toString('latin1') : '';
  const events = recorder.events;
  const resources = page.node.normalizedEntries();
  // pdf-lib names a page's fonts in the order it meets them (a new name each time the font
  // changes), so the scratch page's names may stand for other fonts on the page a fragment
  // lands on: the fragment names its own, one per font.
  const fonts: SideFragment['fonts'] = {};
  const names = new Map<string, string>();
  for (const [name, ref] of resources.Font.entries()) {
    const font = ref === s.pdf.fonts.bold.ref ? 'bold' : 'regular';
    names.set(name.decodeText(), FONT_NAMES[font]);
    fonts[FONT_NAMES[font]] = font;
  }
  const glyphs: SideFragment['glyphs'] = {};
  for (const font of Object.values(fonts)) glyphs[font] = takeGlyphUse(s.pdf.fonts[font]);
  // Our own operators, one per line: "/F1-1234 12 Tf".
  const text = drawn.replace(/^\/(\S+) (\S+) Tf$/gm, (line, name: string, size: string) => (names.has(name) ? `/${names.get(name)} ${size} Tf` : line));
  const marked = events.filter((e) => e.kind !== 'link').length;
  const pieces: string[] = [];
  let rest = text;
  for (let i = 0; i < marked; i++) {
    const at = rest.indexOf(mark(i));
    if (at < 0 || rest.indexOf(mark(i), at + 1) >= 0) throw new Error(`Card fragment: marked run ${i} not found exactly once`);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + mark(i).length);
  }
  pieces.push(rest);
  if (!/^[\x20-\x7e\n\r\t]*$/.test(text)) throw new Error('Card fragment: operators must be ASCII');
  if (resources.XObject.keys().length || resources.ExtGState.keys().length) throw new Error('Card fragment: only fonts may be used as resources');
  s.pdf.doc.removePage(s.pdf.doc.getPageCount() - 1);
  return { pieces, events, fonts, glyphs };
}

/** Places a recorded side with its top-left bleed corner at (left, top), like drawPaints would draw it. */
function placeFragment(pdf: FanPdf, page: PDFPage, section: Section, fragment: SideFragment, left: number, top: number, clipTo?: Box): void {
  for (const [name, font] of Object.entries(fragment.fonts)) {
    page.node.setFontDictionary(PDFName.of(name), pdf.fonts[font].ref);
    useGlyphs(pdf.fonts[font], fragment.glyphs[font] ?? []);
  }
  const out: string[] = ['q'];
  if (clipTo) out.push(`${num(left + clipTo.x)} ${num(top - clipTo.y - clipTo.height)} ${num(clipTo.width)} ${num(clipTo.height)} re W n`);
  out.push(`1 0 0 1 ${num(left)} ${num(top)} cm`);
  let piece = 0;
  out.push(fragment.pieces[0]!);
  for (const event of fragment.events) {
    if (event.kind === 'link') {
      if (!pdf.links) continue;
      const [x1, y1, x2, y2] = event.rect;
      const annotation = addLink(pdf, page, [x1 + left, y1 + top, x2 + left, y2 + top], event.url);
      pdf.tags.annotation(page, annotation, section.forQrCode(event.url).link);
      continue;
    }
    const element = event.kind === 'text' ? section.forText(event.tag) : section.forQrCode(event.url).figure;
    out.push(`/${element.type} <</MCID ${pdf.tags.mark(page, element)}>> BDC`, fragment.pieces[++piece]!);
  }
  out.push('Q');
  page.pushOperators(PDFOperator.of(out.join('\n') as PDFOperatorNames));
}

/** Numbers as pdf-lib writes them in operators. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

const cache = diskCache('card-fragments', 'json');

function fragmentKey(g: CardGeometry, spec: CardSpec, inks: InkSet): string {
  return sha256(layoutKey(g, spec), inks, `pdf-lib ${packageVersion('pdf-lib')} fontkit ${packageVersion('@pdf-lib/fontkit')}`).slice(0, 40);
}

export const isFragmentCached = (g: CardGeometry, spec: CardSpec, inks: InkSet): boolean => cache.has(fragmentKey(g, spec, inks));

/**
 * Records and caches both ink sets of a card just laid out (the card job does this). A side is
 * drawn once, in screen RGB; the print fragment is the same operators with every RGB colour
 * operator replaced by the print shop's CMYK for that colour (cmyk.ts).
 */
export async function cacheFragments(g: CardGeometry, card: LaidOutCard): Promise<CardArt> {
  const screenKey = fragmentKey(g, card.spec, 'screen');
  const printKey = fragmentKey(g, card.spec, 'print');
  const sides: SideFragment[] = [];
  for (const paints of card.sides) sides.push(await recordSide(paints));
  cache.write(screenKey, JSON.stringify(sides));
  cache.write(printKey, JSON.stringify(sides.map(inPrintInks)));
  return fragmentArt(card.spec, () => sides);
}

/** A card placed from its recorded sides. */
function fragmentArt(spec: CardSpec, sides: () => SideFragment[], placed?: () => void): CardArt {
  return {
    spec, problems: [],
    get sideCount() { return sides().length; },
    place(pdf, page, section, side, left, top, clipTo) {
      placeFragment(pdf, page, section, sides()[side]!, left, top, clipTo);
      if (side === sides().length - 1) placed?.();
    },
  };
}

/** An RGB fill or stroke as pdf-lib writes it: one operator per line, "r g b rg" or "r g b RG". */
const RGB_OPERATOR = /^(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (rg|RG)$/;

/** The same side for the print shop: each RGB colour operator replaced by its CMYK one. */
function inPrintInks(side: SideFragment): SideFragment {
  const convert = (line: string): string => {
    const rgb = RGB_OPERATOR.exec(line);
    if (!rgb) return line;
    const colourOf = { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
    const { c, m, y, k } = rgbToCmyk(colourOf);
    return (rgb[4] === 'rg' ? setFillingCmykColor(c, m, y, k) : setStrokingCmykColor(c, m, y, k)).toString();
  };
  return { ...side, pieces: side.pieces.map((piece) => piece.split('\n').map(convert).join('\n')) };
}

/** A deck whose cards are ready to place: from fragments, or laid out in memory. */
export interface ArtDeck { site: Site; geometry: CardGeometry; cards: (CardArt | LaidOutCard)[] }

export const asArt = (card: CardArt | LaidOutCard): CardArt => ('place' in card ? card : paintedArt(card));

/**
 * The card's sides for `inks`: from the cache, or laid out (layout cache) and recorded now. The
 * fragments are read when the card is placed, not before: a deck of 5,000 cards holds one card's
 * fragments at a time, not all of them.
 */
export async function cardArt(site: Site, spec: CardSpec, inks: InkSet): Promise<CardArt> {
  const g = cardGeometry(site.settings);
  const key = fragmentKey(g, spec, inks);
  if (!cache.has(key)) {
    const card = await layOutCard(g, spec);
    if (card.problems.length) return paintedArt(card);
    await cacheFragments(g, card);
  }
  let sides: SideFragment[] | undefined;
  const load = (): SideFragment[] => {
    if (sides) return sides;
    const bytes = cache.read(key);
    // Checked a moment ago; gone only if someone emptied the cache folder during the build.
    if (!bytes) throw new Error(`The fragments of card ${spec.id} left the cache during the build: build again`);
    return (sides = JSON.parse(bytes.toString('utf8')) as SideFragment[]);
  };
  // The back is placed right after the front: then this card's fragments can go.
  return fragmentArt(spec, load, () => { sides = undefined; });
}
