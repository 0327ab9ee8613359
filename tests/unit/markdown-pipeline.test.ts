/**
 * The one Markdown pipeline (src/markdown): every hostile body of the corpus is refused by the
 * check with its file and line, or rendered harmless; the rendered HTML only ever holds allowed
 * elements, attributes and addresses; a fast-check property test over risky Markdown tokens;
 * phone numbers and e-mail addresses in text become links; free .md pages are checked too.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORPUS } from '../fixtures/hostile/corpus.ts';
import { check, lines, OFFER } from '../fixtures/check/site.ts';
import { checkBody, processBody } from '../../src/markdown/index.ts';
import { judgeUrl } from '../../src/markdown/urls.ts';
import { LIMITS } from '../../src/markdown/limits.ts';

/** The sample offer's body starts on line 16 of its file. */
const BODY_LINE = 16;
const offerWithBody = (body: string) => `${OFFER.slice(0, OFFER.lastIndexOf('---\n') + 4)}${body}\n`;

const ALLOWED_TAGS = new Set(['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'input']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'id', 'class', 'start', 'align', 'type', 'disabled', 'checked', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes', 'aria-label', 'aria-describedby']);

/**
 * Every tag and attribute in rendered HTML. hast-util-to-html writes every `<` of text as `&#x3C;`,
 * so each `<` in the output starts a tag.
 */
function tagsOf(html: string): { tag: string; attributes: Map<string, string> }[] {
  const found: { tag: string; attributes: Map<string, string> }[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z0-9-]+)([^>]*)>/g)) {
    const attributes = new Map<string, string>();
    for (const a of m[2]!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)) attributes.set(a[1]!.toLowerCase(), a[2] ?? '');
    found.push({ tag: m[1]!.toLowerCase(), attributes });
  }
  return found;
}

