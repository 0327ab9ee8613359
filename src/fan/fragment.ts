/**
 * A card side drawn once, placed many times. The two deck PDFs (waaier.pdf, waaier-drukker.pdf)
 * and the category sheets of /op-maat/ hold every card; drawing every card into each of them
 * again cost more than the cards themselves, and a changed offer redrew whole decks. Instead, the
 * job that lays a card out also writes each side once, in screen RGB, as a fragment (the print
 * shop's CMYK one is the same operators with the colours converted when it is placed): the
 * content stream's operators, with the font's own glyph ids (the same in every document), the
 * structure it marks (which text run is which element) and its links. A card's fragments are
 * cached on disk by its layout key; a deck is assembled from them, each side placed with one
 * translation, its MCIDs numbered for the page it lands on.
 *
 * The single-card PDFs place the screen fragment too: their fonts are subset with the glyph ids
 * kept (font-subset.ts), so a fragment records which glyphs it uses.
 */
import {
  LineCapStyle, LineJoinStyle, PDFHexString, PDFName, PDFOperator, cleanText, degrees,
  drawLinesOfText, drawRectangle, drawSvgPath, lineSplit, popGraphicsState, pushGraphicsState, setFillingCmykColor, setLineJoin,
  setStrokingCmykColor, toHexStringOfMinLength, translate, type PDFOperatorNames, type PDFPage,
} from 'pdf-lib';
import { diskCache, packageVersion, sha256 } from '../cache/disk-cache.ts';
import type { Problem } from '../model/problem.ts';
import type { Site } from '../model/types.ts';
import { rgbToCmyk, screenInks } from './cmyk.ts';
import { cardGeometry, type CardGeometry } from './geometry.ts';
import { ARTIFACT, layOutCard, layoutKey, type CardSpec, type LaidOutCard } from './layout.ts';
import { addLink, drawPaints, type FanPdf } from './pdf.ts';
import type { Paint } from './svg.ts';
import type { Section } from './tags.ts';
import { useGlyphs, type GlyphUse } from './font-subset.ts';
import { shape } from './fonts.ts';

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

/** The font resource names of placed fragments. */
const FONT_NAMES = { regular: 'FanRegular', bold: 'FanBold' } as const;

/** A line's glyphs (the font's own ids) as pdf-lib's text encoding shapes them: the same words recur on many cards. */
const shapedRuns = new Map<string, { id: number; codePoints: number[] }[]>();
const MAX_SHAPED_RUNS = 5_000;

function shapedRun(line: string, bold: boolean): { id: number; codePoints: number[] }[] {
  const key = `${bold ? 'b' : 'r'}${line}`;
  let run = shapedRuns.get(key);
  if (!run) {
    if (shapedRuns.size >= MAX_SHAPED_RUNS) shapedRuns.clear();
    run = (shape(line, bold).glyphs as unknown as { id: number; codePoints: number[] }[]).map((g) => ({ id: g.id, codePoints: g.codePoints }));
    shapedRuns.set(key, run);
  }
  return run;
}

/**
 * A shape's operators as PDFPage.drawSvgPath writes them with drawPaints' options. Parsing the SVG
 * path is most of a shape's cost and the same pictograms recur on every card: a pictogram's
 * operators are kept at the origin, and only the translation (their second line) is written for
 * each place.
 */
const shapes = new Map<string, string[]>();
const MAX_SHAPES = 500;

