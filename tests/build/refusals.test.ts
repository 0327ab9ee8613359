/**
 * Issue 11 at build level: the build refuses what `npm run check` refuses, with the same Dutch
 * line and no stack trace, and publishes nothing; and a build from a damaged disk cache produces
 * the same site as a clean one. (The cases in detail are unit tests: content-files, content-limits,
 * content-reserved, settings-errors, cache-integrity.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_DATE, ROOT, SITES } from '../support/sites.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

function build(env: Record<string, string>) {
  const out = tempDir('vtw-refused-out-');
  // A build that does not end is a failure with its log, not a CI run that never ends.
  const r = spawnSync('npx', ['astro', 'build'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, BUILD_DATE, OUT_DIR: out, ...env }, timeout: 100_000, killSignal: 'SIGKILL',
  });
  return { status: r.status, log: `${r.error ? `${r.error.message}\n` : ''}${r.stdout}\n${r.stderr}`, out };
}

/** A copy of the basic fixture, changed by `change`. */
function fixture(change: (dir: string) => void): string {
  const dir = path.join(tempDir('vtw-refused-content-'), 'content');
  cpSync(SITES.basic.content, dir, { recursive: true });
  change(dir);
  return dir;
}

function expectRefused(result: ReturnType<typeof build>, line: string) {
  expect(result.log, 'the build must end by itself').not.toContain('ETIMEDOUT');
  expect(result.status, result.log).not.toBe(0);
  expect(result.log).toContain(line);
  expect(result.log).not.toMatch(/^\s+at |node:internal|\bError:/m);
  expect(existsSync(path.join(result.out, 'index.html'))).toBe(false);
}

describe('the build stops with the check\'s Dutch line', () => {
  test('a bad BUILD_DATE', () => {
    expectRefused(build({ CONTENT_DIR: SITES.basic.content, BUILD_DATE: '2026-02-30' }),
      'BUILD_DATE is geen geldige datum: "2026-02-30". Schrijf een dag die bestaat als jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg (dan geldt vandaag).');
  });

  test('a missing content folder', () => {
    expectRefused(build({ CONTENT_DIR: path.join(tmpdir(), 'vtw-geen-inhoud') }), 'De map met inhoud bestaat niet. Maak ze aan, of zet CONTENT_DIR op de juiste map.');
  });

  test('a bad url in site.yaml (Astro never sees it)', () => {
    const dir = fixture((d) => {
      const file = path.join(d, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^url: .*$/m, 'url: "niet een adres"'));
    });
    expectRefused(build({ CONTENT_DIR: dir }), 'url  "niet een adres" is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.');
  });

  test('a photo that is a link to a file outside the content folder', () => {
    const outside = path.join(tempDir('vtw-outside-'), 'geheim.jpg');
    cpSync(path.join(ROOT, 'content/aanbod/zwemmen-dilkom.jpg'), outside);
    const dir = fixture((d) => {
      symlinkSync(outside, path.join(d, 'aanbod/zwemmen.jpg'));
      const file = path.join(d, 'aanbod/zwemmen.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^nagekeken:/m, 'afbeelding:\n  bron: ./zwemmen.jpg\n  alt: Het zwembad\nnagekeken:'));
    });
    const result = build({ CONTENT_DIR: dir });
    expectRefused(result, 'aanbod/zwemmen.jpg is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. Die worden niet gevolgd.');
    expect(result.log).toContain('afbeelding.bron  ./zwemmen.jpg is een snelkoppeling');
  });

  test('a file that says it is a JPEG but is not', () => {
    const dir = fixture((d) => {
      writeFileSync(path.join(d, 'aanbod/zwemmen.jpg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      const file = path.join(d, 'aanbod/zwemmen.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^nagekeken:/m, 'afbeelding:\n  bron: ./zwemmen.jpg\n  alt: Het zwembad\nnagekeken:'));
    });
    expectRefused(build({ CONTENT_DIR: dir }), 'afbeelding.bron  ./zwemmen.jpg is geen foto: de inhoud van het bestand is geen JPEG, PNG, WebP of AVIF.');
  });

  test('a free page that takes the address of a built-in page', () => {
    const dir = fixture((d) => writeFileSync(path.join(d, 'paginas/zoeken.md'), '---\ntitel: Zoeken\n---\nMijn eigen zoekpagina.\n'));
    expectRefused(build({ CONTENT_DIR: dir }), 'paginas/zoeken.md  De naam zoeken kan niet: het adres /zoeken/ is al een pagina van de site zelf.');
  });
});

describe('a damaged disk cache', () => {
  test('every cached PDF, PNG and layout cut in half: the build draws them again, the same as a clean build', { timeout: 600_000 }, () => {
    // The global setup built the basic site with the project's cache; damage a copy of that cache.
    const projectCache = process.env['VTW_CACHE_DIR'] ?? path.join(ROOT, 'node_modules/.cache/vrijetijdswaaier');
    const cache = tempDir('vtw-damaged-cache-');
    cpSync(projectCache, cache, { recursive: true });
    const damaged = readdirSync(cache, { recursive: true }).map(String)
      .filter((f) => /^(og|card-pdfs|deck-pdfs|card-layouts|card-fragments|sheet-pdfs)\//.test(f) && /\.(png|pdf|json)$/.test(f));
    expect(damaged.length).toBeGreaterThan(5);
    for (const f of damaged) truncateSync(path.join(cache, f), Math.floor(readFileSync(path.join(cache, f)).length / 2));

    const result = build({ CONTENT_DIR: SITES.basic.content, VTW_CACHE_DIR: cache });
    expect(result.status, result.log).toBe(0);
    // Every PDF and image: the cards, decks, category sheets and previews come from the cache, the rest is drawn each build.
    const binaries = readdirSync(SITES.basic.out, { recursive: true }).map(String).filter((f) => /\.(pdf|png)$/.test(f));
    expect(binaries.length).toBeGreaterThan(5);
    for (const f of binaries) {
      expect(readFileSync(path.join(result.out, f)).equals(readFileSync(path.join(SITES.basic.out, f))), f).toBe(true);
    }
  });
});
