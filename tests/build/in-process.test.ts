/**
 * One build in this process (Astro's build() API): the content is read and checked once per
 * build, and the pages, feeds and fan come from that one check.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInProcess, ROOT, type InProcessBuild } from './harness/in-process.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/basic');
const OUT = path.join(ROOT, 'tests/.output/in-process');
const CACHE = mkdtempSync(path.join(os.tmpdir(), 'vtw-in-process-cache-'));

describe('a build in this process', () => {
  let result: InProcessBuild;
  /** Files a previous build left in the output folder, which this build keeps (astro.config.mjs). */
  const LEFT_OVER = ['aanbod/vroeger/index.html', 'kaart/vroeger.pdf', 'og/vroeger.png', 'pagefind/fragment/nl_oud.pf_fragment', 'weg/leeg/oud.txt'];
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [...LEFT_OVER, '.git/HEAD', 'aanbod/zwemmen/index.html']) {
      mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
      // An old offer page as pagefind would index it, had it still been there.
      writeFileSync(path.join(OUT, file), file.endsWith('.html') ? '<html lang="nl-BE"><body><main data-pagefind-body><h1>Vroeger</h1><p>Van een vorige build.</p></main></body></html>' : 'van een vorige build');
      utimesSync(path.join(OUT, file), anHourAgo, anHourAgo);
    }
    // A cache folder of its own: the build must use the folder its configuration names, everywhere.
    result = await buildInProcess({ content: CONTENT, out: OUT, buildDate: '2026-11-26', cacheDir: CACHE });
  }, 600_000);

  it('reads and checks the content folder once', () => {
    expect(result.session.checks).toBe(1);
    const offers = [...result.opened].filter(([file]) => file.startsWith('aanbod/') && file.endsWith('.md'));
    expect(offers.length).toBeGreaterThan(3);
    // Not by the content loader, the pool, the workers or the pages again.
    for (const [file, times] of offers) expect(times, file).toBe(1);
    expect(result.opened.get('site.yaml')).toBe(1);
  });

  it('serves every card PDF and preview from the cache folder the build was given, where the workers drew them', () => {
    const cards = readdirSync(path.join(OUT, 'kaart')).filter((f) => f.endsWith('.pdf'));
    const previews = readdirSync(path.join(OUT, 'og')).filter((f) => f.endsWith('.png'));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const reads = (kind: string) => [...result.cacheReads].filter(([file]) => file.startsWith(`${kind}/`)).length;
    // Each route read its file from that folder; a route that drew its own would read none.
    expect(reads('card-pdfs')).toBeGreaterThanOrEqual(cards.length);
    expect(reads('og')).toBeGreaterThanOrEqual(previews.length);
  });

  it('builds the pages, the feeds and the fan from that check', () => {
    const page = readFileSync(path.join(OUT, 'aanbod/zwemmen/index.html'), 'utf8');
    expect(page).toContain('Zwemmen in het testbad');
    // The body Markdown came from the checked site, rendered by the content layer.
    expect(page).toContain('Zwem');
    const open = JSON.parse(readFileSync(path.join(OUT, 'aanbod.json'), 'utf8')) as unknown;
    expect(JSON.stringify(open)).toContain('zwemmen');
    for (const file of ['waaier.pdf', 'waaier-drukker.pdf', 'kaart/zwemmen.pdf', 'og/zwemmen.png']) {
      expect(existsSync(path.join(OUT, file)), file).toBe(true);
    }
  });

  it('removes what a previous build left in the output folder and this build did not write', () => {
    for (const file of LEFT_OVER) expect(existsSync(path.join(OUT, file)), file).toBe(false);
    // Folders left empty go too; .git stays, as with Astro's own emptying; a page written again stays, new.
    expect(existsSync(path.join(OUT, 'weg'))).toBe(false);
    expect(readFileSync(path.join(OUT, '.git/HEAD'), 'utf8')).toBe('van een vorige build');
    // The index was made after the left-overs went: it holds this build's marked pages only.
    const marked = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory()
      ? (e.name === 'pagefind' ? 0 : marked(path.join(dir, e.name)))
      : e.name.endsWith('.html') && readFileSync(path.join(dir, e.name), 'utf8').includes('data-pagefind-body') ? 1 : 0), 0);
    const entry = JSON.parse(readFileSync(path.join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: { nl: { page_count: number } } };
    expect(entry.languages.nl.page_count).toBe(marked(OUT));
    expect(readFileSync(path.join(OUT, 'aanbod/zwemmen/index.html'), 'utf8')).toContain('Zwemmen in het testbad');
    expect(existsSync(path.join(OUT, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(readdirSync(OUT)).not.toContain('.vrijetijdswaaier-build');
  });

  it('takes the public address from the checked site.yaml, not from the environment', () => {
    const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('https://waaier.testdorp.example/aanbod/zwemmen/');
  });
});