function shapeOperators(p: Extract<Paint, { kind: 'shape' }>): string[] {
  // A QR code is drawn once per card: keeping it would only fill the worker's heap.
  const key = p.figure ? undefined : JSON.stringify([p.d, p.scale, p.fill, p.stroke, p.strokeWidth]);
  let atOrigin = key === undefined ? undefined : shapes.get(key);
  if (!atOrigin) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    atOrigin = drawSvgPath(p.d, {
      x: 0, y: 0, scale: p.scale, rotate: NO_TURN, borderWidth: p.stroke ? p.strokeWidth : 0,
      color: p.fill ? screenInks(p.fill) : undefined,
      // As PDFPage.drawSvgPath: a shape with neither fill nor stroke is stroked in black.
      borderColor: p.stroke ? screenInks(p.stroke) : p.fill ? undefined : screenInks({ r: 0, g: 0, b: 0 }),
      borderLineCap: p.stroke ? LineCapStyle.Round : undefined,
    }).map((op) => op.toString());
    if (atOrigin[1] !== translate(0, 0).toString()) throw new Error('pdf-lib draws SVG paths differently than this writer expects: check drawSvgPath');
    if (key !== undefined) shapes.set(key, atOrigin);
  }
  const placed = [...atOrigin];
  placed[1] = translate(p.x, -p.y).toString();
  return placed;
}

/** pdf-lib's own defaults for what drawPaints leaves unset (PDFPage: line height 24, no rotation or skew). */
const PAGE_LINE_HEIGHT = 24;
const NO_TURN = degrees(0);

/**
 * Writes one side at origin, in screen RGB: its operators, marks and links, without a pdf-lib
 * document. Each paint goes through the operator builders pdf-lib's PDFPage uses (drawRectangle,
 * drawLinesOfText, drawSvgPath) with the options drawPaints gives, and text is encoded to the
 * font's own glyph ids as the kept-ids embedder does (font-subset.ts): the operators drawPaints
 * would draw. This replaced drawing each side on a scratch pdf-lib page and reading its content
 * stream back: the same fragments byte for byte on 777 sides (sample, fixtures, 400 generated
 * cards), 1.1 instead of 2.1 ms per side. tests/unit/fan-fragments.test.ts compares what a placed
 * fragment shows with what drawPaints draws: text, structure tree and pixels.
 */
