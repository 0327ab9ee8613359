/**
 * One palette for the site, the printed cards and the link previews (src/design/tokens.ts): every
 * text a resident reads on them meets WCAG AA contrast, the site's stylesheet uses the generated
 * custom properties and nothing else, and no colour is written down twice.
 */
import { appendFileSync, cpSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colour, textOn } from '../../src/design/tokens.ts';
import { customProperties, TOKENS_CSS, tokensCss } from '../../src/design/css.ts';
import { FAVICON, faviconSvg } from '../../src/design/favicon.ts';
import { contrastRatio, MIN_LARGE_TEXT_CONTRAST, MIN_TEXT_CONTRAST, normaliseHex } from '../../src/model/colour.ts';
import { checkContent } from '../../src/source/read-content.ts';
import { deckSpecs } from '../../src/fan/deck.ts';
import { guide } from '../../src/fan/guide.ts';
import { offerPreview, sitePreview } from '../../src/share/preview.ts';
import { categoryStyle } from '../../src/security/csp.ts';
import type { Child, Element } from '../../src/fan/tree.ts';
import { ROOT } from '../support/sites.ts';

const site = checkContent(path.join(ROOT, 'content'), { buildDate: '2026-11-26' }).site!;
const categoryColours = site.categories.map((c) => c.colour);
const ratio = (fg: string, bg: string) => contrastRatio(normaliseHex(fg)!, normaliseHex(bg)!);

interface Pair { where: string; fg: string; bg: string; min: number }

/**
 * The text (and pictogram) colours of an element tree on what lies under them: colour and font are
 * inherited, the background is the nearest one set. Large text (18 pt, or 14 pt bold) needs 3:1,
 * like pictograms and QR codes (non-text contrast); other text 4.5:1.
 */
function treePairs(where: string, root: Element, unit: 'pt' | 'px'): Pair[] {
  const pt = unit === 'pt' ? 1 : 0.75;
  const out: Pair[] = [];
  const walk = (node: Child, fg: string, bg: string, size: number, bold: boolean): void => {
    if (typeof node === 'string') {
      const large = size * pt >= 18 || (bold && size * pt >= 14);
      if (node.trim()) out.push({ where: `${where}: "${node.slice(0, 30)}" (${size} ${unit}${bold ? ' bold' : ''})`, fg, bg, min: large ? MIN_LARGE_TEXT_CONTRAST : MIN_TEXT_CONTRAST });
      return;
    }
    const style = node.props.style ?? {};
    if (node.type === 'svg') {
      const ink = (node.props['stroke'] ?? (node.props.children as Element[])[0]?.props['fill']) as string;
      out.push({ where: `${where}: pictogram`, fg: ink, bg, min: MIN_LARGE_TEXT_CONTRAST });
      return;
    }
    const next = [
      (style['color'] as string | undefined) ?? fg,
      (style['backgroundColor'] as string | undefined) ?? bg,
      (style['fontSize'] as number | undefined) ?? size,
      style['fontWeight'] === undefined ? bold : Number(style['fontWeight']) >= 700,
    ] as const;
    const children = node.props.children;
    for (const child of Array.isArray(children) ? children : children === undefined ? [] : [children]) walk(child, ...next);
  };
  // the layout's defaults (flow.ts): black text, 16 px; the card, page and preview are paper.
  walk(root, colour.black, colour.bg, 16, false);
  return out;
}

