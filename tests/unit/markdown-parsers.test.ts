/**
 * The build and `npm run check` parse bodies with satteri (src/markdown/parse.ts), the editor in
 * the browser with micromark (parse-micromark.ts): a partner must get the same judgement and the
 * same page from both. Every body of the sample and the fixtures, and a list of hard and hostile
 * cases, must give the same tree, positions included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import { parseMarkdown as parseInBrowser } from '../../src/markdown/parse-micromark.ts';
import { splitFrontMatter } from '../../src/source/front-matter.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function* markdownFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) yield* markdownFiles(file);
    else if (entry.endsWith('.md')) yield file;
  }
}

/** Plain objects, as a test compares them (the parsers build nodes with different prototypes and key order). */
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree));

const HARD_CASES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1) "titel")',
  '<https://www.dilbeek.be>',
  'www.dilbeek.be en info@dilbeek.be.',
  'http://a.be/c_(d) en https://a.be/x?y=1&z=2.',
  '| Wat | Prijs |\n| --- | ---: |\n| Zwemmen | € 2 |',
  'Tekst[^1]\n\n[^1]: Een voetnoot.',
  '~~weg~~ en ~een~',
  '- [ ] taak\n- [x] klaar',
  '&amp; &copy; &#65; &#x41; &bogus;',
  '***sterk** schuin* __init__ _x_',
  '> citaat\n> meer\n\n> > dubbel',
  '    code met spaties',
  '```js\nlet x = 1;\n```',
  '# Kop\n\nSetext\n===\n\nOok\n---',
  '![alt](foto.jpg "titel") en [![beeld](a.png)](b)',
  '[ref] en [anders][ref]\n\n[ref]: https://x.be "Titel"',
  'hard  \nbreak en a\\\nb',
  '<div>\n*x*\n</div>\n\n<!-- commentaar -->',
  '1. een\n2. twee\n\n3) drie\n\n* a\n\n  b',
  'a\r\nb\r\n\r\nc',
  '\t- tab\n\u00a0spatie',
  'Zero\u0000byte',
  'Emoji 👍🏽 en ë, ï, €',
  '*'.repeat(200),
  '['.repeat(50) + 'x' + ']'.repeat(50),
];

describe('the Markdown parsers of the build and of the editor', () => {
  it('give the same tree for every body of the sample and the fixtures', () => {
    const files = [...markdownFiles(path.join(ROOT, 'content')), ...markdownFiles(path.join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const parts = splitFrontMatter(readFileSync(file, 'utf8'));
      const body = parts ? parts.body : '';
      expect(plain(parseMarkdown(body)), path.relative(ROOT, file)).toEqual(plain(parseInBrowser(body)));
    }
  });

  it.each(HARD_CASES)('give the same tree for %j', (body) => {
    expect(plain(parseMarkdown(body))).toEqual(plain(parseInBrowser(body)));
  });
});
