/**
 * The cards that help you act: the discount card prints how to get each pass (content format
 * 1.1 `aanvragen`, in the words of the scheme's page), and the cover names the help desk once,
 * with one phone number.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { fanProblems, layOutDeck, printShopPdf } from '../../src/fan/index.ts';
import { describeScheme } from '../../src/model/describe.ts';
import type { Site } from '../../src/model/types.ts';

const sample = (): Site => checkContent('content', { buildDate: '2026-11-26' }).site!;
const texts = (site: Site, id: string) => layOutDeck(site).then((deck) => deck.cards.find((c) => c.spec.id === id)!.sides.flat().flatMap((p) => (p.kind === 'text' ? [p.text] : [])).join(' ').replace(/\s+/g, ' '));

describe('the discount card', () => {
  it('prints every step of every scheme, with the desk phone on a line of its own', { timeout: 120_000 }, async () => {
    const site = sample();
    expect(site.schemes.every((s) => s.apply)).toBe(true);
    const deck = await layOutDeck(site);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fan-discount-')), 'shop.pdf');
    writeFileSync(file, await printShopPdf(deck));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    // The discount card is the deck's last card: its front and back are the file's last two pages.
    const card = execFileSync('pdftotext', ['-f', String(pages - 1), '-l', String(pages), '-layout', file, '-'], { encoding: 'utf8' });
    const flat = card.replace(/-\n\s*/g, '').replace(/\s+/g, ' ');
    const same = (s: string) => s.replace(/\s+/g, ' ');
    for (const scheme of site.schemes) {
      const { howToGet, steps } = describeScheme(scheme);
      expect(flat).toContain(same(howToGet));
      for (const [i, step] of steps.entries()) {
        expect(flat).toContain(same(`${i + 1}. ${step.text}`));
        if (step.phone) expect(card.split('\n').some((l) => l.trim() === step.phone!.display)).toBe(true);
      }
    }
  });

  it('names the scheme file and `aanvragen` when the steps do not fit', { timeout: 120_000 }, async () => {
    const site = sample();
    const schemes = site.schemes.map((s, i) => (i === 1 ? { ...s, apply: { ...s.apply!, bring: Array.from({ length: 30 }, (_, n) => `bewijsstuk nummer ${n + 1}`) } } : s));
    const problems = await fanProblems({ ...site, schemes });
    expect(problems).toEqual([expect.objectContaining({ source: site.schemes[1]!.source, path: ['aanvragen'] })]);
  });
});

describe('the cover card', () => {
  it('names the help desk once, with one phone number', { timeout: 120_000 }, async () => {
    const site = sample();
    const cover = await texts(site, 'omslag');
    const c = site.settings.contact;
    expect(cover.split(c.name).length - 1).toBe(1);
    expect(cover.match(/\b0\d{1,3}( \d{2,3}){2,3}\b/g)).toEqual([c.phone!.display]);
  });
});