/** The site's text on its backgrounds, as site.css and the category style attribute pair them. */
const sitePairs: Pair[] = [
  { where: 'body text, headings, buttons (secondary), skip link', fg: colour.text, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  { where: 'a category under a title, the last-checked line', fg: colour.muted, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  { where: 'links', fg: colour.link, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  { where: 'footer and fact boxes: text', fg: colour.text, bg: colour.soft, min: MIN_TEXT_CONTRAST },
  { where: 'footer and fact boxes: links', fg: colour.link, bg: colour.soft, min: MIN_TEXT_CONTRAST },
  { where: 'footer and fact boxes: muted text', fg: colour.muted, bg: colour.soft, min: MIN_TEXT_CONTRAST },
  { where: 'warning box: text', fg: colour.text, bg: colour.notice, min: MIN_TEXT_CONTRAST },
  { where: 'warning box: links', fg: colour.link, bg: colour.notice, min: MIN_TEXT_CONTRAST },
  { where: 'warning box: border (non-text)', fg: colour.noticeBorder, bg: colour.notice, min: MIN_LARGE_TEXT_CONTRAST },
  { where: 'header: title, menu, search label', fg: textOn(colour.accent), bg: colour.accent, min: MIN_TEXT_CONTRAST },
  { where: 'dark button', fg: colour.bg, bg: colour.text, min: MIN_TEXT_CONTRAST },
  { where: 'focus outline (non-text)', fg: colour.text, bg: colour.bg, min: MIN_LARGE_TEXT_CONTRAST },
  { where: 'focus outline in the header (non-text)', fg: textOn(colour.accent), bg: colour.accent, min: MIN_LARGE_TEXT_CONTRAST },
  { where: 'focus glow around the ink outline (non-text)', fg: colour.focus, bg: colour.text, min: MIN_LARGE_TEXT_CONTRAST },
  { where: 'rule above the last-checked line (non-text)', fg: colour.rule, bg: colour.bg, min: MIN_LARGE_TEXT_CONTRAST },
  { where: 'print: text and fact borders', fg: colour.black, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  { where: 'the editor\'s check: all in order', fg: colour.success, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  { where: 'the editor\'s check: mistakes to fix', fg: colour.error, bg: colour.bg, min: MIN_TEXT_CONTRAST },
  ...categoryColours.map((c) => ({ where: `category tile in ${c}`, fg: textOn(c), bg: c, min: MIN_TEXT_CONTRAST })),
];

const facts = { cards: 40, sheets: 5, widthMm: 80, heightMm: 130, flip: 'long' as const };
const cardPairs = [
  ...deckSpecs(site).flatMap((spec) => spec.blocks.flatMap((b) => treePairs(`card ${spec.id}, ${b.key}`, b.element, 'pt'))),
  ...treePairs('printing guide', guide(site, facts), 'pt'),
];
const previewPairs = [
  ...site.offers.slice(0, 12).flatMap((o) => treePairs(`preview ${o.id}`, offerPreview(site, o), 'px')),
  ...treePairs('site preview', sitePreview(site), 'px'),
];

const failing = (pairs: Pair[]) =>
  pairs.filter((p) => ratio(p.fg, p.bg) < p.min).map((p) => `${p.where}: ${p.fg} on ${p.bg} is ${ratio(p.fg, p.bg).toFixed(2)}:1, needs ${p.min}:1`);

describe('contrast (WCAG 2.2 AA) of every text on its background', () => {
  it('on the site', () => {
    expect(failing(sitePairs)).toEqual([]);
  });

  it('on every printed card and the printing guide of the sample fan', () => {
    expect(cardPairs.length).toBeGreaterThan(500);
    // The category bands and dividers are in the pairs, with their white text.
    for (const c of categoryColours) expect(cardPairs.some((p) => p.bg === c && p.fg === colour.bg)).toBe(true);
    expect(failing(cardPairs)).toEqual([]);
  });

  it('on the link previews', () => {
    expect(previewPairs.some((p) => p.bg === colour.accent)).toBe(true);
    expect(failing(previewPairs)).toEqual([]);
  });

  it('is checked for real: a light grey on paper fails', () => {
    expect(failing([{ where: 'x', fg: '#999999', bg: colour.bg, min: MIN_TEXT_CONTRAST }])).toHaveLength(1);
  });

  it('writes the text on any background in white or ink, whichever reads better', () => {
    expect(textOn('#00677F')).toBe(colour.bg);
    expect(textOn('#FFD43B')).toBe(colour.text);
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);
    fc.assert(fc.property(hex, (bg) => {
      const best = Math.max(ratio(colour.bg, bg), ratio(colour.text, bg));
      return ratio(textOn(bg), bg) === best;
    }));
  });
});

describe('one palette', () => {
  it('the site uses the same colours as the cards and previews', () => {
    const text = (tree: Element) => treePairs('', tree, 'px').map((p) => p.fg);
    expect(text(sitePreview(site))).toContain(colour.text);
    expect(cardPairs.map((p) => p.fg)).toEqual(expect.arrayContaining([colour.text, colour.muted]));
    expect(cardPairs.some((p) => p.bg === colour.accent)).toBe(true);
    expect(customProperties()).toMatchObject({ '--vtw-text': colour.text, '--vtw-muted': colour.muted, '--vtw-accent': colour.accent });
  });

  it('generates src/styles/tokens.css and the site icon from the tokens (npm run genereer)', () => {
    expect(readFileSync(path.join(ROOT, TOKENS_CSS), 'utf8')).toBe(tokensCss());
    expect(readFileSync(path.join(ROOT, FAVICON), 'utf8')).toBe(faviconSvg());
    expect(faviconSvg()).toContain(`fill="${colour.accent}"`);
  });

  it('site.css and the pages use only custom properties that exist', () => {
    const defined = new Set([...Object.keys(customProperties()), ...categoryStyle('#0B6E4F').split(';').map((d) => d.split(':')[0]!.trim())]);
    const used = sources(['src/styles', 'src/pages', 'src/components', 'src/layouts'], /\.(css|astro)$/)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--vtw-[a-z-]+)/g)].map((m) => `${path.relative(ROOT, file)}: ${m[1]}`));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((u) => !defined.has(u.split(': ')[1]!))).toEqual([]);
  });

  it('has no colour written as a hex literal outside the token module', () => {
    const files = [
      ...sources(['src/fan', 'src/share', 'src/pages', 'src/components', 'src/layouts'], /\.(ts|astro|css)$/),
      path.join(ROOT, 'src/styles/site.css'),
    ];
    expect(files.length).toBeGreaterThan(40);
    // #abc, #abcd, #aabbcc, #aabbccdd that is not part of a character reference (&#123;) or a longer word.
    const hex = /(?<![&\w])#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})(?![\w-])/gi;
    const found = files.flatMap((file) => (readFileSync(file, 'utf8').match(hex) ?? []).map((h) => `${path.relative(ROOT, file)}: ${h}`));
    expect(found).toEqual([]);
    expect('color: #1a1a1a; fill="#FFF"; &#106; #inhoud'.match(hex)).toEqual(['#1a1a1a', '#FFF']);
  });
});

describe('the card cache', () => {
  it('lays the cards out again when a token changes (the layout key covers src/design)', () => {
    // layoutKey hashes the source folders under the working directory: a copy whose tokens differ.
    const copy = mkdtempSync(path.join(tmpdir(), 'vtw-tokens-'));
    try {
      for (const folder of ['src/fan', 'src/design']) cpSync(path.join(ROOT, folder), path.join(copy, folder), { recursive: true });
      copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const script = `import { layoutKey } from ${JSON.stringify(path.join(ROOT, 'src/fan/layout.ts'))};
        console.log(layoutKey({ width: 1 }, { id: 'x', kind: 'offer', source: 'x.md', title: 'x', blocks: [] }));`;
      const key = () => {
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: copy, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        return run.stdout.trim();
      };
      const before = key();
      expect(before).toMatch(/^[0-9a-f]{40}$/);
      expect(key()).toBe(before);
      appendFileSync(path.join(copy, 'src/design/tokens.ts'), '\n// a changed token\n');
      expect(key()).not.toBe(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

function sources(folders: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (pattern.test(name)) out.push(file);
    }
  };
  for (const folder of folders) walk(path.join(ROOT, folder));
  return out;
}
