/** A QR code as one SVG path of unit squares: vector, crisp at any printer resolution. */
import QRCode from 'qrcode';
import { packageVersion, sha256, sourceHash } from '../cache/disk-cache.ts';
import { memoFile } from '../cache/memo-file.ts';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  d: string;
}

/** Paths by address, named by the encoder's version and this folder's code. */
const memo = memoFile(
  'qr-codes',
  () => sha256(`qrcode ${packageVersion('qrcode')}`, sourceHash('src/fan')),
  (value): value is QrPath => typeof value === 'object' && value !== null && Number.isInteger((value as QrPath).size) && typeof (value as QrPath).d === 'string',
);

/**
 * From the build's cache folder when this address was encoded before (memo-file.ts): a rebuild
 * of 1,000 offers spent about 1.7 s encoding the same addresses again (the cards' layout keys
 * need the paths), and then 0.3 s reading one cache file per address.
 */
export function qrPath(url: string): QrPath {
  let qr = memo.get(url);
  if (!qr) memo.set(url, (qr = encode(url)));
  return qr;
}

function encode(url: string): QrPath {
  // Level M survives a scuffed or folded card and still gives few modules for a short URL.
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const data = qr.modules.data;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) { x++; continue; }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      // One rectangle per horizontal run keeps the path short.
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { size, d: parts.join('') };
}
