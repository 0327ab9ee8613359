/** A QR code as one SVG path of unit squares: vector, crisp at any printer resolution. */
import QRCode from 'qrcode';
import { diskCache, packageVersion, sha256, sourceHash } from '../cache/disk-cache.ts';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  d: string;
}

const cache = diskCache('qr-codes', 'json');
let tools: string | undefined;

/**
 * From the build's cache folder when this address was encoded before: a rebuild of 1,000 offers
 * spent about 1.7 s encoding the same addresses again (the cards' layout keys need the paths).
 */
export function qrPath(url: string): QrPath {
  tools ??= sha256(`qrcode ${packageVersion('qrcode')}`, sourceHash('src/fan'));
  const key = sha256(tools, url).slice(0, 40);
  const cached = cache.read(key);
  if (cached) {
    try {
      const qr = JSON.parse(cached.toString('utf8')) as QrPath;
      if (Number.isInteger(qr.size) && typeof qr.d === 'string') return qr;
    } catch {
      // Encoded again below.
    }
  }
  const qr = encode(url);
  cache.write(key, JSON.stringify(qr));
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
