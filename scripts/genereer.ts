/**
 * `npm run genereer`: writes what is generated from the schema's metadata (the `.meta()` labels
 * and help in src/model/schema.ts): the `_sjabloon.md` templates in the content folder and the key
 * tables in CONTRIBUTING.md and docs/content-format.md (only between their markers); and the
 * site's CSS custom properties and icon from the design tokens (src/styles/tokens.css,
 * public/favicon.svg).
 * `npm run genereer -- --check` changes nothing and exits with 1 when a file is out of date.
 * The editor's configuration is generated at build time and needs no step here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../src/model/schema.ts';
import { templateFor } from '../src/admin/templates.ts';
import { developerKeyTables, MARKERS, partnerKeyTable, replaceBetween } from '../src/admin/key-table.ts';
import { TOKENS_CSS, tokensCss } from '../src/design/css.ts';
import { FAVICON, faviconSvg } from '../src/design/favicon.ts';
import { readCommandLine } from './lib/args.ts';

export interface GeneratedFile {
  file: string;
  expected: string;
}

/** Every generated file with the text it should have now; `root` is the repository. */
export function generatedFiles(root: string, contentDir = path.join(root, 'content')): GeneratedFile[] {
  const files: GeneratedFile[] = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => ({
    file: path.join(contentDir, name, '_sjabloon.md'),
    expected: templateFor(name),
  }));
  const section = (file: string, markers: { begin: string; end: string }, content: string) => {
    const current = readFileSync(file, 'utf8');
    const expected = replaceBetween(current, markers, content);
    if (expected === undefined) throw new Error(`${path.relative(root, file)} has no generated section: add the lines\n${markers.begin}\n${markers.end}`);
    files.push({ file, expected });
  };
  section(path.join(root, 'CONTRIBUTING.md'), MARKERS.partners, partnerKeyTable());
  section(path.join(root, 'docs/content-format.md'), MARKERS.developers, developerKeyTables());
  files.push({ file: path.join(root, TOKENS_CSS), expected: tokensCss() }, { file: path.join(root, FAVICON), expected: faviconSvg() });
  return files;
}

export function staleFiles(root: string): string[] {
  return generatedFiles(root).filter((g) => !existsSync(g.file) || readFileSync(g.file, 'utf8') !== g.expected).map((g) => path.relative(root, g.file));
}

if (import.meta.main) {
  const { values } = readCommandLine({
    usage: 'npm run genereer [-- --check]',
    language: 'en',
    options: { check: { type: 'boolean', default: false, description: 'change nothing; exit 1 when a generated file is out of date' } },
  });
  const root = process.cwd();
  if (values.check) {
    const stale = staleFiles(root);
    if (stale.length > 0) {
      console.error(`Out of date (run npm run genereer): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('Templates and key tables match the schema, tokens.css and favicon.svg the design tokens.');
  } else {
    for (const g of generatedFiles(root)) {
      const before = existsSync(g.file) ? readFileSync(g.file, 'utf8') : undefined;
      if (before === g.expected) continue;
      writeFileSync(g.file, g.expected);
      console.log(`wrote ${path.relative(root, g.file)}`);
    }
  }
}
