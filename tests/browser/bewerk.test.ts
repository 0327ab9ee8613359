/** `npm run bewerk`: the same editor against a working copy on this computer, saving straight into its files. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeBrowser, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { ROOT, SITES } from '../support/sites.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describeBrowser('npm run bewerk', () => {
  let repo: string;
  let editor: ChildProcess;
  let chrome: LaunchedBrowser;
  let port: number;
  let output = '';
  beforeAll(async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'vtw-bewerk-'));
    cpSync(SITES.sample.content, path.join(repo, 'content'), { recursive: true });
    [port, chrome] = await Promise.all([freePort(), launchBrowser()]);
    const apiPort = await freePort();
    editor = spawn(process.execPath, [path.join(ROOT, 'scripts/bewerk.ts')], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: path.join(repo, 'content'), PORT: String(port), DECAP_PORT: String(apiPort) },
    });
    editor.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    editor.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    for (let waited = 0; !output.includes('Stoppen: Ctrl+C.'); waited += 250) {
      if (waited > 120_000 || editor.exitCode !== null) throw new Error(`npm run bewerk did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  afterAll(async () => {
    editor?.kill();
    await chrome?.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('tells in Dutch where to go, and saves a title change into the working copy', async () => {
    expect(output).toContain(`Open http://localhost:${port}/admin/ in je browser en klik op Inloggen.`);
    const original = readFileSync(path.join(repo, 'content/aanbod/taalcafe.md'), 'utf8');
    const context = await chrome.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/admin/`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`http://localhost:${port}/admin/#/collections/aanbod/entries/taalcafe`);
    const title = page.getByLabel('Titel', { exact: true });
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).not.toBe('');
    const before = await title.inputValue();
    await title.fill('Taalcafé: samen Nederlands praten');
    await expect.poll(() => page.locator('[data-controle]').getAttribute('data-controle')).toBe('in-orde');
    // Without pull requests (the working copy), Decap's button says "Publiceer": it writes the file.
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiceer nu' }).or(page.getByText('Publiceer nu', { exact: true })).first().click();
    const file = path.join(repo, 'content/aanbod/taalcafe.md');
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).not.toBe(original);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(original.replace(`titel: ${before}\n`, 'titel: "Taalcafé: samen Nederlands praten"\n'));
    await context.close();
  });
});
