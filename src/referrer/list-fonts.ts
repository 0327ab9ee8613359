/**
 * The fan's font for the list that /op-maat/ makes in the browser, without fontkit there (fontkit
 * alone is over 300 KB compressed). The build embeds both weights whole, once, into a carrier PDF
 * (op-maat/lettertype.pdf) and writes their code points, glyph ids and widths to
 * op-maat/lettertype.json; the browser loads the carrier and draws with those glyphs.
 * No kerning or ligatures: a list does not need them.
 */
import { CustomFontEmbedder, PDFDict, PDFDocument, PDFFont, PDFHexString, PDFName, PDFRef } from 'pdf-lib';

/** For each weight: the font's name and [code point, glyph id, width in 1/1000 em] triples, flattened. */
export interface FontMetrics {
  regular: { name: string; glyphs: number[] };
  bold: { name: string; glyphs: number[] };
}

/** Where the carrier keeps the two fonts: a private key in its catalog, removed before saving a list. */
const CARRIER_KEY = 'VtwListFonts';

interface Glyph { id: number; advanceWidth: number }
interface FontkitFont { unitsPerEm: number; postscriptName: string; characterSet: number[]; glyphForCodePoint: (cp: number) => Glyph }

/** Build time: the carrier PDF and the metrics, from the font files. */
export async function buildCarrier(fontkit: { create: (bytes: Uint8Array) => unknown } & Parameters<PDFDocument['registerFontkit']>[0], bytes: { regular: Uint8Array; bold: Uint8Array }, date: Date): Promise<{ pdf: Uint8Array; metrics: FontMetrics }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle('Lettertype voor de lijst op maat');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const regular = await doc.embedFont(bytes.regular, { subset: false });
  const bold = await doc.embedFont(bytes.bold, { subset: false });
  doc.catalog.set(PDFName.of(CARRIER_KEY), doc.context.obj({ Regular: regular.ref, Bold: bold.ref }));
  const metricsOf = (data: Uint8Array) => {
    const font = fontkit.create(data) as FontkitFont;
    const glyphs: number[] = [];
    for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
      const glyph = font.glyphForCodePoint(cp);
      glyphs.push(cp, glyph.id, Math.round((glyph.advanceWidth * 1000) / font.unitsPerEm));
    }
    return { name: font.postscriptName, glyphs };
  };
  const pdf = await doc.save({ useObjectStreams: true, addDefaultPage: false });
  return { pdf, metrics: { regular: metricsOf(bytes.regular), bold: metricsOf(bytes.bold) } };
}

/** A pdf-lib font drawing with glyphs already in the document: encodes text by the metrics table. */
function readyFont(doc: PDFDocument, ref: PDFRef, metrics: FontMetrics['regular']): PDFFont {
  const table = new Map<number, [number, number]>();
  for (let i = 0; i + 2 < metrics.glyphs.length; i += 3) table.set(metrics.glyphs[i]!, [metrics.glyphs[i + 1]!, metrics.glyphs[i + 2]!]);
  const glyphsOf = (text: string): [number, number][] => [...text].map((ch) => table.get(ch.codePointAt(0)!) ?? [0, 0]);
  // pdf-lib accepts only its own embedder classes; this one borrows the class and replaces what it does.
  const embedder = Object.create(CustomFontEmbedder.prototype) as CustomFontEmbedder;
  Object.assign(embedder, {
    fontName: metrics.name,
    encodeText: (text: string) => PDFHexString.of(glyphsOf(text).map(([id]) => id.toString(16).padStart(4, '0')).join('')),
    widthOfTextAtSize: (text: string, size: number) => glyphsOf(text).reduce((sum, [, width]) => sum + width, 0) * (size / 1000),
    embedIntoContext: async () => ref,
  });
  return PDFFont.of(ref, doc, embedder);
}

/** Browser: an empty document holding both fonts, from the carrier's bytes and the metrics. */
export async function fromCarrier(carrier: Uint8Array, metrics: FontMetrics): Promise<{ doc: PDFDocument; fonts: { regular: PDFFont; bold: PDFFont } }> {
  const doc = await PDFDocument.load(carrier, { updateMetadata: false });
  const refs = doc.catalog.lookup(PDFName.of(CARRIER_KEY), PDFDict);
  const ref = (key: string) => {
    const value = refs.get(PDFName.of(key));
    if (!(value instanceof PDFRef)) throw new Error(`lettertype.pdf has no ${key} font`);
    return value;
  };
  const fonts = { regular: readyFont(doc, ref('Regular'), metrics.regular), bold: readyFont(doc, ref('Bold'), metrics.bold) };
  doc.catalog.delete(PDFName.of(CARRIER_KEY));
  return { doc, fonts };
}
