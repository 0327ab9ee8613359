/**
 * Content format 1.1 in the built fixture (tests/fixtures/v11): what a resident reads on the page,
 * in a search result, in the JSON-LD and in the open data for a refund, a one-day event, a
 * Monday-to-Friday slot, a price per person, and a discount scheme with `aanvragen`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITES } from '../support/sites.ts';
import { pdfText } from '../support/pdf-text.ts';

const out = SITES.v11.out;
const raw = (page: string) => readFileSync(path.join(out, page, 'index.html'), 'utf8');
/** What a reader sees in <main>, with non-breaking spaces kept (they are part of the wording). */
const main = (page: string) =>
  (/<main[\s\S]*?<\/main>/.exec(raw(page))?.[0] ?? '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<div hidden[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\n\r]+/g, ' ');
const meta = (page: string, key: string) => new RegExp(`data-pagefind-meta="${key}\\[data-value\\]" data-value="([^"]*)"`).exec(raw(page))?.[1];
const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(raw(page))![1]!.replace(/\\u003c/g, '<'));
const openData = JSON.parse(readFileSync(path.join(out, 'aanbod.json'), 'utf8'));
const offerData = (id: string) => openData.offers.find((o: { id: string }) => o.id === id);
const NB = '\u00a0';

describe('a refund (terug)', () => {
  const sentence = `Met de vrijetijdspas krijg je €${NB}120 terug.`;
  test('the page shows what you pay, then what you get back in words', () => {
    const text = main('aanbod/jeugdbeweging');
    expect(text).toContain(`€${NB}150 per seizoen ${sentence}`);
    expect(text).not.toContain(`€${NB}120 met`);
  });
  test('the search result says it in one line', () => {
    expect(meta('aanbod/jeugdbeweging', 'prijs')).toBe(`€${NB}150 per seizoen. ${sentence}`);
  });
  test('JSON-LD has one price, with the refund in its description', () => {
    const offers = jsonLd('aanbod/jeugdbeweging').offers;
    expect(offers).toEqual([expect.objectContaining({ price: '150.00', description: `€${NB}150 per seizoen. ${sentence}` })]);
  });
  test('open data keeps it in a separate field, never as a price', () => {
    expect(offerData('jeugdbeweging').price).toMatchObject({
      normal: 15000, discounts: [], refunds: [{ scheme: 'vrijetijdspas', amount: 12000, text: sentence }],
      summary: `€${NB}150 per seizoen. ${sentence}`,
    });
  });
  test('the card prints the sentence', async () => {
    const card = (await pdfText(path.join(out, 'kaart/jeugdbeweging.pdf'))).replace(/\s+/g, ' ');
    expect(card).toContain('Met de vrijetijdspas krijg je € 120 terug.');
  });
});

describe('a one-day event', () => {
  test('reads "Op zaterdag 12 december 2026", with its hours, once', () => {
    const text = main('aanbod/kerstmarkt');
    expect(text).toContain('Op zaterdag 12 december 2026 van 14.00 tot 20.00 uur');
    expect(text).not.toMatch(/12 december 2026 tot|Van 12 december/);
    expect(offerData('kerstmarkt').schedule).toMatchObject({
      text: ['op zaterdag 12 december 2026 van 14.00 tot 20.00 uur'], season: { from: '2026-12-12', to: '2026-12-12' },
    });
  });
});

describe('Monday to Friday with the same hours, per person', () => {
  test('is one line on the page and in the open data; the price is per person', () => {
    const text = main('aanbod/speelplein');
    expect(text).toContain('Maandag tot vrijdag van 9.00 tot 12.00 uur');
    expect(text).not.toContain('Dinsdag van');
    expect(text).toContain(`€${NB}4 per persoon`);
    expect(meta('aanbod/speelplein', 'prijs')).toBe(`€${NB}4 per persoon · €${NB}1 met vrijetijdspas`);
    expect(offerData('speelplein').schedule.text).toEqual(['maandag tot vrijdag van 9.00 tot 12.00 uur']);
    expect(offerData('speelplein').schedule.slots).toHaveLength(5);
    expect(offerData('speelplein').price).toMatchObject({ unit: 'persoon', unitText: 'per persoon' });
  });
  test("the offer's e-mail is completed with its partner's phone", () => {
    const page = raw('aanbod/speelplein');
    expect(page).toContain('href="mailto:speelplein@testdorp.example"');
    expect(page).toContain('href="tel:+3224516840"');
    expect(offerData('speelplein').contact).toMatchObject({ email: 'speelplein@testdorp.example', phone: '02 451 68 40', fromPartner: false });
  });
});

describe('a discount scheme with aanvragen', () => {
  test('its page shows the steps under a grammatical heading, with the phone to tap', () => {
    const text = main('korting/vrijetijdspas');
    expect(text).toContain('Zo krijg je de vrijetijdspas');
    expect(text).toContain('Ga naar Sociaal Huis Testdorp, Dorpsplein 1, 1700 Testdorp. Open: maandag tot vrijdag van 9 tot 12 uur. Je hebt geen afspraak nodig.');
    expect(text).toContain('Neem mee: identiteitskaart, een brief van je inkomen.');
    expect(text).toContain('De vrijetijdspas aanvragen is gratis.');
    expect(raw('korting/vrijetijdspas')).toMatch(/<li>Vragen\? Bel naar <a class="vtw-phone" href="tel:\+3224516800">02\u00a0451\u00a068\u00a000<\/a>\.<\/li>/);
  });
  test('offers link to it with the same label', () => {
    expect(raw('aanbod/jeugdbeweging')).toContain('href="/korting/vrijetijdspas/">Zo krijg je de vrijetijdspas</a>');
  });
  test('the open data has the block and the steps', () => {
    expect(openData.schemes[0].apply).toMatchObject({
      where: 'Sociaal Huis Testdorp', appointment: false, bring: ['identiteitskaart', 'een brief van je inkomen'], cost: 0, phone: '02 451 68 00',
    });
    expect(openData.schemes[0].apply.steps[0]).toMatch(/^Ga naar Sociaal Huis Testdorp/);
  });
});
