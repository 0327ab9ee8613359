/**
 * Every script reads its command line the same way (scripts/lib/args.ts): --help prints the usage,
 * a mistake is one line that names it, with exit status 2 and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCommandLine, type CommandSpec, type OptionSpec } from '../../scripts/lib/args.ts';
import { writeContent } from '../fixtures/check/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, BUILD_DATE: '2026-11-26', GITHUB_ACTIONS: '', ...env },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at |Error:|node:internal/m);

// Each case starts a script: a few seconds on a busy machine.
describe('a script on the command line', { timeout: 30_000 }, () => {
  test('npm run check -- --help prints the Dutch usage and the option, and checks nothing', () => {
    const { status, out, err } = run('check.ts', ['--help'], { CONTENT_DIR: writeContent({ 'aanbod/kapot.md': '---\ntitel: [\n---\n' }) });
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Gebruik: npm run check \[-- --per-partner\]\n/);
    expect(out).toContain('--per-partner  per partner het aanbod dat (bijna) opnieuw nagekeken moet worden');
    expect(out).not.toContain('Fouten');
  });

  test('an unknown option is one Dutch line that names it, exit 2, and nothing is checked', () => {
    const { status, out, err } = run('check.ts', ['--per-partnr'], { CONTENT_DIR: writeContent() });
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('Onbekende optie --per-partnr. Gebruik: npm run check [-- --per-partner]\n');
  });

  test('npm run nieuw with a mistyped option writes nothing and asks nothing', () => {
    const dir = writeContent();
    const before = readdirSync(path.join(dir, 'aanbod'));
    const { status, out, err } = run('nieuw.ts', ['--title', 'Zwemmen', '--ja'], { CONTENT_DIR: dir });
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toMatch(/^Onbekende optie --title\. Gebruik: npm run nieuw \[-- --titel "\.\.\." /);
    noStackTrace(err);
    expect(readdirSync(path.join(dir, 'aanbod'))).toEqual(before);
  });

  test('a script for developers answers in English', () => {
    const help = run('budget.ts', ['-h']);
    expect(help.status).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run budget \[-- <dir>\]\n/);
    const wrong = run('budget.ts', ['dist', 'extra']);
    expect(wrong.status).toBe(2);
    expect(wrong.err).toBe('Unexpected argument "extra". Usage: npm run budget [-- <dir>]\n');
  });
});

describe('parseCommandLine', () => {
  const spec = {
    usage: 'npm run x [-- --naam "..." --ja]',
    language: 'nl',
    options: {
      naam: { type: 'string', description: 'een naam' },
      ja: { type: 'boolean', short: 'j', default: false, description: 'geen vragen' },
    },
  } satisfies CommandSpec<Record<string, OptionSpec>>;
  const usage = ' Gebruik: npm run x [-- --naam "..." --ja]';

  test('reads the options, with defaults', () => {
    expect(parseCommandLine(spec, ['--naam', 'Zwemmen'])).toEqual({ kind: 'run', values: { naam: 'Zwemmen', ja: false }, positionals: [] });
    expect(parseCommandLine(spec, ['--naam=-5', '-j'])).toEqual({ kind: 'run', values: { naam: '-5', ja: true }, positionals: [] });
  });

  test.each([
    [['--nam', 'x'], 'Onbekende optie --nam.'],
    [['-x'], 'Onbekende optie -x.'],
    [['--naam'], 'Geef een waarde mee na --naam.'],
    [['--naam', '--ja'], 'Geef een waarde mee na --naam.'],
    [['--ja=nee'], '--ja neemt geen waarde: schrijf alleen --ja.'],
    [['zwemmen'], 'Onverwacht argument "zwemmen".'],
    [['--', '--ja'], 'Onverwacht argument "--ja".'],
  ])('%j is a mistake: %s', (argv, message) => {
    expect(parseCommandLine(spec, argv)).toEqual({ kind: 'mistake', message: message + usage });
  });

  test('--help wins over the other options and lists each one', () => {
    const line = parseCommandLine(spec, ['--ja', '--help']);
    expect(line).toEqual({
      kind: 'help',
      text: ['Gebruik: npm run x [-- --naam "..." --ja]', '  --naam ...  een naam', '  -j, --ja    geen vragen', '  -h, --help  deze uitleg'].join('\n'),
    });
  });

  test('positionals only as many as named', () => {
    const dirs = { ...spec, language: 'en', positionals: ['dir'] } as const;
    expect(parseCommandLine(dirs, ['out'])).toEqual({ kind: 'run', values: { ja: false }, positionals: ['out'] });
    expect(parseCommandLine(dirs, ['out', 'more'])).toEqual({ kind: 'mistake', message: 'Unexpected argument "more". Usage: npm run x [-- --naam "..." --ja]' });
  });
});
