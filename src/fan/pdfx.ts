/**
 * PDF/X-4 identification for the print shop's file: a CMYK output intent (GTS_PDFX) for coated
 * offset paper, FOGRA39, with its ICC profile embedded; XMP metadata that names PDF/X-4 and
 * repeats the document information; PDF 1.6. The pages bring their own TrimBox and BleedBox and
 * use CMYK only (cmyk.ts); the file has no link annotations and no transparency.
 *
 * The profile, icc/FOGRA39L.icc, was made from FOGRA's characterisation data as Debian ships it
 * (package icc-profiles-free, FOGRA39L.ti3, zlib licence): see icc/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFName, PDFString, type PDFDict } from 'pdf-lib';
import type { FanPdf } from './pdf.ts';

const PROFILE = 'src/fan/icc/FOGRA39L.icc';
let profile: Uint8Array | undefined;
const iccProfile = (): Uint8Array => (profile ??= readFileSync(path.join(process.cwd(), PROFILE)));

export interface PdfXInfo { title: string; subject: string; author: string; keywords: string[]; date: Date; id: string }

export function makePdfX4(pdf: FanPdf, info: PdfXInfo): void {
  const { doc } = pdf;
  const { context, catalog } = doc;
  const icc = context.register(context.flateStream(iccProfile(), { N: 4, Alternate: 'DeviceCMYK' }));
  catalog.set(PDFName.of('OutputIntents'), context.obj([{
    Type: 'OutputIntent', S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of('FOGRA39'),
    OutputCondition: PDFString.of('Coated FOGRA39 (ISO 12647-2:2004), offset on coated paper'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('Coated FOGRA39 (ISO 12647-2:2004)'),
    DestOutputProfile: icc,
  }]));
  const infoDict = context.lookup(context.trailerInfo.Info) as PDFDict;
  infoDict.set(PDFName.of('Trapped'), PDFName.of('False'));
  infoDict.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'));
  const xmp = new TextEncoder().encode(xmpPacket(info));
  catalog.set(PDFName.of('Metadata'), context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length })));
}

/**
 * PDF/X-4 files are PDF 1.6. pdf-lib always writes a 1.7 header (its writer ignores the
 * context's header); the saved file uses nothing newer than 1.6 (object streams are 1.5), so the
 * one digit is set after saving. Same length: no offset moves.
 */
export function asPdf16(bytes: Uint8Array): Uint8Array {
  const header = new TextDecoder().decode(bytes.subarray(0, 8));
  if (header !== '%PDF-1.7') throw new Error(`Unexpected PDF header ${JSON.stringify(header)}`);
  bytes[7] = '6'.charCodeAt(0);
  return bytes;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function uuid(hex: string): string {
  const h = hex.padEnd(32, '0');
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function xmpPacket(info: PdfXInfo): string {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escape(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:creator><rdf:Seq><rdf:li>${escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>nl-BE</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>vrijetijdswaaier</xmp:CreatorTool>
   <pdf:Producer>vrijetijdswaaier met pdf-lib</pdf:Producer>
   <pdf:Keywords>${escape(info.keywords.join(' '))}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>${uuid(info.id)}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid(info.id)}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

