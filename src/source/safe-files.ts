/**
 * Every file the build reads from the content folder goes through here. Partners' files are
 * untrusted: a path must stay inside the content folder, no symbolic link is followed (in or out,
 * dangling or looping), only regular files are opened, sizes are bounded before anything is read,
 * and an image must be the format its extension says, with a pixel count read from its header
 * (never decoded). Each refusal is one Dutch sentence for the partner; nothing here throws.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { printable } from './limits.ts';

/** A Markdown or YAML file larger than this is not a partner's text (a body is at most 20,000 characters). */
export const MAX_TEXT_FILE_BYTES = 512 * 1024;
/** A photo larger than this is not meant for a web page or a card. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: more than any camera photo needs, and little enough to decode safely. */
const MAX_IMAGE_PIXELS = 40_000_000;

export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export const SYMLINK_MESSAGE = (name: string) =>
  `${printable(name)} is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd. Zet het echte bestand of de echte map hier in de plaats.`;

/** The content folder's real path, or why it cannot be used. */
export function contentRoot(dir: string): { root: string } | { message: string } {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
    if (stats.isSymbolicLink()) stats = lstatSync(realpathSync(dir));
  } catch {
    return { message: `De map met inhoud bestaat niet. Maak ze aan, of zet CONTENT_DIR op de juiste map.` };
  }
  if (!stats.isDirectory()) return { message: `Dit is geen map. Zet CONTENT_DIR op de map met de inhoud (met site.yaml en aanbod/).` };
  return { root: realpathSync(dir) };
}

export type Entry =
  | { kind: 'file'; size: number }
  | { kind: 'folder' }
  | { kind: 'missing' }
  | { kind: 'refused'; message: string };

/**
 * What is at `relative` inside the content folder, without following any link: every part of the
 * path is looked at with lstat, and a symbolic link anywhere is refused.
 */
