/** The fixture site, built once: what a resident finds on the pages, and what the report says. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/sites.ts';

const out = SITES.basic.out;
const page = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');
/** The visible text of a page, roughly: tags removed, entities for & and spaces decoded. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;|\s+/g, ' ');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

describe('offer pages', () => {
  it('has a page for every published offer, with its price and a way to call', () => {
    const zwemmen = text(page('aanbod/zwemmen'));
    expect(zwemmen).toContain('Zwemmen in het testbad');
    expect(zwemmen).toContain('€ 4,50 per beurt');
    expect(zwemmen).toContain('€ 0,90 met participatiepas');
    expect(zwemmen).toContain('Woensdag van 14.00 tot 16.00 uur');
    expect(zwemmen).toContain('Van 1 september 2026 tot 30 juni 2027');
    expect(page('aanbod/zwemmen')).toContain('href="tel:+32470123456"');
  });

  it("shows the partner's contact when the offer has none of its own", () => {
    const html = page('aanbod/wandelen');
    expect(html).toContain('href="mailto:buurtwerk@testdorp.example"');
    expect(text(html)).toContain('Gratis');
  });

  it('reads a file with a BOM and Windows line ends, and day abbreviations', () => {
    const koffie = text(page('aanbod/koffie'));
    expect(koffie).toContain('Koffie en babbel');
    expect(koffie).toContain('Dinsdag van 9.30 tot 11.00 uur');
  });

  it('publishes no page for an expired offer, and lists it nowhere', () => {
    expect(existsSync(path.join(out, 'aanbod/verlopen'))).toBe(false);
    const everything = htmlFiles(out).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(everything).not.toContain('Zomerkamp 2026');
  });

  it('warns on a stale offer that it may be out of date', () => {
    expect(text(page('aanbod/oud'))).toContain('al lang niet meer nagekeken');
    expect(text(page('aanbod/zwemmen'))).not.toContain('al lang niet meer nagekeken');
  });

  it('gives partners a small link in the footer to the file to edit, when site.yaml sets bewerken', () => {
    // The content folder's place in the repository (CONTENT_DIR) is part of the address.
    const footer = /<footer[\s\S]*<\/footer>/.exec(page('aanbod/zwemmen'))![0];
    expect(footer).toContain('href="https://github.com/voorbeeld/waaier/edit/main/tests/fixtures/basic/aanbod/zwemmen.md"');
    expect(text(footer)).toContain('Voor partners: pas dit aanbod aan');
    const main = /<main[\s\S]*<\/main>/.exec(page('aanbod/zwemmen'))![0];
    expect(main).not.toContain('/edit/');
  });

  it('shows no edit link while bewerken is the template placeholder', () => {
    const sample = readFileSync(path.join(SITES.sample.out, 'aanbod/zwemmen-dilkom/index.html'), 'utf8');
    expect(sample).not.toContain('OWNER/REPO');
    expect(sample).not.toContain('Voor partners');
  });

  it('ignores templates whose name starts with _', () => {
    expect(existsSync(path.join(out, 'aanbod/_sjabloon'))).toBe(false);
  });
});

describe('lists', () => {
  it('puts offers in volgorde first, then by title', () => {
    const html = text(page('categorie/samen'));
    const order = ['Samen wandelen', 'Koffie en babbel', 'Petanque op het plein'].map((t) => html.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists only free offers on the free page', () => {
    const html = text(page('gratis'));
    expect(html).toContain('Samen wandelen');
    expect(html).toContain('Koffie en babbel');
    expect(html).not.toContain('Zwemmen in het testbad');
  });

  it('lists every published offer from A to Z', () => {
    const html = text(page('a-z'));
    for (const title of ['Koffie en babbel', 'Online yoga', 'Petanque op het plein', 'Samen wandelen', 'Zwemmen in het testbad']) {
      expect(html).toContain(title);
    }
  });

  it('shows the municipality from site.yaml, not from the code', () => {
    expect(text(page(''))).toContain('Vrijetijdswaaier Testdorp');
    expect(text(page(''))).toContain('Testdorp');
  });
});

describe('no scripts', () => {
  it('loads no JavaScript on any page but search, the made-to-measure fan and the editor', () => {
    // /zoeken/ and /op-maat/ enhance a page that works without it; /admin/ is the partners' editor.
    const allowed = ['zoeken', 'op-maat', 'admin'].map((dir) => `${path.sep}${dir}${path.sep}`);
    for (const file of htmlFiles(out)) {
      if (allowed.some((dir) => file.includes(dir))) continue;
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });
});

describe('build report', () => {
  const log = readFileSync(`${out}.log`, 'utf8');
  it('counts the published offers', () => {
    expect(log).toContain('5 aanbod gepubliceerd op de site, 3 daarvan in de waaier.');
  });
  it('names every offer left out, with the reason', () => {
    expect(log).toMatch(/aanbod\/verlopen\.md: geldig tot 31 augustus 2026: die dag is voorbij/);
    expect(log).toMatch(/aanbod\/oud\.md: nagekeken op 15 januari 2025/);
    expect(log).toMatch(/aanbod\/niet-in-waaier\.md: waaier: false/);
  });
});
