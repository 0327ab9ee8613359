/**
 * Debian's Chromium driven by playwright-core, for browser tests. Without a browser the suites
 * are skipped with a visible warning on a laptop, and fail on CI (CI=1), where a missing browser
 * is a broken setup, not a reason to pass.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { serve, type Served, type ServeOptions } from './serve.ts';

const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function browserAvailable(): boolean {
  if (existsSync(CHROME_PATH)) return true;
  const message = `No Chromium at ${CHROME_PATH}: install it with \`apt-get install chromium\` (Debian/Ubuntu), or \`npx playwright install chromium\` and set CHROME_PATH to the browser it installs.`;
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped on CI.`);
  console.warn(`\n*** ${message} Skipping the browser tests. ***\n`);
  return false;
}

export const hasBrowser = browserAvailable();

/** `describe`, skipped (with the warning above) when there is no browser. */
export const describeBrowser = describe.skipIf(!hasBrowser);

/** Context options the tests use most; anything else of playwright's `newContext` passes through. */
const DEFAULT_CONTEXT: BrowserContextOptions = { locale: 'nl-BE', viewport: { width: 1024, height: 768 } };

export interface LaunchedBrowser {
  browser: Browser;
  /** A new, isolated context (own cookies, storage, settings such as `javaScriptEnabled: false`). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/**
 * Starts Chromium. Playwright gives every launch a fresh, temporary user-data-dir, so no state
 * leaks between runs; each test file makes the contexts it needs.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ARGS, headless: true });
  return {
    browser,
    newContext: (options = {}) => browser.newContext({ ...DEFAULT_CONTEXT, ...options }),
    close: () => browser.close(),
  };
}

/**
 * Serves a built site and starts Chromium for the tests of one `describe` block, and stops both
 * afterwards. Read `server` and `chrome` inside tests or hooks (they are set in `beforeAll`).
 */
export function useServedSite(dir: string, options: ServeOptions = {}): { readonly server: Served; readonly chrome: LaunchedBrowser } {
  const state = {} as { server: Served; chrome: LaunchedBrowser };
  beforeAll(async () => {
    [state.server, state.chrome] = await Promise.all([serve(dir, options), launchBrowser()]);
  });
  afterAll(async () => {
    await state.chrome?.close();
    await state.server?.close();
  });
  return state;
}
