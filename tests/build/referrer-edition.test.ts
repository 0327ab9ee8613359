/**
 * The printed edition as a coordinator and a referrer meet it: record the fan with `npm run editie`,
 * then change a price, remove one offer and add one, and build. /nieuw/ and /nieuw.pdf list exactly
 * those three changes with the printed and the new value; the changed offer's page says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DATE, ROOT, SITES } from '../support/sites.ts';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { serve } from '../support/serve.ts';
import { describeFindings, runAxe } from '../support/a11y-site.ts';
import { checkBudgets } from '../../scripts/budget.ts';
import { itWithTools } from '../support/tools.ts';

const work = mkdtempSync(path.join(tmpdir(), 'vtw-editie-'));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out, BUILD_DATE };

const NEW_OFFER = `---
titel: Dansen in de zaal
samenvatting: Dans op muziek met de buren.
categorie: samen
partner: buurtwerk
prijs:
  normaal: 3
wanneer:
  momenten:
    - { dag: donderdag, van: "19:00", tot: "21:00" }
contact:
  telefoon: 09 222 33 44
nagekeken: 2026-10-20
---
Iedereen mag meedoen.
`;

/** The visible text of an HTML file, tags removed, spaces collapsed. */
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ').trim();
const page = (p: string) => readFileSync(path.join(out, p), 'utf8');
const main = (p: string) => textOf(/<main[\s\S]*<\/main>/.exec(page(p))![0]);
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  // pdftotext sometimes drops the narrow space after the euro sign of a short amount ("€3").
  .replace(/€ ?/g, '€ ');

describe('what changed since the printed fan', () => {
  beforeAll(() => {
    cpSync(SITES.basic.content, content, { recursive: true });
    const recorded = spawnSync(process.execPath, ['scripts/editie.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    if (recorded.status !== 0) throw new Error(`npm run editie failed:\n${recorded.stdout}\n${recorded.stderr}`);
    const swim = path.join(content, 'aanbod/zwemmen.md');
    writeFileSync(swim, readFileSync(swim, 'utf8').replace('normaal: "€ 4,50"', 'normaal: "€ 5,20"'));
    rmSync(path.join(content, 'aanbod/wandelen.md'));
    writeFileSync(path.join(content, 'aanbod/dansen.md'), NEW_OFFER);
    const built = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('/nieuw/ names the printed edition and lists exactly the three changes, with old and new values', () => {
    const text = main('nieuw/index.html');
    expect(text).toContain('Nieuw en veranderd sinds de waaier van 2026');
    expect(text).toContain('Veranderd (1 kaart) Zwemmen in het testbad Prijs in de waaier: € 4,50 per beurt; € 0,90 met participatiepas Prijs nu: € 5,20 per beurt; € 0,90 met participatiepas');
    expect(text).toContain('Nieuw, nog niet in de waaier (1 activiteit) Dansen in de zaal € 3 Donderdag van 19.00 tot 21.00 uur');
    expect(text).toContain('Niet meer in de waaier (1 kaart) Samen wandelen Dit aanbod is er niet meer.');
    const titles = [...page('nieuw/index.html').matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => textOf(m[1]!));
    expect(titles).toEqual(['Zwemmen in het testbad', 'Dansen in de zaal', 'Samen wandelen']);
    expect(page('nieuw/index.html')).toContain('href="/nieuw.pdf"');
  });

  itWithTools('qpdf', 'pdfinfo', 'pdffonts', 'pdftotext')('/nieuw.pdf is one A4 page with the same three changes, as real text, and passes qpdf --check', () => {
    const file = path.join(out, 'nieuw.pdf');
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/AtkinsonHyperlegibleNext-Regular\S* +CID TrueType +Identity-H +yes/);
    const text = pdfText(file);
    expect(text).toContain('Nieuw en veranderd sinds de waaier van 2026');
    expect(text).toContain('Zwemmen in het testbad Prijs in de waaier: € 4,50 per beurt; € 0,90 met participatiepas Prijs nu: € 5,20 per beurt; € 0,90 met participatiepas');
    expect(text).toContain('Dansen in de zaal € 3 Donderdag van 19.00 tot 21.00 uur');
    expect(text).toContain('09 222 33 44');
    expect(text).toContain('Samen wandelen Dit aanbod is er niet meer.');
    expect(text.match(/Veranderd \(|Nieuw, nog niet|Niet meer in de waaier \(/g)).toHaveLength(3);
  });

  it('the changed offer\'s page says so and links to the list; an unchanged one does not', () => {
    expect(main('aanbod/zwemmen/index.html')).toContain('Veranderd sinds de gedrukte waaier. Wat is anders: prijs. Bekijk alles wat veranderd is');
    expect(page('aanbod/zwemmen/index.html')).toContain('href="/nieuw/"');
    expect(main('aanbod/koffie/index.html')).not.toContain('Veranderd sinds');
    expect(main('aanbod/dansen/index.html')).not.toContain('Veranderd sinds');
  });

  it.skipIf(!hasBrowser)('/nieuw/ with changes and the changed offer\'s page pass axe in Chromium, and /nieuw/ stays in the page budget', async () => {
    const [server, chrome] = await Promise.all([serve(out), launchBrowser()]);
    try {
      const tab = await (await chrome.newContext()).newPage();
      for (const p of ['/nieuw/', '/aanbod/zwemmen/']) {
        await tab.goto(server.url + p);
        expect(describeFindings(await runAxe(tab)), p).toEqual([]);
      }
    } finally {
      await chrome.close();
      await server.close();
    }
    const report = checkBudgets(out);
    expect(report.problems.filter((x) => x.startsWith('/nieuw/'))).toEqual([]);
    expect(report.pages.find((x) => x.url === '/nieuw/')!.total).toBeLessThan(14 * 1024);
  });

  it('npm run check is quiet about the snapshot of this edition', () => {
    const r = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.stdout).not.toContain('editie.json');
  });
});
