/**
 * The repository carries its own documentation: every link in the README, CONTRIBUTING.md and
 * docs/ resolves to a file inside the repository (and a #heading in it), and no file refers to
 * documents outside it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

function links(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe('documentation links', () => {
  it.each(DOCS)('%s links only to files and headings inside the repository', (file) => {
    const broken: string[] = [];
    for (const link of links(file)) {
      if (/^(https?:|mailto:|tel:)/.test(link)) continue;
      const [target = '', hash] = link.split('#');
      const resolved = target ? path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(target)) : path.join(ROOT, file);
      if (!resolved.startsWith(ROOT + path.sep) || !existsSync(resolved)) {
        broken.push(`${link}: no such file in the repository`);
        continue;
      }
      if (hash && resolved.endsWith('.md') && !anchors(resolved).has(hash)) broken.push(`${link}: no heading #${hash}`);
    }
    expect(broken).toEqual([]);
  });

  it('the README links to the content format, the maintainer’s guide and the architecture', () => {
    const readme = links('README.md');
    for (const doc of ['docs/content-format.md', 'docs/beheer.md', 'docs/architecture.md', 'CONTRIBUTING.md']) expect(readme).toContain(doc);
  });

  it('no tracked text file refers to documents outside the repository', () => {
    const outside: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', '.git', 'dist', '.astro', 'tests'].includes(name) || name.startsWith('.tmp')) continue;
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(md|mdx|ts|mjs|astro|yml|yaml|json)$/.test(name) && statSync(full).size < 2_000_000) {
          if (/\.\.\/shared\/|\/work\/shared/.test(readFileSync(full, 'utf8'))) outside.push(path.relative(ROOT, full));
        }
      }
    };
    walk(ROOT);
    expect(outside).toEqual([]);
  });
});
