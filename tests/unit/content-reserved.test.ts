/**
 * Issue 11, reserved ids and MDX: a free page may not take the address of a built-in page, an
 * offer may not take the name of a built-in file (og/site.png), no id may be a name Windows
 * refuses; and `npm run check` lists every .mdx page for a maintainer to review.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/source/read-content.ts';
import { BUILT_IN_NAMES, namesInPages } from '../../src/source/reserved.ts';
import { BUILD_DATE, CATEGORY, lines, OFFER, PARTNER, SCHEME } from '../fixtures/check/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGE = '---\ntitel: Over ons\n---\nWie we zijn.\n';
const errors = (changes: Record<string, string | null>) => lines(changes).filter((l) => l.startsWith('fout: '));

describe('reserved ids', () => {
  test.each(['zoeken', 'a-z', 'gratis', '404', 'aanbod', 'categorie', 'korting', 'partner', 'kaart', 'og', 'admin', 'op-maat', 'nieuw', 'pagefind', 'index', 'waaier'])(
    'a free page called %s is refused', (id) => {
      expect(errors({ [`paginas/${id}.md`]: PAGE })).toEqual([
        `fout: paginas/${id}.md  De naam ${id} kan niet: het adres /${id}/ is al een pagina van de site zelf. Geef ${id}.md een andere naam, zoals ${id}-info.md.`,
      ]);
    },
  );

  test('a free page with a name of its own passes', () => {
    expect(errors({ 'paginas/over-ons.md': PAGE, 'paginas/zoeken-en-vinden.md': PAGE })).toEqual([]);
  });

  test('an offer called site would replace the site-wide preview image', () => {
    expect(errors({ 'aanbod/site.md': OFFER })).toContain(
      'fout: aanbod/site.md  De naam site kan niet: og/site.png is al het voorbeeldbeeld van de hele site. Geef site.md een andere naam, zoals site-info.md.',
    );
  });

  test.each([
    ['aanbod/con.md', OFFER], ['categorieen/nul.md', CATEGORY], ['partners/aux.md', PARTNER], ['kortingen/com1.md', SCHEME], ['paginas/lpt9.md', PAGE],
  ])('%s is a name Windows refuses', (file, text) => {
    const id = path.basename(file, '.md');
    expect(errors({ [file]: text })).toContain(
      `fout: ${file}  De naam ${id} kan op Windows geen bestandsnaam zijn (${id}.pdf zou niet te openen zijn). Geef ${id}.md een andere naam, zoals ${id}-1.md.`,
    );
  });

  test('the built-in list covers every fixed route in src/pages and every file in public/ (add new ones to BUILT_IN_NAMES)', () => {
    const found = namesInPages(ROOT);
    expect(found['.']).toContain('zoeken');
    expect(found['og']).toContain('site');
    for (const [folder, names] of Object.entries(found)) {
      for (const name of names) expect(BUILT_IN_NAMES[folder] ?? [], `${folder}/${name}`).toContain(name);
    }
  });
});

describe('MDX pages', () => {
  test('each .mdx page is listed with a line for the maintainer, as a warning', () => {
    const found = lines({ 'paginas/doorverwijzers.mdx': PAGE, 'paginas/over-ons.md': PAGE });
    expect(found).toEqual([
      'let op: paginas/doorverwijzers.mdx  Dit is een MDX-pagina: ze kan code uitvoeren terwijl de site gebouwd wordt. Een beheerder moet ze nakijken voor ze in de site komt.',
    ]);
  });

  test('the sample content lists its MDX page and still passes', () => {
    const result = checkContent(path.join(ROOT, 'content'), { buildDate: BUILD_DATE });
    expect(result.failed).toBe(false);
    expect(result.problems.filter((p) => p.file.endsWith('.mdx')).map((p) => `${p.file}  ${p.message}`)).toEqual([
      'content/paginas/voor-doorverwijzers.mdx  Dit is een MDX-pagina: ze kan code uitvoeren terwijl de site gebouwd wordt. Een beheerder moet ze nakijken voor ze in de site komt.',
    ]);
  });
});
