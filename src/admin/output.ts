/**
 * Writes the editor into a folder (dist/admin/ at build time, a temporary folder for `npm run
 * bewerk`): its page, the bundle, the configuration generated from the schema, the snapshot of the
 * content the browser check needs, and the site's stylesheet for the preview.
 */
import { contentRoot, MAX_TEXT_FILE_BYTES, readInside } from '../source/safe-files.ts';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { normaliseText } from '../source/front-matter.ts';
import { readCollectionFiles } from '../source/read-content.ts';
import { cacheRoot } from '../cache/disk-cache.ts';
import { decapConfig } from './decap-config.ts';
import { editorBundle, ROOT } from './bundle.ts';
import type { ContentSnapshot } from './check-entry.ts';
import { adminPage } from './page.ts';
import { tokensCss } from '../design/css.ts';

export interface EditorOptions {
  /** The content folder (absolute). */
  contentDir: string;
  /** The repository root; folder paths in the configuration are relative to it. */
  root: string;
  /** Extra configuration on top of the generated one (`npm run bewerk` adds its local backend). */
  override?: Record<string, unknown>;
}

function readSiteYaml(contentDir: string): Record<string, unknown> {
  try {
    // Through the safe reader: no link followed, nothing outside the content folder, size bounded.
    const root = contentRoot(contentDir);
    const read = 'root' in root ? readInside(root.root, 'site.yaml', MAX_TEXT_FILE_BYTES) : undefined;
    if (!read || !('bytes' in read)) return {};
    const data = parse(normaliseText(read.bytes.toString('utf8'))) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // the content check reports a missing or broken site.yaml in Dutch
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The configuration as /admin/config.yml holds it. */
function editorConfig(options: EditorOptions): Record<string, unknown> {
  const site = readSiteYaml(options.contentDir);
  const contentFolder = path.relative(options.root, options.contentDir).split(path.sep).join('/') || '.';
  return { ...decapConfig({ contentFolder, editUrl: text(site['bewerken']), signInUrl: text(site['aanmelden']), siteUrl: text(site['url']) }), ...options.override };
}

function iconNames(): string[] {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const folder = path.dirname(require.resolve('@tabler/icons/outline/circle.svg'));
  return readdirSync(folder).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).sort();
}

export function contentSnapshot(contentDir: string): ContentSnapshot {
  return {
    site: { source: 'site.yaml', id: 'site', data: readSiteYaml(contentDir), body: '', bodyLine: 1 },
    categorieen: readCollectionFiles(contentDir, 'categorieen'),
    partners: readCollectionFiles(contentDir, 'partners'),
    kortingen: readCollectionFiles(contentDir, 'kortingen'),
    icons: iconNames(),
  };
}

export interface EditorFiles {
  folder: string;
  bundleBytes: number;
  fromCache: boolean;
}

export async function writeEditor(folder: string, options: EditorOptions): Promise<EditorFiles> {
  mkdirSync(folder, { recursive: true });
  const config = editorConfig(options);
  const { code, fromCache } = await editorBundle(cacheRoot());
  writeFileSync(path.join(folder, 'cms.js'), code);
  writeFileSync(path.join(folder, 'config.yml'), `# Gemaakt door de build uit src/model/schema.ts en content/site.yaml. Niet met de hand aanpassen.\n${stringify(config, { lineWidth: 0 })}`);
  writeFileSync(path.join(folder, 'inhoud.json'), JSON.stringify(contentSnapshot(options.contentDir)));
  // The preview pane's stylesheet: the tokens' custom properties, then the site's rules.
  writeFileSync(path.join(folder, 'site.css'), tokensCss() + readFileSync(path.join(ROOT, 'src/styles/site.css'), 'utf8'));
  writeFileSync(path.join(folder, 'index.html'), adminPage(config));
  return { folder, bundleBytes: Buffer.byteLength(code), fromCache };
}
