/**
 * pdf-lib's font subsetting drops glyphs silently for some fonts. The single cards use a subset, so
 * this test prints every character the font has, subset, and reads each one back from the PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { drawableCodePoints, fontBytes } from '../../src/fan/fonts.ts';
import { pdfText } from '../support/pdf-text.ts';
import { toolsAvailable } from '../support/tools.ts';

describe('subset font', () => {
  it.each(['regular', 'bold'] as const)('keeps every glyph of the %s weight', async (weight) => {
    const chars = [...drawableCodePoints()].filter((c) => c > 0x20 && c < 0xfff0 && c !== 0xad && !(c >= 0x7f && c < 0xa0) && !/\p{Z}|\p{Cf}/u.test(String.fromCodePoint(c))).map((c) => String.fromCodePoint(c));
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(fontBytes()[weight], { subset: true });
    const page = doc.addPage([600, 800]);
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += 30) lines.push(chars.slice(i, i + 30).join(' '));
    lines.forEach((l, i) => page.drawText(l, { x: 20, y: 780 - i * 16, size: 10, font }));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'font-')), 'all.pdf');
    writeFileSync(file, await doc.save());
    const back = await pdfText(file);
    const missing = chars.filter((c) => !back.normalize('NFC').includes(c.normalize('NFC')));
    expect(missing).toEqual([]);
    if (toolsAvailable(['pdffonts'])) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      expect(fonts).toMatch(/AtkinsonHyperlegibleNext\S* +CID TrueType +Identity-H +yes +\w+ +yes/);
    }
  });
});