/** What must hold for any rendered body, whatever its Markdown was. */
function assertHarmless(html: string): void {
  expect(html.split('<').length - 1).toBe(tagsOf(html).length);
  for (const { tag, attributes } of tagsOf(html)) {
    expect(ALLOWED_TAGS, `element <${tag}> in ${html}`).toContain(tag);
    for (const [name, value] of attributes) {
      expect(ALLOWED_ATTRIBUTES, `attribute ${name} in ${html}`).toContain(name);
      if (name === 'href') expect(['site', 'web', 'mailto', 'tel'], `href="${value}"`).toContain(judgeUrl(value.replace(/&#x26;|&amp;/g, '&')));
    }
  }
}

describe('the hostile corpus (issue 11)', () => {
  test('has at least 60 bodies, each with a different name', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  test('npm run check refuses each refused body with its file and line, and accepts the others', () => {
    const files = Object.fromEntries(CORPUS.map((c, i) => [`aanbod/hostile-${String(i).padStart(3, '0')}.md`, offerWithBody(c.body)]));
    const { dir, result } = check(files);
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => ({ file: path.relative(dir, path.resolve(p.file)), line: p.line, message: p.message }));
    CORPUS.forEach((c, i) => {
      const file = `aanbod/hostile-${String(i).padStart(3, '0')}.md`;
      const mine = errors.filter((e) => e.file === file);
      if (c.expect === 'harmless') expect(mine, c.name).toEqual([]);
      else expect(mine.map((e) => e.line), c.name).toContain(BODY_LINE + c.expect - 1);
    });
  });

  test.each(CORPUS.map((c) => [c.name, c] as const))('%s: renders harmless even when the check is skipped', (_name, c) => {
    assertHarmless(processBody(c.body, 'aanbod/x.md', 1).html);
  });
});

describe('messages in plain Dutch, on the right line', () => {
  test('each kind of problem', () => {
    const body = [
      'Welkom.',
      '<b>Vet</b>',
      '[klik](&#106;avascript:alert(1))',
      '[ander](//example.com/)',
      '![foto](https://example.be/a.jpg)',
      '![foto](./foto.jpg)',
      '# Titel',
      '',
      '[x]: data:text/html,hallo',
    ].join('\n');
    expect(lines({ 'aanbod/zwemmen.md': offerWithBody(body) })).toMatchInlineSnapshot(`
      [
        "fout: aanbod/zwemmen.md:17  HTML-code (<b>) mag niet in de tekst. Gebruik gewone tekst of Markdown, zoals **vet** of een lijst met "- ".",
        "fout: aanbod/zwemmen.md:18  Deze link is niet veilig (javascript:). Gebruik een gewoon webadres dat begint met https://, een e-mailadres met mailto: of een telefoonnummer met tel:.",
        "fout: aanbod/zwemmen.md:19  Dit adres begint met // of \\ en gaat zo naar een andere website. Schrijf het volledige webadres, dat begint met https://.",
        "fout: aanbod/zwemmen.md:20  Een afbeelding van een andere website mag niet. Zet het bestand naast dit bestand en gebruik afbeelding: bron: ./naam.jpg.",
        "fout: aanbod/zwemmen.md:21  Een afbeelding kan niet in de tekst staan. Zet de foto naast dit bestand en noem ze bovenaan bij afbeelding: bron: ./naam.jpg.",
        "fout: aanbod/zwemmen.md:22  Een titel met één # mag niet in de tekst: de titel van de pagina staat al bovenaan. Begin met ## .",
        "fout: aanbod/zwemmen.md:24  Deze link is niet veilig (data:). Gebruik een gewoon webadres dat begint met https://, een e-mailadres met mailto: of een telefoonnummer met tel:.",
      ]
    `);
  });

  test('free pages in Markdown are checked like every body; .mdx pages are not', () => {
    const page = '---\ntitel: Over ons\n---\nWie zijn we?\n\n<script>alert(1)</script>\n';
    expect(lines({ 'paginas/over-ons.md': page })).toEqual(['fout: paginas/over-ons.md:6  Een script mag niet in de tekst. Haal het weg.']);
    // (The .mdx page gets a warning that a maintainer must review it; no body rule applies.)
    expect(lines({ 'paginas/over-ons.mdx': page }).filter((l) => l.startsWith('fout'))).toEqual([]);
  });

  test('categories, partners and discount schemes too, with the image message for files without afbeelding', () => {
    expect(lines({ 'categorieen/sport.md': '---\nnaam: Sport\nkleur: "#0B6E4F"\npictogram: swimming\n---\n![x](foto.jpg)\n' })).toEqual([
      'fout: categorieen/sport.md:6  Een afbeelding kan niet in de tekst staan. Haal ze weg; een foto kan alleen bij een aanbod, met afbeelding: bron: ./naam.jpg.',
    ]);
  });

  test('shapes that would make the parser slow are refused before parsing, with the count', () => {
    // At the limit the body is parsed and accepted; one more mark and it is refused on the body's first line.
    expect(checkBody('*a'.repeat(LIMITS.emphasis), 'aanbod/x.md', 16)).toEqual([]);
    expect(checkBody('*a'.repeat(LIMITS.emphasis + 1), 'aanbod/x.md', 16)).toEqual([{
      severity: 'error', source: 'aanbod/x.md', path: [], line: 16,
      message: `Deze tekst heeft te veel tekens *, _ of ~ (${LIMITS.emphasis + 1}, hoogstens ${LIMITS.emphasis}). Schrijf hem eenvoudiger: gewone zinnen, korte lijsten.`,
    }]);
    expect(checkBody('a\n=\n'.repeat(300), 'aanbod/x.md', 16)[0]?.message).toBe(`Deze tekst is te lang: 601 regels, hoogstens ${LIMITS.lines}. Maak hem korter.`);
    expect(checkBody('Tekst\n\n' + '1. '.repeat(30) + 'a', 'aanbod/x.md', 16)[0]).toMatchObject({ line: 18, message: expect.stringContaining('te veel lijsttekens') });
    expect(checkBody('>'.repeat(5000), 'aanbod/x.md', 16)[0]?.message).toContain('te veel tekens >');
    expect(checkBody('a. '.repeat(10_000), 'aanbod/x.md', 16)[0]?.message).toContain('Deze tekst is te lang: 30000 tekens');
  });
});

describe('addresses', () => {
  test.each([
    ['https://example.be/a', 'web'],
    ['http://example.be', 'web'],
    ['mailto:info@example.be', 'mailto'],
    ['tel:+3224516800', 'tel'],
    ['/gratis/', 'site'],
    ['../aanbod/x/', 'site'],
    ['#inhoud', 'site'],
    ['', 'site'],
    ['//evil.example/x', 'other-host'],
    ['/\\evil.example/x', 'other-host'],
    ['\\\\evil.example', 'other-host'],
    ['javascript:alert(1)', 'forbidden'],
    [' \u0001JaVa\tScRiPt:alert(1)', 'forbidden'],
    ['java\nscript:alert(1)', 'forbidden'],
    ['data:text/html,x', 'forbidden'],
    ['vbscript:x', 'forbidden'],
    ['file:///etc/passwd', 'forbidden'],
    // A browser resolves this on the page's own host: not what the partner meant.
    ['https:evil.example', 'other-host'],
    ['https://', 'forbidden'],
  ])('%j is %s', (url, kind) => {
    expect(judgeUrl(url)).toBe(kind);
  });
});

describe('phone numbers and e-mail addresses in text (issue 15, item 2)', () => {
  const html = (body: string) => processBody(body, 'aanbod/x.md', 1).html;
  test('become tel: and mailto: links, the number kept together', () => {
    expect(html('Bel 02 451 68 00 of 0470/12.34.56, of mail naar info@example.be.')).toBe(
      '<p>Bel <a href="tel:+3224516800">02\u00a0451\u00a068\u00a000</a> of <a href="tel:+32470123456">0470/12.34.56</a>, of mail naar <a href="mailto:info@example.be">info@example.be</a>.</p>',
    );
    expect(html('Internationaal: +32 2 451 68 00.')).toContain('<a href="tel:+3224516800">+32\u00a02\u00a0451\u00a068\u00a000</a>');
  });
  test('not dates, prices, years, postcodes, code or numbers that are already a link', () => {
    for (const text of ['Op 30/11/2026 om 14.00 uur.', 'Prijs: € 0,90.', 'Seizoen 2026-2027.', '1700 Dilbeek', 'Rekening BE12 3456 7890 1234.', 'Nummer 12345678901234567.']) {
      expect(html(text), text).not.toContain('<a');
    }
    expect(html('`02 451 68 00`')).toBe('<p><code>02 451 68 00</code></p>');
    expect(html('[bel ons: 02 451 68 00](tel:+3224516800)')).toBe('<p><a href="tel:+3224516800">bel ons: 02 451 68 00</a></p>');
  });
});

describe('rendering looks like before', () => {
  test('typographic quotes, Dutch apostrophes, dashes, heading ids and lists', () => {
    expect(processBody("## Hoe gaat het?\n\n\"Kom\" 's morgens -- of 's avonds...\n\n- een\n- twee", 'aanbod/x.md', 1).html).toBe(
      '<h2 id="user-content-hoe-gaat-het">Hoe gaat het?</h2>\n<p>“Kom” ’s morgens – of ’s avonds…</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>',
    );
  });
});

/** Risky Markdown pieces; the property test strings them together at random. */
const RISKY_TOKENS = [
  '<', '>', '</', '/>', '<script>', '</script>', '<script', '<style>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<iframe', '<object', '<embed', '<base href=//evil.example/>', '<form action=//evil.example>', '<meta http-equiv=refresh content=0;url=//evil.example>', '<math>', '<a href=javascript:alert(1)>', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>',
  'onerror=', 'onload=', ' on', '=', '"', "'", '`', '```', '~~~', '    ', '\n', '\n\n', '\t', '> ', '- ', '1. ', '* ', '| a |', '|---|', '#', '## ', '===', '---',
  '[', ']', '(', ')', '![', '](', '[x]: ', '[x]', '[^1]', '[^1]: ', '<', 'javascript:', 'JaVaScRiPt:', 'java&#09;script:', '&#106;avascript:', '&#x6A;', '&colon;', 'data:text/html,', 'vbscript:', '//evil.example', '/\\evil.example', 'https://evil.example/x.png', 'www.evil.example',
  'alert(1)', 'x', 'tekst ', 'style="background:url(//evil.example/x.png)"', 'srcset=', '&', '&amp;', '&lt;', '\\', '*', '_', '~~', 'mailto:', 'tel:', '02 451 68 00', 'info@example.be',
];

describe('property: whatever risky Markdown a partner writes, the HTML stays harmless', () => {
  test('no event handler, no dangerous element, no forbidden address, no image', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RISKY_TOKENS), { maxLength: 60 }), (tokens) => {
        const html = processBody(tokens.join(''), 'aanbod/x.md', 1).html;
        assertHarmless(html);
        const tags = tagsOf(html);
        expect(tags.map((t) => t.tag)).not.toContainEqual(expect.stringMatching(/^(script|style|iframe|frame|object|embed|base|form|meta|link|svg|math|img)$/));
        expect(tags.flatMap((t) => [...t.attributes.keys()])).not.toContainEqual(expect.stringMatching(/^on/));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
