import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateContent } from '../../scripts/bench/generate.ts';
import { checkContent, formatProblem } from '../../src/source/read-content.ts';
import { offerSchema } from '../../src/model/schema.ts';

const BUILD_DATE = '2026-11-26';
const folders: string[] = [];
function generated(offers: number, seed?: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-generate-'));
  folders.push(dir);
  generateContent(dir, { offers, seed, buildDate: BUILD_DATE });
  return dir;
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function frontMatterKeys(file: string): string[] {
  const yaml = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '';
  return Object.keys(parse(yaml) as object);
}

describe('benchmark content generator', () => {
  const dir = generated(50);

  it('writes content that passes the content check', () => {
    const result = checkContent(dir, { buildDate: BUILD_DATE });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.failed).toBe(false);
    expect(readdirSync(path.join(dir, 'aanbod')).filter((f) => f.endsWith('.md'))).toHaveLength(50);
    expect(result.site!.offers.length).toBeGreaterThan(40);
    expect(new Set(result.site!.offers.map((o) => o.categoryId)).size).toBeGreaterThanOrEqual(5);
  });

  it('uses every key of the offer format', () => {
    const used = new Set(readdirSync(path.join(dir, 'aanbod')).filter((f) => f.endsWith('.md'))
      .flatMap((f) => frontMatterKeys(path.join(dir, 'aanbod', f))));
    expect([...used].sort()).toEqual(Object.keys(offerSchema.shape).sort());
  });

  it('gives the same files for the same seed, and others for another seed', () => {
    const again = generated(50);
    const other = generated(50, 7);
    const listing = (d: string) => readdirSync(path.join(d, 'aanbod')).sort();
    expect(listing(again)).toEqual(listing(dir));
    for (const file of listing(dir).slice(0, 10)) {
      expect(readFileSync(path.join(again, 'aanbod', file), 'utf8')).toBe(readFileSync(path.join(dir, 'aanbod', file), 'utf8'));
    }
    expect(listing(other)).not.toEqual(listing(dir));
  });
});
