/** Templates and key tables are generated from the same schema metadata as the editor, and kept up to date. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { allFields, describeCollections } from '../../src/admin/fields.ts';
import { helpText } from '../../src/admin/templates.ts';
import { decapConfig } from '../../src/admin/decap-config.ts';
import { staleFiles } from '../../scripts/genereer.ts';
import { ROOT } from '../support/sites.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('generated from the schema metadata', () => {
  it('has every template and key table up to date (npm run genereer)', () => {
    expect(staleFiles(ROOT)).toEqual([]);
  });

  it('npm run genereer -- --check fails and names the file when one is out of date, and npm run genereer fixes it', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'vtw-genereer-'));
    try {
      for (const file of ['CONTRIBUTING.md', 'docs', 'content', 'src/styles', 'public']) cpSync(path.join(ROOT, file), path.join(copy, file), { recursive: true });
      const script = path.join(ROOT, 'scripts/genereer.ts');
      const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: copy, encoding: 'utf8' });
      expect(run('--check').status).toBe(0);
      const file = path.join(copy, 'content/paginas/_sjabloon.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('verplicht', 'niet verplicht'));
      const stale = run('--check');
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('content/paginas/_sjabloon.md');
      expect(run().stdout).toContain('wrote content/paginas/_sjabloon.md');
      expect(readFileSync(file, 'utf8')).toBe(read('content/paginas/_sjabloon.md'));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000); // three runs of the script

  it.each(describeCollections().map((c) => [c.name, c.fields] as const))('shows each %s key with the same label and help in the editor, its template and the docs', (name, fields) => {
    const template = read(`content/${name}/_sjabloon.md`);
    const docs = read('docs/content-format.md');
    const contributing = read('CONTRIBUTING.md');
    const config = decapConfig({ contentFolder: 'content' });
    const editorLabels = JSON.stringify((config['collections'] as { name: string }[]).find((c) => c.name === name));
    for (const field of allFields(fields)) {
      const help = helpText(field);
      expect(editorLabels, `${name}: ${field.path.join('.')} label in the editor`).toContain(JSON.stringify(field.label));
      const keyLine = new RegExp(`^#? *(- )?${field.key}:`);
      const lines = template.split('\n').filter((l) => keyLine.test(l));
      expect(lines.length, `${name}: ${field.path.join('.')} key in _sjabloon.md`).toBeGreaterThan(0);
      if (help) {
        expect(lines.some((l) => l.endsWith(`# ${help}`) || l.endsWith(`# verplicht. ${help}`)), `${name}: ${field.path.join('.')} help in _sjabloon.md`).toBe(true);
        expect(docs, `${name}: ${field.path.join('.')} help in docs/content-format.md`).toContain(`| ${field.label} | ${help.replace(/\|/g, '\\|')} |`);
      }
      if (name === 'aanbod' && help) expect(contributing, `${field.path.join('.')} in CONTRIBUTING.md`).toContain(help);
    }
  });
});