function writeSide(paints: Paint[]): SideFragment {
  const pieces: string[] = [];
  const events: FragmentEvent[] = [];
  // In the order the side first uses each font, as pdf-lib names a page's fonts.
  const glyphs = new Map<'regular' | 'bold', Map<number, number[]>>();
  let out: string[] = [];
  const ops = (list: readonly PDFOperator[]) => {
    for (const op of list) out.push(op.toString());
  };
  // A marked run cuts the operators where its BDC goes (placeFragment writes it): the next piece
  // starts on a line of its own.
  const marked = (event: FragmentEvent) => {
    events.push(event);
    pieces.push(out.length ? `${out.join('\n')}\n` : '');
    out = [''];
  };
  const artifact = () => out.push('/Artifact BMC');
  const end = () => out.push('EMC');
  for (const p of paints) {
    switch (p.kind) {
      case 'rect':
        if (p.radius) throw new Error('A card has a box with rounded corners (borderRadius): the PDF writer draws square boxes only');
        artifact();
        ops(drawRectangle({ x: p.x, y: -p.y - p.height, width: p.width, height: p.height, rotate: NO_TURN, xSkew: NO_TURN, ySkew: NO_TURN, borderWidth: 0, color: screenInks(p.fill), borderColor: undefined }));
        end();
        break;
      case 'text': {
        if (p.tag === ARTIFACT) artifact();
        else marked({ kind: 'text', ...(p.tag !== undefined ? { tag: p.tag } : {}) });
        const weight = p.bold ? 'bold' : 'regular';
        let used = glyphs.get(weight);
        if (!used) glyphs.set(weight, (used = new Map()));
        const lines = lineSplit(cleanText(p.text)).map((line) => {
          const run = shapedRun(line, p.bold);
          for (const g of run) used!.set(g.id, g.codePoints);
          return PDFHexString.of(run.map((g) => toHexStringOfMinLength(g.id, 4)).join(''));
        });
        ops(drawLinesOfText(lines, { color: screenInks(p.fill), font: FONT_NAMES[weight], size: p.size, rotate: NO_TURN, xSkew: NO_TURN, ySkew: NO_TURN, x: p.x, y: -p.y, lineHeight: PAGE_LINE_HEIGHT }));
        end();
        break;
      }
      case 'shape':
        if (p.figure) marked({ kind: 'figure', url: p.figure });
        else artifact();
        ops([pushGraphicsState(), setLineJoin(LineJoinStyle.Round)]);
        out.push(...shapeOperators(p));
        ops([popGraphicsState()]);
        end();
        break;
      case 'link':
        events.push({ kind: 'link', url: p.url, rect: [p.x, -p.y - p.height, p.x + p.width, -p.y] });
        break;
    }
  }
  pieces.push(out.length ? `${out.join('\n')}\n` : '');
  const text = pieces.join('');
  if (!/^[\x20-\x7e\n\r\t]*$/.test(text)) throw new Error('Card fragment: operators must be ASCII');
  const fonts: SideFragment['fonts'] = {};
  const use: SideFragment['glyphs'] = {};
  for (const [weight, used] of glyphs) {
    fonts[FONT_NAMES[weight]] = weight;
    use[weight] = [...used];
  }
  return { pieces, events, fonts, glyphs: use };
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

/** One entry per card, in screen RGB: the print shop's fragments are converted from it when placed (inPrintInks). */
function fragmentKey(g: CardGeometry, spec: CardSpec): string {
  return sha256(layoutKey(g, spec), 'screen', `pdf-lib ${packageVersion('pdf-lib')} fontkit ${packageVersion('@pdf-lib/fontkit')}`).slice(0, 40);
}

export const isFragmentCached = (g: CardGeometry, spec: CardSpec): boolean => cache.has(fragmentKey(g, spec));

/**
 * Records and caches a card just laid out (the card job does this). A side is written once, in
 * screen RGB; the print shop's fragment is the same operators with every RGB colour operator
 * replaced by its CMYK (cmyk.ts), converted when the print deck places it: one cache file per
 * card instead of two (each new file cost the card job about a quarter of a millisecond).
 */
export function cacheFragments(g: CardGeometry, card: LaidOutCard): CardArt {
  const sides: SideFragment[] = [];
  for (const paints of card.sides) sides.push(writeSide(paints));
  cache.write(fragmentKey(g, card.spec), JSON.stringify(sides));
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
const RGB_OPERATOR = /^(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (rg|RG)$/gm;

/** Colour operators already converted: a deck uses a few colours on every card. */
const printOperators = new Map<string, string>();

function inPrintInk(line: string, r: string, g: string, b: string, operator: string): string {
  let converted = printOperators.get(line);
  if (converted === undefined) {
    const { c, m, y, k } = rgbToCmyk({ r: Number(r), g: Number(g), b: Number(b) });
    converted = (operator === 'rg' ? setFillingCmykColor(c, m, y, k) : setStrokingCmykColor(c, m, y, k)).toString();
    if (printOperators.size >= 1_000) printOperators.clear();
    printOperators.set(line, converted);
  }
  return converted;
}

/**
 * The same side for the print shop: each RGB colour operator replaced by its CMYK one (one
 * regular-expression pass over each piece; splitting it into lines was most of a deck's time here).
 */
function inPrintInks(side: SideFragment): SideFragment {
  return { ...side, pieces: side.pieces.map((piece) => piece.replace(RGB_OPERATOR, inPrintInk)) };
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
  const key = fragmentKey(g, spec);
  if (!cache.has(key)) {
    const card = await layOutCard(g, spec);
    if (card.problems.length) return paintedArt(card);
    cacheFragments(g, card);
  }
  let sides: SideFragment[] | undefined;
  const load = (): SideFragment[] => {
    if (sides) return sides;
    const bytes = cache.read(key);
    // Checked a moment ago; gone only if someone emptied the cache folder during the build.
    if (!bytes) throw new Error(`The fragments of card ${spec.id} left the cache during the build: build again`);
    const screen = JSON.parse(bytes.toString('utf8')) as SideFragment[];
    return (sides = inks === 'print' ? screen.map(inPrintInks) : screen);
  };
  // The back is placed right after the front: then this card's fragments can go.
  return fragmentArt(spec, load, () => { sides = undefined; });
}
