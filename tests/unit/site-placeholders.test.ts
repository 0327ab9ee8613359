import { describe, expect, it } from 'vitest';
import { editLink, isPlaceholderRepository, sitePlaceholderWarnings } from '../../src/model/site-placeholders.ts';
import { checkContent } from '../../src/source/read-content.ts';

describe('placeholders in site.yaml', () => {
  it('are warnings that name the key and say what to write', () => {
    const warnings = sitePlaceholderWarnings({
      url: 'https://waaier.example.be',
      bewerken: 'https://github.com/OWNER/REPO/edit/main/',
      contact: { email: 'welzijn@example.be', website: 'https://www.example.be/welzijn' },
    });
    expect(warnings.map((w) => [w.severity, w.path.join('.')])).toEqual([
      ['warning', 'url'], ['warning', 'bewerken'], ['warning', 'contact.email'], ['warning', 'contact.website'],
    ]);
    expect(warnings[1]!.message).toContain('Voor partners');
  });

  it('leave real addresses alone', () => {
    expect(sitePlaceholderWarnings({ url: 'https://ternat.github.io/waaier/', bewerken: 'https://github.com/ternat/waaier/edit/main/', contact: { email: 'welzijn@ternat.be' } })).toEqual([]);
    expect(isPlaceholderRepository('https://github.com/gemeente/waaier/edit/main/')).toBe(false);
  });

  it('are reported by the check of the sample content', () => {
    const result = checkContent(new URL('../../content', import.meta.url).pathname, { buildDate: '2026-11-26' });
    const site = result.problems.filter((p) => p.file.endsWith('site.yaml')).map((p) => [p.severity, p.key]);
    expect(site).toContainEqual(['warning', 'bewerken']);
    expect(result.failed).toBe(false);
  });
});

describe('the partners’ edit link', () => {
  it('opens the file in the content folder of the repository', () => {
    expect(editLink('https://github.com/gemeente/waaier/edit/main/', 'content', 'aanbod/zwemmen.md')).toBe('https://github.com/gemeente/waaier/edit/main/content/aanbod/zwemmen.md');
    expect(editLink('https://github.com/regio/waaiers/edit/main', 'gemeenten/ternat', 'aanbod/x.md')).toBe('https://github.com/regio/waaiers/edit/main/gemeenten/ternat/aanbod/x.md');
  });

  it('is not there without a real repository', () => {
    expect(editLink(undefined, 'content', 'aanbod/x.md')).toBeUndefined();
    expect(editLink('https://github.com/OWNER/REPO/edit/main/', 'content', 'aanbod/x.md')).toBeUndefined();
  });
});
