/**
 * How long /op-maat/ takes to make a fan of N cards in Chromium, and what it loads to do so
 * (`node scripts/dev/op-maat-speed.ts [built site dir] [cards]`, default tests/.output/sample and 20).
 * Prints, per run, the time from the click to the download, and the scripts and fonts fetched on
 * the click with their compressed size. A measurement, not a test.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/serve.ts';
import type { ChoiceData } from '../../src/referrer/choose.ts';
import { readCommandLine } from '../lib/args.ts';

const { positionals } = readCommandLine({
  usage: 'node scripts/dev/op-maat-speed.ts [<dir>] [<cards>]',
  language: 'en',
  options: {},
  positionals: ['dir', 'cards'],
  notes: ['<dir> is a built site (default tests/.output/sample), <cards> the number of cards in the fan (default 20).'],
});
const dir = path.resolve(positionals[0] ?? 'tests/.output/sample');
const count = Number(positionals[1] ?? 20);
if (!Number.isInteger(count) || count < 1) {
  console.error(`<cards> is a whole number of cards, like 20, not ${JSON.stringify(positionals[1])}.`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(path.join(dir, 'op-maat/kaarten.json'), 'utf8')) as ChoiceData;
const ids = data.cards.slice(0, count).map((c) => c.id);
if (ids.length < count) console.warn(`Only ${ids.length} cards in this site.`);

const [server, chrome] = await Promise.all([serve(dir), launchBrowser()]);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  for (const button of ['fan', 'list', 'fan', 'list', 'fan'] as const) {
    // A fresh context each run: nothing cached, as for a referrer opening a shared link.
    const context = await chrome.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/op-maat/?kies=${ids.join(',')}`);
    await page.locator('[data-choose][data-ready]').waitFor();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator(`[data-make-${button}]`).click()]);
    await download.path();
    const ms = performance.now() - started;
    const code = fetched.filter((p) => /\.js$|lettertype/.test(p));
    const size = (p: string) => gzipSync(readFileSync(path.join(dir, p)), { level: 9 }).length;
    const cards = fetched.filter((p) => p.startsWith('/kaart/')).reduce((sum, p) => sum + readFileSync(path.join(dir, p)).length, 0);
    console.log(`${button === 'fan' ? `fan of ${ids.length} cards` : `list of ${ids.length}`}: ${Math.round(ms)} ms; loaded on click: ${code.map((p) => `${path.basename(p)} ${kb(size(p))} gz`).join(', ')}${cards ? `; card PDFs ${kb(cards)}` : ''}`);
    await context.close();
  }
} finally {
  await chrome.close();
  await server.close();
}
