/** The imposition module: the grid adapts to the card size, it runs without Node, and it imposes real card PDFs. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { layOutDeck, singleCardPdf } from '../../src/fan/index.ts';
import { imposeCardPdfs, sheetGrid } from '../../src/fan/impose.ts';
import { mm } from '../../src/fan/geometry.ts';
import { itWithTools } from '../support/tools.ts';

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe('A4 imposition', () => {
  it.each([
    [80, 190, 'landscape', 3],
    [50, 190, 'landscape', 5],
    [90, 130, 'portrait', 4],
    [120, 190, 'landscape', 2],
    [120, 297, 'portrait', 1],
    [40, 120, 'portrait', 8],
  ] as const)('puts %i x %i mm cards on %s sheets, %i per sheet', (w, h, orientation, perSheet) => {
    const grid = sheetGrid(mm(w), mm(h));
    expect(grid.orientation).toBe(orientation);
    expect(grid.perSheet).toBe(perSheet);
    expect(grid.flip).toBe(orientation === 'portrait' ? 'long' : 'short');
    // The cards stay inside the sheet, clear of the printer's 5 mm margin where possible.
    expect(grid.left).toBeGreaterThanOrEqual(0);
    expect(grid.top).toBeLessThanOrEqual(grid.height);
  });

  it('bundles for a browser: pdf-lib and nothing from Node', async () => {
    const result = await build({ entryPoints: ['src/fan/impose.ts'], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    const own = inputs.filter((i) => !i.startsWith('node_modules/'));
    expect(own.sort()).toEqual(['src/fan/geometry.ts', 'src/fan/impose.ts']);
    const packages = new Set(inputs.filter((i) => i.startsWith('node_modules/')).map((i) => i.split('/').slice(1, i.startsWith('node_modules/@') ? 3 : 2).join('/')));
    expect([...packages].sort()).toEqual(['@pdf-lib/standard-fonts', '@pdf-lib/upng', 'pako', 'pdf-lib', 'tslib'].filter((p) => packages.has(p)));
    expect(packages.has('pdf-lib')).toBe(true);
  });

  itWithTools('qpdf', 'pdfinfo', 'pdftotext')('imposes the published single-card PDFs: fronts then mirrored backs, cut marks, qpdf clean', { timeout: 120_000 }, async () => {
    const site = checkContent('content', { buildDate: '2026-11-26' }).site!;
    const deck = await layOutDeck(site);
    const ids = ['kunstacademie', 'zwemmen-dilkom', 'zwemles-kinderen', 'fitness-dilkom'];
    const cards = await Promise.all(ids.map((id) => singleCardPdf(deck, id, { subset: true })));
    const bytes = await imposeCardPdfs(cards, { title: 'Mijn waaier' });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'impose-')), 'fan.pdf');
    writeFileSync(file, bytes);
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    const info = run('pdfinfo', file);
    expect(info).toMatch(/Pages:\s+4/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.27\d* pts/);
    const page = (n: number) => run('pdftotext', '-f', String(n), '-l', String(n), file, '-').replace(/\s+/g, ' ');
    for (const id of ids.slice(0, 3)) expect(page(1)).toContain(deck.cards.find((c) => c.spec.id === id)!.spec.title.split(' ')[0]);
    expect(page(3)).toContain('Fitness');
    expect(page(1)).not.toContain('Druk af op ware grootte');
    // Backs: the first card's back sits at the right, behind its front once the sheet is flipped.
    const xOf = (n: number, word: string) => {
      const box = run('pdftotext', '-f', String(n), '-l', String(n), '-bbox', file, '-');
      return [...box.matchAll(/xMin="([\d.]+)"[^>]*>([^<]+)</g)].find((m) => m[2] === word)?.[1];
    };
    expect(Number(xOf(1, 'Tekenen'))).toBeLessThan(841.89 / 3);
    expect(Number(xOf(2, 'secretariaat'))).toBeGreaterThan((841.89 * 2) / 3);
    // Only the card sides come along: not the single card's instructions, nor a front's text on the back.
    expect(xOf(2, 'Kerkstraat')).toBeUndefined();
    expect(page(2)).not.toContain('ware grootte');
  });

  it('refuses a PDF that is not a card of the fan, with a clear message', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    await expect(imposeCardPdfs([await doc.save()], { title: 'x' })).rejects.toThrow(/not a card of the fan/);
  });
});
