/**
 * waaier-drukker.pdf for the print shop, read back with qpdf (QDF mode) and poppler: CMYK only,
 * black text as 100 % K, a PDF/X-4 output intent with the embedded FOGRA39 profile, XMP with
 * the PDF/X identification, trim and bleed boxes, the rivet hole marked. The A4 office file and
 * the single cards stay RGB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { layOutDeck, officePdf, printShopPdf, singleCardPdf } from '../../src/fan/index.ts';
import { rgbToCmyk } from '../../src/fan/cmyk.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'fan-print-'));
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'latin1', maxBuffer: 256 * 1024 * 1024 });
const MM = 72 / 25.4;
let shop: string;
let office: string;
let single: string;
let cards: number;
let qdf: string;

beforeAll(async () => {
  const deck = await layOutDeck(checkContent('content', { buildDate: '2026-11-26' }).site!);
  cards = deck.cards.length;
  const write = (name: string, bytes: Uint8Array) => { const f = path.join(dir, name); writeFileSync(f, bytes); return f; };
  shop = write('waaier-drukker.pdf', await printShopPdf(deck));
  office = write('waaier.pdf', await officePdf(deck));
  single = write('kaart.pdf', await singleCardPdf(deck, 'zwemmen-dilkom', { subset: true }));
  qdf = run('qpdf', '--qdf', '--object-streams=disable', shop, '-');
}, 180_000);

describe('the print-shop file', () => {
  it('passes qpdf --check and is PDF 1.6', () => {
    expect(run('qpdf', '--check', shop)).toMatch(/No syntax or stream encoding errors/);
    expect(readFileSync(shop).subarray(0, 8).toString('latin1')).toBe('%PDF-1.6');
  });

  it('has no RGB operator or colour space, and no gray one', () => {
    // QDF mode writes every content stream uncompressed, one operator per line.
    expect(qdf).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s/m);
    expect(qdf).not.toMatch(/\/DeviceRGB|\/CalRGB|\/DeviceGray/);
    expect(qdf).not.toMatch(/(^|\s)[\d.]+ (g|G)\s/m);
    expect(qdf).toMatch(/^0 0 0 1 k$/m);
  });

  it('prints black text as 100 % K, never rich black', () => {
    const texts = [...qdf.matchAll(/^BT\n([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k$/gm)].map((m) => m.slice(1, 5).map(Number));
    expect(texts.length).toBeGreaterThan(500);
    for (const [c, m, y, k] of texts) if (k! >= 0.9) expect([c, m, y, k]).toEqual([0, 0, 0, 1]);
    expect(rgbToCmyk({ r: 0x11 / 255, g: 0x11 / 255, b: 0x11 / 255 })).toEqual({ c: 0, m: 0, y: 0, k: 1 });
    expect(rgbToCmyk({ r: 0x0b / 255, g: 0x6e / 255, b: 0x4f / 255 })).toEqual({ c: 0.9, m: 0, y: 0.28, k: 0.57 });
  });

  it('declares a PDF/X-4 output intent for FOGRA39 with the embedded CMYK profile and XMP', () => {
    expect(qdf).toMatch(/\/OutputIntents \[/);
    expect(qdf).toMatch(/\/S \/GTS_PDFX/);
    expect(qdf).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
    const profileObject = /\/DestOutputProfile (\d+) 0 R/.exec(qdf)![1]!;
    // Object numbers are those of the QDF file, so the profile is read from that file.
    const qdfFile = path.join(dir, 'qdf.pdf');
    writeFileSync(qdfFile, Buffer.from(qdf, 'latin1'));
    const profile = execFileSync('qpdf', [`--show-object=${profileObject}`, '--filtered-stream-data', qdfFile], { maxBuffer: 16 * 1024 * 1024 });
    expect(Buffer.compare(profile, readFileSync('src/fan/icc/FOGRA39L.icc'))).toBe(0);
    expect(profile.subarray(16, 20).toString('latin1')).toBe('CMYK');
    expect(qdf).toMatch(/<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
    expect(qdf).toMatch(/\/Trapped \/False/);
    expect(qdf).not.toMatch(/\/Subtype \/Link/);
  });

  it('has TrimBox and BleedBox on every page and the rivet hole on every front', () => {
    const boxes = run('pdfinfo', '-box', '-f', '1', '-l', '9999', shop);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', shop))![1]);
    expect(pages).toBe(2 * cards);
    expect(boxes.match(/TrimBox:/g)).toHaveLength(pages);
    expect(boxes.match(/BleedBox:/g)).toHaveLength(pages);
    const trim = /Page\s+1 TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(boxes)!.slice(1).map(Number);
    expect((trim[2]! - trim[0]!) / MM).toBeCloseTo(80, 1);
    // The hole's ring is the only 60 % K stroke: one per card front.
    expect(qdf.match(/^0 0 0 0\.6 K$/gm)).toHaveLength(cards);
  });

  it('leaves the A4 office file and the single cards in RGB for screens and office printers', () => {
    for (const file of [office, single]) {
      const plain = run('qpdf', '--qdf', '--object-streams=disable', file, '-');
      expect(plain).toMatch(/ rg\n/);
      expect(plain).not.toMatch(/GTS_PDFX/);
    }
  });
});
