/**
 * `npm run dev` as a partner or maintainer uses it: started on a copy of a fixture, it shows a saved
 * change to an offer (title and text) and to a category on the first page asked for after the
 * save, checks a save by itself (file watcher), and shows a wrong date as the check's Dutch message
 * in the terminal and in the browser's error overlay, then recovers when the file is fixed,
 * without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { ROOT, BUILD_DATE } from '../support/sites.ts';

/** Not a speed promise: how long to wait before calling something lost. */
const HANG_GUARD_MS = 60_000;

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `probe` until it returns a value, or fails after `ms` with what it saw last. */
async function within<T>(ms: number, what: string, probe: () => Promise<T | undefined>): Promise<{ value: T; after: number }> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < ms) {
    try {
      const value = await probe();
      if (value !== undefined) return { value, after: Date.now() - started };
    } catch (error) {
      last = error instanceof Error && error.cause ? `${error.message}: ${String(error.cause)}` : error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not seen within ${ms} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

describe('npm run dev on a content folder', () => {
  let content: string;
  let dev: ChildProcess;
  let origin: string;
  let terminal = '';
  const offerFile = () => path.join(content, 'aanbod/zwemmen.md');
  const edit = (file: string, from: RegExp, to: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, to));
  };
  const page = async (route: string) => {
    const response = await fetch(`${origin}${route}`);
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    content = mkdtempSync(path.join(tmpdir(), 'vtw-dev-'));
    cpSync(path.join(ROOT, 'tests/fixtures/basic'), content, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // Without vitest's own variables (VITEST, NODE_ENV=test), which make Astro skip listening.
      env: { ...withoutTestRunner(process.env), CONTENT_DIR: content, BUILD_DATE, FORCE_COLOR: '0' },
      detached: true, // its own process group, so that afterAll stops npm, astro and vite together
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    dev.stderr!.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    dev.on('exit', (code, signal) => (terminal += `\n[npm run dev stopped: ${signal ?? code}]\n`));
    await within(110_000, 'the dev server answering', async () => ((await page('/aanbod/zwemmen/')).status === 200 ? true : undefined)).catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- npm run dev said:\n${terminal}`);
    });
  }, 120_000);

  afterAll(() => {
    if (dev?.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    }
    if (content) rmSync(content, { recursive: true, force: true });
  });

  // Right after the save, without waiting for the file watcher: the server compares the folder
  // with its last check before it serves a page (live-content.ts), so the first page is new.
  // A build writes these files itself (src/integrations/binary-outputs.ts); dev serves them as routes.
  it('serves an offer\'s card PDF and link preview, as the offer page links them', async () => {
    const html = (await page('/aanbod/zwemmen/')).html;
    expect(html).toContain('/kaart/zwemmen.pdf');
    expect(html).toContain('/og/zwemmen.png');
    const pdf = await fetch(`${origin}/kaart/zwemmen.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await fetch(`${origin}/og/zwemmen.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...Buffer.from(await png.arrayBuffer()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await fetch(`${origin}/kaart/bestaat-niet.pdf`)).status).toBe(404);
  }, HANG_GUARD_MS);

  it('shows an edited offer title and text on the first page asked for after the save', async () => {
    expect((await page('/aanbod/zwemmen/')).html).toContain('Zwemmen in het testbad');
    // Several saves: Astro reloads its content configuration after each one, and a refresh that
    // lands in that moment must still read the files (live-content.ts).
    for (const round of [1, 2, 3, 4]) {
      edit(offerFile(), /^titel: .*$/m, `titel: Zwemmen in bad ${round}`);
      edit(offerFile(), /\n---\n(Breng .*\n\n)?/, `\n---\nBreng badmuts ${round} mee.\n\n`);
      const { status, html } = await page('/aanbod/zwemmen/');
      expect(status).toBe(200);
      expect(html).toContain(`Zwemmen in bad ${round}`);
      expect(html).toContain(`Breng badmuts ${round} mee.`);
      expect(html).not.toContain(`Breng badmuts ${round - 1} mee.`);
    }
    edit(offerFile(), /^titel: .*$/m, 'titel: Zwemmen in het nieuwe bad');
  });

  it('shows an edited category name on its offers on the next page', async () => {
    edit(path.join(content, 'categorieen/sport.md'), /^naam: .*$/m, 'naam: Sport en spel');
    expect((await page('/aanbod/zwemmen/')).html).toContain('Sport en spel');
  });

  it('reloads an open page by itself after a save (the file watcher)', async () => {
    const before = terminal.length;
    const chrome = hasBrowser ? await launchBrowser() : undefined;
    try {
      const tab = chrome ? await (await chrome.newContext()).newPage() : undefined;
      await tab?.goto(`${origin}/aanbod/zwemmen/`);
      await tab?.getByText('Sport en spel').first().waitFor({ timeout: HANG_GUARD_MS });
      edit(path.join(content, 'categorieen/sport.md'), /^naam: .*$/m, 'naam: Sport voor iedereen');
      // No page asked for: the watcher's check alone reads the change (its timing is not a promise)
      // and reloads the open tab, which then shows the new name without anyone clicking.
      await within(HANG_GUARD_MS, 'the check after the save, in the terminal', async () => (terminal.slice(before).includes('Inhoud opnieuw gelezen: geen fouten.') ? true : undefined));
      await tab?.getByText('Sport voor iedereen').first().waitFor({ timeout: HANG_GUARD_MS });
    } finally {
      await chrome?.close();
    }
    expect((await page('/aanbod/zwemmen/')).html).toContain('Sport voor iedereen');
  });

  it('shows a wrong date as the Dutch message in the terminal and in the open page, and recovers when fixed', async () => {
    // A partner has the offer open in the browser while editing it.
    const chrome = hasBrowser ? await launchBrowser() : undefined;
    try {
      const tab = chrome ? await (await chrome.newContext()).newPage() : undefined;
      await tab?.goto(`${origin}/aanbod/zwemmen/`);
      await tab?.getByRole('heading', { level: 1, name: 'Zwemmen in het nieuwe bad' }).waitFor({ timeout: HANG_GUARD_MS });

      edit(offerFile(), /^nagekeken: .*$/m, 'nagekeken: 2026-13-45');
      const message = /aanbod\/zwemmen\.md:\d+ +nagekeken +"2026-13-45" is geen datum die bestaat\. Schrijf /;
      await within(HANG_GUARD_MS, 'the message in the terminal', async () => (message.test(terminal) ? true : undefined));
      const broken = await page('/aanbod/zwemmen/');
      expect(broken.status).toBe(500);
      // The page itself is Astro's error page; the message arrives in its overlay (below).
      expect(broken.html).toContain('<title>Fout in de inhoud</title>');

      if (tab) {
        // The open page reloads by itself and shows the check's message, without a stack trace.
        const overlay = tab.locator('vite-error-overlay');
        await overlay.waitFor({ timeout: HANG_GUARD_MS });
        const shown = await overlay.evaluate((el) => {
          const root = el.shadowRoot!;
          const text = (id: string) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          return { message: text('message-content'), hint: text('hint-content'), file: text('code'), stack: text('stack-content') };
        });
        expect(shown.message).toMatch(/nagekeken "2026-13-45" is geen datum die bestaat/);
        expect(shown.hint).toContain('Verbeter het bestand en bewaar het.');
        expect(shown.file).toContain('aanbod/zwemmen.md');
        expect(shown.stack).toBe('');
      }

      edit(offerFile(), /^nagekeken: .*$/m, 'nagekeken: 2026-10-01');
      // The open page comes back by itself once the file is fixed.
      await tab?.getByRole('heading', { level: 1, name: 'Zwemmen in het nieuwe bad' }).waitFor({ timeout: HANG_GUARD_MS });
      expect(await tab?.locator('vite-error-overlay').count()).toBe(tab ? 0 : undefined);
      const fixed = await page('/aanbod/zwemmen/');
      expect(fixed.status).toBe(200);
      expect(fixed.html).toContain('Zwemmen in het nieuwe bad');
    } finally {
      await chrome?.close();
    }
  });
});
