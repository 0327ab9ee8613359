/**
 * Font subsets that keep the font's own glyph ids. pdf-lib's subsets renumber the glyphs in the
 * order a document first uses them, so text drawn for one document cannot be reused in another.
 * A card side is drawn once (fragment.ts) with the font's own glyph ids; the single-card PDF
 * places that drawing and embeds only the glyphs it uses, under their own ids: the outlines of
 * all other glyphs are left out (an empty glyph costs 4 bytes in `loca`), so the file stays as
 * small as a renumbered subset.
 *
 * The fonts are our own pinned TrueType files (fonts.ts), not partner input.
 */
import { CustomFontEmbedder, PDFFont, type PDFDocument } from 'pdf-lib';

/** Tables a CIDFontType2 program needs in a PDF: the same ones fontkit writes for pdf-lib's subsets. */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

interface TableRecord { tag: string; offset: number; length: number }

function tableDirectory(font: DataView): Map<string, TableRecord> {
  const count = font.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font.getUint8(at), font.getUint8(at + 1), font.getUint8(at + 2), font.getUint8(at + 3));
    tables.set(tag, { tag, offset: font.getUint32(at + 8), length: font.getUint32(at + 12) });
  }
  return tables;
}

/** Where each glyph's outline lies in `glyf` (numGlyphs + 1 offsets). */
function glyphOffsets(font: DataView, tables: Map<string, TableRecord>): number[] {
  const head = tables.get('head')!;
  const maxp = tables.get('maxp')!;
  const loca = tables.get('loca')!;
  const numGlyphs = font.getUint16(maxp.offset + 4);
  const long = font.getInt16(head.offset + 50) === 1;
  const offsets: number[] = [];
  for (let i = 0; i <= numGlyphs; i++) {
    offsets.push(long ? font.getUint32(loca.offset + 4 * i) : 2 * font.getUint16(loca.offset + 2 * i));
  }
  return offsets;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The glyphs a composite glyph is built from (they must come along). */
function components(font: DataView, at: number, length: number): number[] {
  if (length === 0 || font.getInt16(at) >= 0) return [];
  const ids: number[] = [];
  let p = at + 10;
  for (;;) {
    const flags = font.getUint16(p);
    ids.push(font.getUint16(p + 2));
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    if (!(flags & MORE_COMPONENTS)) return ids;
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum = (sum + (i + 4 <= bytes.length ? view.getUint32(i) : tail(bytes, i))) >>> 0;
  }
  return sum;
}
const tail = (bytes: Uint8Array, i: number): number => {
  let v = 0;
  for (let k = 0; k < 4; k++) v = (v << 8) | (bytes[i + k] ?? 0);
  return v >>> 0;
};

/**
 * A TrueType font with only the outlines of `keep` (and of .notdef and any composite's parts);
 * every other glyph is empty. Glyph ids, advance widths and hinting tables are unchanged.
 */
export function keepGlyphs(ttf: Uint8Array, keep: Iterable<number>): Uint8Array {
  const font = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  if (font.getUint32(0) !== 0x00010000) throw new Error('keepGlyphs: not a TrueType font');
  const tables = tableDirectory(font);
  const glyf = tables.get('glyf');
  if (!glyf || !tables.has('loca')) throw new Error('keepGlyphs: no TrueType outlines');
  const offsets = glyphOffsets(font, tables);
  const numGlyphs = offsets.length - 1;

  const wanted = new Set<number>([0]);
  const queue = [...keep];
  while (queue.length) {
    const id = queue.pop()!;
    if (!Number.isInteger(id) || id < 0 || id >= numGlyphs || wanted.has(id)) continue;
    wanted.add(id);
    queue.push(...components(font, glyf.offset + offsets[id]!, offsets[id + 1]! - offsets[id]!));
  }

  // glyf with only the wanted outlines, each 4-byte aligned; loca in the long format.
  const parts: Uint8Array[] = [];
  const loca = new Uint8Array(4 * (numGlyphs + 1));
  const locaView = new DataView(loca.buffer);
  let size = 0;
  for (let id = 0; id < numGlyphs; id++) {
    locaView.setUint32(4 * id, size);
    const length = offsets[id + 1]! - offsets[id]!;
    if (!wanted.has(id) || length === 0) continue;
    const outline = new Uint8Array(pad4(length));
    outline.set(ttf.subarray(glyf.offset + offsets[id]!, glyf.offset + offsets[id]! + length));
    parts.push(outline);
    size += outline.length;
  }
  locaView.setUint32(4 * numGlyphs, size);
  const glyfBytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) { glyfBytes.set(part, at); at += part.length; }

  const out = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    const t = tables.get(tag);
    if (tag === 'glyf') out.set(tag, glyfBytes);
    else if (tag === 'loca') out.set(tag, loca);
    // A copy (Buffer#slice would share the caller's bytes, and head is changed below).
    else if (t) out.set(tag, new Uint8Array(ttf.subarray(t.offset, t.offset + t.length)));
  }
  const head = out.get('head')!;
  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // indexToLocFormat: long offsets

  // The table directory, tables in tag order, each 4-byte aligned.
  const tags = [...out.keys()].sort();
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 16 * 2 ** entrySelector;
  const headerLength = 12 + 16 * tags.length;
  const total = headerLength + tags.reduce((n, tag) => n + pad4(out.get(tag)!.length), 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * tags.length - searchRange);
  let offset = headerLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const table = out.get(tag)!;
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) view.setUint8(record + k, tag.charCodeAt(k));
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.length);
    bytes.set(table, offset);
    if (tag === 'head') headOffset = offset;
    offset += pad4(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}

