/** The dev server's comparison of the content folder with its last check (live-content.ts). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, snapshot } from '../../src/integrations/live-content.ts';

describe('the content folder compared with the last check', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names every file added, changed or removed, and nothing else', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vtw-live-'));
    mkdirSync(path.join(dir, 'aanbod'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'aanbod/a.md'), 'a');
    writeFileSync(path.join(dir, 'aanbod/b.md'), 'b');
    writeFileSync(path.join(dir, 'aanbod/c.md'), 'c');
    const before = snapshot(dir)!;
    expect([...before.keys()].map((f) => path.relative(dir, f)).sort()).toEqual(['aanbod/a.md', 'aanbod/b.md', 'aanbod/c.md']);
    expect(changedFiles(before, snapshot(dir)!)).toEqual([]);

    writeFileSync(path.join(dir, 'aanbod/a.md'), 'a, longer'); // changed size
    writeFileSync(path.join(dir, 'aanbod/b.md'), 'B'); // same size, later time
    utimesSync(path.join(dir, 'aanbod/b.md'), new Date(), new Date(Date.now() + 5_000));
    rmSync(path.join(dir, 'aanbod/c.md'));
    writeFileSync(path.join(dir, 'aanbod/d.md'), 'd');
    // Not content the check reads: hidden files, and site.yaml (a change restarts the server).
    writeFileSync(path.join(dir, '.git/index'), 'x');
    writeFileSync(path.join(dir, 'site.yaml'), 'titel: x');
    const changed = changedFiles(before, snapshot(dir)!).map((f) => path.relative(dir, f)).sort();
    expect(changed).toEqual(['aanbod/a.md', 'aanbod/b.md', 'aanbod/c.md', 'aanbod/d.md']);
  });
});