export function inspect(root: string, relative: string): Entry {
  const name = printable(relative.split(path.sep).join('/'));
  const resolved = path.resolve(root, relative);
  const inside = path.relative(root, resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return { kind: 'refused', message: `${name} ligt buiten de map met inhoud. Zet het bestand in de map zelf.` };
  }
  const parts = inside === '' ? [] : inside.split(path.sep);
  let current = root;
  let stats: Stats | undefined;
  for (let i = 0; i < parts.length; i++) {
    current = path.join(current, parts[i]!);
    try {
      stats = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      return { kind: 'refused', message: `${name} kan niet gelezen worden. Kijk na of het een gewoon bestand is.` };
    }
    if (stats.isSymbolicLink()) return { kind: 'refused', message: SYMLINK_MESSAGE(parts.slice(0, i + 1).join('/')) };
    if (i < parts.length - 1 && !stats.isDirectory()) return { kind: 'missing' };
  }
  if (!stats) return { kind: 'folder' };
  if (stats.isDirectory()) return { kind: 'folder' };
  if (!stats.isFile()) return { kind: 'refused', message: `${name} is geen gewoon bestand. Zet hier een gewoon tekstbestand of een foto.` };
  // Belt and braces: the real path must still be inside the content folder.
  try {
    const real = realpathSync.native(resolved);
    const rel = path.relative(root, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return { kind: 'refused', message: `${name} ligt buiten de map met inhoud. Zet het bestand in de map zelf.` };
  } catch {
    return { kind: 'missing' };
  }
  return { kind: 'file', size: stats.size };
}

/**
 * Reads a file inside the content folder: no link followed (O_NOFOLLOW on the last part, lstat
 * on the others), no FIFO or device opened (O_NONBLOCK, then fstat), at most `maxBytes` read.
 */
export function readInside(root: string, relative: string, maxBytes: number): { bytes: Buffer } | { message: string } | { missing: true } {
  const entry = inspect(root, relative);
  const name = printable(relative.split(path.sep).join('/'));
  if (entry.kind === 'missing') return { missing: true };
  if (entry.kind === 'refused') return { message: entry.message };
  if (entry.kind === 'folder') return { message: `${name} is een map, geen bestand.` };
  if (entry.size > maxBytes) return { message: tooLarge(name, entry.size, maxBytes) };
  let fd: number | undefined;
  try {
    fd = openSync(path.join(root, relative), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { message: `${name} is geen gewoon bestand. Zet hier een gewoon tekstbestand of een foto.` };
    if (stats.size > maxBytes) return { message: tooLarge(name, stats.size, maxBytes) };
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { message: SYMLINK_MESSAGE(name) };
    return { message: `${name} kan niet gelezen worden. Kijk na of het een gewoon bestand is.` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(name: string, size: number, max: number): string {
  return max >= 1024 * 1024
    ? `${name} is te groot: ${megabytes(size)}, hoogstens ${megabytes(max)}. Maak het bestand kleiner.`
    : `${name} is te groot: ${kilobytes(size)}, hoogstens ${kilobytes(max)}. Maak de tekst korter.`;
}

// ---------------------------------------------------------------------------------------------
// Images: the format from the first bytes, the size in pixels from the header.

type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif';
const FORMAT_OF_EXTENSION: Record<string, ImageFormat> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp', '.avif': 'avif' };
const EXTENSION_OF_FORMAT: Record<ImageFormat, string> = { jpeg: '.jpg', png: '.png', webp: '.webp', avif: '.avif' };
const FORMAT_NAME: Record<ImageFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };

export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

/** The format of an image file from its first bytes, or undefined when it is none of the four. */
function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') {
    const size = readU32(bytes, 0);
    const brands: string[] = [ascii(8, 12)];
    for (let at = 16; at + 4 <= Math.min(size, bytes.length); at += 4) brands.push(ascii(at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return undefined;
}

const readU32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const readU16 = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;
const readU16le = (b: Uint8Array, at: number) => b[at]! + (b[at + 1]! << 8);
const readU24le = (b: Uint8Array, at: number) => b[at]! + (b[at + 1]! << 8) + (b[at + 2]! << 16);

/** Width and height as the decoder will see them, read from the header only; undefined when the header is broken. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const format = sniffFormat(bytes);
  if (!format) return undefined;
  const size = { jpeg: jpegSize, png: pngSize, webp: webpSize, avif: avifSize }[format](bytes);
  return size && size.width > 0 && size.height > 0 ? { format, ...size } : undefined;
}

type Size = { width: number; height: number } | undefined;

function pngSize(b: Uint8Array): Size {
  if (b.length < 24 || Buffer.from(b.subarray(12, 16)).toString('latin1') !== 'IHDR') return undefined;
  return { width: readU32(b, 16), height: readU32(b, 20) };
}

function jpegSize(b: Uint8Array): Size {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at++; continue; } // fill byte
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; } // no length
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or start of scan before any frame header
    const length = readU16(b, at + 2);
    if (length < 2) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > b.length) return undefined;
      return { height: readU16(b, at + 5), width: readU16(b, at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

function webpSize(b: Uint8Array): Size {
  if (b.length < 30) return undefined;
  const chunk = Buffer.from(b.subarray(12, 16)).toString('latin1');
  if (chunk === 'VP8X') return { width: 1 + readU24le(b, 24), height: 1 + readU24le(b, 27) };
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const [b0, b1, b2, b3] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return { width: 1 + (b0 | ((b1 & 0x3f) << 8)), height: 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10)) };
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { width: readU16le(b, 26) & 0x3fff, height: readU16le(b, 28) & 0x3fff };
  }
  return undefined;
}

/** AVIF (ISO BMFF): the largest `ispe` (image spatial extent) property in meta/iprp/ipco. */
function avifSize(b: Uint8Array): Size {
  let largest: Size;
  const walk = (from: number, to: number, depth: number) => {
    let at = from;
    while (at + 8 <= to && depth < 8) {
      let size = readU32(b, at);
      const type = Buffer.from(b.subarray(at + 4, at + 8)).toString('latin1');
      let header = 8;
      if (size === 1) {
        if (at + 16 > to) return;
        const high = readU32(b, at + 8);
        if (high !== 0) return; // larger than 4 GB: not a photo we accept anyway
        size = readU32(b, at + 12);
        header = 16;
      } else if (size === 0) {
        size = to - at;
      }
      if (size < header || at + size > to) return;
      if (type === 'meta') walk(at + header + 4, at + size, depth + 1); // a full box: 4 bytes version and flags
      else if (type === 'iprp' || type === 'ipco') walk(at + header, at + size, depth + 1);
      else if (type === 'ispe' && size >= header + 12) {
        const width = readU32(b, at + header + 4);
        const height = readU32(b, at + header + 8);
        if (!largest || width * height > largest.width * largest.height) largest = { width, height };
      }
      at += size;
    }
  };
  walk(0, b.length, 0);
  return largest;
}

/** Why an image file cannot be used, or its header. `name` is how the partner wrote it. */
export function checkImageBytes(name: string, bytes: Uint8Array): { header: ImageHeader } | { message: string } {
  const expected = FORMAT_OF_EXTENSION[path.extname(name).toLowerCase()];
  const actual = sniffFormat(bytes);
  if (!actual) {
    return { message: `${name} is geen foto: de inhoud van het bestand is geen JPEG, PNG, WebP of AVIF. Sla de foto opnieuw op als .jpg of .png.` };
  }
  if (expected && actual !== expected) {
    return { message: `${name} heeft de extensie ${path.extname(name)}, maar is een ${FORMAT_NAME[actual]}-bestand. Geef het bestand de extensie ${EXTENSION_OF_FORMAT[actual]}, of sla de foto opnieuw op als ${FORMAT_NAME[expected]}.` };
  }
  const header = readImageHeader(bytes);
  if (!header) return { message: `${name} is beschadigd: de grootte van de foto kan niet gelezen worden. Sla de foto opnieuw op.` };
  const pixels = header.width * header.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    const mp = (n: number) => Math.round(n / 1_000_000);
    return { message: `${name} is te groot: ${header.width} × ${header.height} beeldpunten (${mp(pixels)} megapixel), hoogstens ${mp(MAX_IMAGE_PIXELS)} megapixel. Maak de foto kleiner, bv. 2000 beeldpunten breed.` };
  }
  return { header };
}

/**
 * The image a partner names in `afbeelding.bron` of `source` (relative to that file): its path
 * inside the content folder when it is safe to hand to the image pipeline, or why not.
 */
export function checkImageFile(root: string, source: string, bron: string): { relative: string; header: ImageHeader } | { message: string } {
  if (bron.includes('\0')) return { message: `${JSON.stringify(bron)} is geen geldige bestandsnaam. Schrijf de naam van de foto, zoals ./zwemmen.jpg.` };
  const relative = path.relative(root, path.resolve(root, path.dirname(source), bron));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { message: `${bron} ligt buiten de map met inhoud. Zet de foto in dezelfde map als dit bestand en schrijf ./naam.jpg.` };
  }
  if (!IMAGE_EXTENSIONS.has(path.extname(bron).toLowerCase())) {
    return { message: `${bron} is geen foto. Gebruik een .jpg, .png, .webp of .avif bestand.` };
  }
  const read = readInside(root, relative, MAX_IMAGE_BYTES);
  if ('missing' in read) return { message: `Het bestand ${bron} bestaat niet. Zet de foto in dezelfde map als dit bestand, of verbeter de naam.` };
  if ('message' in read) return { message: read.message.replace(relative.split(path.sep).join('/'), bron) };
  const verdict = checkImageBytes(bron, read.bytes);
  return 'message' in verdict ? verdict : { relative, header: verdict.header };
}

/** Whether the image a partner names may be handed to Astro's image pipeline (the content loader asks). */
export function isUsableImage(dir: string, source: string, bron: string): boolean {
  const found = contentRoot(dir);
  return 'root' in found && 'relative' in checkImageFile(found.root, source, bron);
}