/** A glyph as fontkit hands it to pdf-lib: its id, advance and the characters it stands for. */
type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type FontkitFont = { layout(text: string, features?: unknown): { glyphs: Glyph[] }; getGlyph(id: number, codePoints?: number[]): Glyph };

/** Glyph ids used, each with the characters it stands for (for the text layer, ToUnicode). */
export type GlyphUse = [id: number, codePoints: number[]][];

/**
 * pdf-lib's font embedder with the font's own glyph ids: text drawn in any document with these
 * ids can be placed here (`use`), and only the glyphs used are embedded (keepGlyphs).
 */
class KeptIdsEmbedder extends CustomFontEmbedder {
  readonly used = new Map<number, number[]>();
  private readonly bytes: Uint8Array;

  constructor(font: FontkitFont, bytes: Uint8Array) {
    super(font as never, bytes);
    this.bytes = bytes;
    const self = this as unknown as { glyphCache: { access(): Glyph[] }; font: FontkitFont };
    // Widths (W) and the text layer (ToUnicode) for exactly the glyphs used, by ascending id.
    self.glyphCache = { access: () => [...this.used.keys()].sort((a, b) => a - b).map((id) => self.font.getGlyph(id, this.used.get(id))) };
  }

  override encodeText(text: string): ReturnType<CustomFontEmbedder['encodeText']> {
    const { glyphs } = (this as unknown as { font: FontkitFont }).font.layout(text, (this as unknown as { fontFeatures: unknown }).fontFeatures);
    for (const g of glyphs) this.used.set(g.id, g.codePoints);
    return super.encodeText(text);
  }

  use(glyphs: GlyphUse): void {
    for (const [id, codePoints] of glyphs) this.used.set(id, codePoints);
  }

  serializeFont(): Promise<Uint8Array> {
    return Promise.resolve(keepGlyphs(this.bytes, this.used.keys()));
  }
}

const keepers = new WeakMap<PDFFont, KeptIdsEmbedder>();

/**
 * Embeds `bytes` (a TrueType font) in `doc` with the font's own glyph ids, subset to the glyphs
 * used. `doc` must have fontkit registered (pdf.ts registers one shared instance).
 */
export async function embedKeepingIds(doc: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
  const fontkit = (doc as unknown as { assertFontkit(): { create(b: Uint8Array): FontkitFont } }).assertFontkit();
  const embedder = new KeptIdsEmbedder(fontkit.create(bytes), bytes);
  const ref = doc.context.nextRef();
  const font = PDFFont.of(ref, doc, embedder as never);
  (doc as unknown as { fonts: PDFFont[] }).fonts.push(font);
  keepers.set(font, embedder);
  return font;
}

/**
 * Tells `font` that text drawn elsewhere with these glyph ids is placed in its document. A font
 * embedded whole needs no telling: it has every glyph.
 */
export function useGlyphs(font: PDFFont, glyphs: GlyphUse): void {
  keepers.get(font)?.use(glyphs);
}
