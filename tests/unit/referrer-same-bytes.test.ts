/**
 * /nieuw.pdf and the font carrier of /op-maat/ come out the same, byte for byte, whatever the build
 * drew before them. Before, a cold build (which draws the fan's cards in the same process first)
 * compressed them with Node's zlib and a warm one with pdf-lib's own deflate: same content,
 * different bytes, so a rebuild changed files nobody touched.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { changesPdf } from '../../src/referrer/changes-pdf.ts';
import { newFanPdf, save } from '../../src/fan/pdf.ts';

const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('text PDFs for referrers', () => {
  it('/nieuw.pdf has the same bytes before and after the fan drew a PDF in this process', async () => {
    const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
    // This file runs in a process of its own: nothing has drawn a fan PDF yet.
    const first = await changesPdf(site);
    await save(await newFanPdf(site, 'Kaart', 'Een kaart'));
    const again = await changesPdf(site);
    expect(hash(again)).toBe(hash(first));
  });
});
