/**
 * Issue 11, invalid settings speak Dutch: a bad BUILD_DATE, a bad url in site.yaml or a missing
 * content folder give `npm run check` one clear Dutch line and a failing exit status, never a
 * stack trace. (tests/build/refusals.test.ts checks that the build says the same and stops.)
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDate, SettingsError } from '../../src/source/read-content.ts';
import { check as checkFixture, writeContent, SITE } from '../fixtures/check/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function check(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, BUILD_DATE: '2026-11-26', GITHUB_ACTIONS: '', ...env },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const noStackTrace = (out: string) => expect(out).not.toMatch(/^\s+at |Error:|node:internal/m);

// Each case starts `npm run check` (about 3 s on a busy machine).
describe('bad settings in npm run check', { timeout: 30_000 }, () => {
  test.each(['2026-02-30', '26/11/2026'])('BUILD_DATE=%s', (value) => {
    const { status, out } = check({ CONTENT_DIR: writeContent(), BUILD_DATE: value });
    expect(status).toBe(2);
    expect(out.trim()).toBe(`BUILD_DATE is geen geldige datum: "${value}". Schrijf een dag die bestaat als jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg (dan geldt vandaag).`);
    noStackTrace(out);
  });

  test.each(['2026-13-01', 'morgen', '2026-1-1', ' '])('buildDate() throws a SettingsError for BUILD_DATE=%j, and accepts a real day', (value) => {
    const before = process.env['BUILD_DATE'];
    try {
      process.env['BUILD_DATE'] = value;
      expect(() => buildDate()).toThrow(new SettingsError(`BUILD_DATE is geen geldige datum: ${JSON.stringify(value)}. Schrijf een dag die bestaat als jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg (dan geldt vandaag).`));
      process.env['BUILD_DATE'] = '2026-11-26';
      expect(buildDate()).toBe('2026-11-26');
    } finally {
      process.env['BUILD_DATE'] = before;
    }
  });

  test('npm run nieuw with a bad BUILD_DATE says so before asking anything', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/nieuw.ts'), '--titel', 'Zwemmen'], {
      cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, CONTENT_DIR: writeContent(), BUILD_DATE: '2026-02-30' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('BUILD_DATE is geen geldige datum: "2026-02-30". Schrijf een dag die bestaat als jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg (dan geldt vandaag).');
  });

  test('a missing content folder', () => {
    const missing = path.join(tmpdir(), 'vtw-bestaat-echt-niet');
    const { status, out } = check({ CONTENT_DIR: missing });
    expect(status).toBe(1);
    expect(out).toContain('De map met inhoud bestaat niet. Maak ze aan, of zet CONTENT_DIR op de juiste map.');
    noStackTrace(out);
  });

  test('a bad url in site.yaml', () => {
    const { status, out } = check({ CONTENT_DIR: writeContent({ 'site.yaml': SITE.replace('url: https://waaier.testdorp.be', 'url: "niet een adres"') }) });
    expect(status).toBe(1);
    expect(out).toContain('site.yaml:3  url  "niet een adres" is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.');
    noStackTrace(out);
  });
});

test.each(['javascript:alert(1)', 'ftp://waaier.example.be', 'https://', 'https://waaier example.be', '//waaier.example.be'])('url: %s in site.yaml is one Dutch line', (url) => {
  const { dir, result } = checkFixture({ 'site.yaml': SITE.replace('url: https://waaier.testdorp.be', `url: "${url}"`) });
  expect(result.failed).toBe(true);
  expect(result.problems.map((p) => `${path.relative(dir, path.resolve(p.file))}:${p.line}  ${p.key}  ${p.message}`)).toEqual([
    `site.yaml:3  url  ${JSON.stringify(url)} is geen geldig webadres. Begin met https:// zoals https://www.voorbeeld.be.`,
  ]);
});
