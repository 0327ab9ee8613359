import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { fanProblems, FanProblemsError, layOutDeck, printShopPdf } from '../../src/fan/index.ts';
import type { Site } from '../../src/model/types.ts';

const sample = (): Site => checkContent('content', { buildDate: '2026-11-26' }).site!;

function withOffer(site: Site, id: string, change: (o: Site['offers'][number]) => void): Site {
  const offers = site.offers.map((o) => (o.id === id ? structuredClone(o) : o));
  change(offers.find((o) => o.id === id)!);
  return { ...site, offers };
}

describe('text that does not fit', () => {
  it('the sample content fits on its cards', { timeout: 60_000 }, async () => {
    expect(await fanProblems(sample())).toEqual([]);
  });

  it('names the offer file and what to shorten when a card is too full', async () => {
    const site = withOffer(sample(), 'zwemmen-dilkom', (o) => {
      o.schedule!.note = 'In de schoolvakanties zijn er andere uren. '.repeat(30);
    });
    const problems = await fanProblems(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', source: 'aanbod/zwemmen-dilkom.md', path: ['wanneer', 'tekst'] });
    expect(problems[0]!.message).toMatch(/te vol.*Maak de tekst korter, bijvoorbeeld de tekst bij wanneer \(wanneer\.tekst\)\. Er is ongeveer \d+ mm te veel\./);
  });

  it('reports a word too long for a line, and a character the font cannot print', async () => {
    const site = withOffer(sample(), 'zwemmen-dilkom', (o) => {
      o.title = 'Zwemmen 123456789012345678901234567890';
      o.summary = 'Zwem in het warme bad ☃.';
    });
    const messages = (await fanProblems(site)).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^titel: Het woord "123456789012345678901234567890" is te lang voor een regel op de kaart/));
    expect(messages).toContainEqual(expect.stringMatching(/^samenvatting: Het teken "☃" \(U\+2603\) kan niet gedrukt worden/));
  });

  it('names a long word or e-mail address at the end of a sentence without the full stop', async () => {
    const site = withOffer(sample(), 'zwemmen-dilkom', (o) => {
      o.summary = 'Mail naar heel-lang-adres-voor-de-zwemdienst@zwembad-dilkom-gemeente.example.be. Of kom naar de Vrijetijdsparticipatieondersteuningsmogelijkhedenbijeenkomstenorganisatie.';
    });
    const messages = (await fanProblems(site)).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages).toContain('samenvatting: Het e-mailadres "heel-lang-adres-voor-de-zwemdienst@zwembad-dilkom-gemeente.example.be" is te lang voor een regel op de kaart (de samenvatting). Gebruik een korter e-mailadres.');
    expect(messages).toContainEqual(expect.stringMatching(/^samenvatting: Het woord "Vrijetijdsparticipatieondersteuningsmogelijkhedenbijeenkomstenorganisatie" is te lang/));
  });

  it('stops the PDF with a message in English and Dutch instead of printing a cut card', async () => {
    const site = withOffer(sample(), 'zwemmen-dilkom', (o) => { o.schedule!.note = 'Andere uren. '.repeat(120); });
    const deck = await layOutDeck(site);
    await expect(printShopPdf(deck)).rejects.toThrow(FanProblemsError);
    await expect(printShopPdf(deck)).rejects.toThrow(/The printed fan cannot be built[\s\S]*De waaier kan niet gemaakt worden[\s\S]*aanbod\/zwemmen-dilkom\.md/);
  });
});

describe('an address too long for a line', () => {
  it('is printed whole and reported with the file and the key, never broken or left out', async () => {
    const site = withOffer(sample(), 'zwemmen-dilkom', (o) => {
      o.contact = { ...o.contact!, email: 'inschrijvingen.sportdienst.zwembad@dilbeek.example.be' };
    });
    const problems = await fanProblems(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: 'aanbod/zwemmen-dilkom.md', path: ['contact'] });
    // The whole address, never a piece of it.
    expect(problems[0]!.message).toBe('Het e-mailadres "inschrijvingen.sportdienst.zwembad@dilbeek.example.be" is te lang voor een regel op de kaart (het contact). Gebruik een korter e-mailadres.');
  });
});
