/**
 * A build's content check hands the bodies it parsed to the content loader (src/markdown/index.ts):
 * the loader renders those trees instead of parsing every body again, with the same HTML.
 */
import { describe, expect, test, vi } from 'vitest';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/markdown/parse.ts', async (original) => {
  const real = await original<typeof import('../../src/markdown/parse.ts')>();
  return { ...real, parseMarkdown: (body: string) => { parsed.count++; return real.parseMarkdown(body); } };
});

const { checkBody, handParsedBodiesToRenderer, processBody, renderBody } = await import('../../src/markdown/index.ts');

const BODY = 'Je leert **zwemmen** in kleine groepjes.\n\n- Neem een handdoek mee.\n- Bel [de sportdienst](tel:024516850).\n';

describe('parsed bodies handed from the check to the loader', () => {
  test('the loader renders the checked tree: one parse per body, the same HTML as parsing again', () => {
    const expected = processBody(BODY, 'aanbod/zwemles.md', 16, { base: '/waaier/' }).html;
    handParsedBodiesToRenderer();
    parsed.count = 0;
    expect(checkBody(BODY, 'aanbod/zwemles.md', 16)).toEqual([]);
    expect(renderBody(BODY, 'aanbod/zwemles.md', 16, { base: '/waaier/' })).toBe(expected);
    expect(parsed.count).toBe(1);
    // Each tree serves once: a second render parses (the loader renders a body once per check).
    expect(renderBody(BODY, 'aanbod/zwemles.md', 16, { base: '/waaier/' })).toBe(expected);
    expect(parsed.count).toBe(2);
  });

  test('a body changed since the check, or another file with the same text, is parsed anew', () => {
    handParsedBodiesToRenderer();
    checkBody(BODY, 'aanbod/zwemles.md', 16);
    parsed.count = 0;
    const changed = `${BODY}\nNieuw: ook op zondag.\n`;
    expect(renderBody(changed, 'aanbod/zwemles.md', 16)).toContain('ook op zondag');
    expect(renderBody(BODY, 'aanbod/andere.md', 16)).toContain('<strong>zwemmen</strong>');
    expect(parsed.count).toBe(2);
  });

  test('a new check drops what the last one left', () => {
    handParsedBodiesToRenderer();
    checkBody(BODY, 'aanbod/zwemles.md', 16);
    handParsedBodiesToRenderer();
    parsed.count = 0;
    renderBody(BODY, 'aanbod/zwemles.md', 16);
    expect(parsed.count).toBe(1);
  });
});
