/**
 * Helpers for the accessibility browser tests: the pages of a built site, axe-core in the page,
 * and readable descriptions of what went wrong.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { listPages } from '../../scripts/verify-pages.ts';

/** WCAG 2.0, 2.1 and 2.2 A and AA, and EN 301 549 (the law for Belgian municipalities). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'EN-301-549'];

/**
 * Rules switched off, each with the reason. Empty: every rule of the tags above runs.
 * Add `{ id: reason }` only when a rule cannot apply to a static page, never to hide a finding.
 */
const AXE_DISABLED_RULES: Record<string, string> = {};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Site paths of every built page: "/", "/aanbod/x/", "/404.html". */
export function sitePaths(dir: string): string[] {
  return listPages(dir).map((p) => p.url);
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page with the WCAG 2.2 AA and EN 301 549 tags; returns the violations. */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol: the page's Content Security Policy (rightly) refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const rules = Object.fromEntries(Object.keys(AXE_DISABLED_RULES).map((id) => [id, { enabled: false }]));
  return page.evaluate(async ({ tags, rules }) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, { tags: AXE_TAGS, rules });
}

export function describeFindings(findings: AxeFinding[]): string[] {
  return findings.map((f) => `${f.id} (${f.impact}): ${f.help} at ${f.targets.slice(0, 5).join(', ')}${f.targets.length > 5 ? ` and ${f.targets.length - 5} more` : ''}`);
}
