/**
 * pdf-lib compresses every stream (fonts, page contents) with pako, a JavaScript port of zlib.
 * For thousands of card PDFs that was most of the time. Node's own zlib writes the same format
 * (RFC 1950) many times faster, so pdf-lib's pako is pointed at it once per process. The output
 * stays deterministic: the same bytes for the same input with the pinned Node version.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

let patched = false;

export function useNativeDeflate(): void {
  if (patched) return;
  patched = true;
  const fromProject = createRequire(path.join(process.cwd(), 'package.json'));
  // The pako instance pdf-lib itself loads, not a copy of our own.
  const fromPdfLib = createRequire(fromProject.resolve('pdf-lib'));
  const pako = fromPdfLib('pako') as { deflate: (data: Uint8Array) => Uint8Array };
  // A fully embedded font is the same array in every document: compress it once.
  const done = new WeakMap<Uint8Array, Uint8Array>();
  pako.deflate = (data: Uint8Array) => {
    let out = done.get(data);
    if (!out) {
      out = new Uint8Array(deflateSync(data));
      if (data.length > 16_384) done.set(data, out);
    }
    return out;
  };
}
