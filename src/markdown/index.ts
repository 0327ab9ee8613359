/**
 * The one Markdown pipeline for partners' bodies (offers, categories, partners, discount schemes,
 * free .md pages): parse once, check that tree, render that same tree. `npm run check`, the build's
 * content check and the content loader all go through here.
 */
import type { Root } from 'mdast';
import type { Problem } from '../model/problem.ts';
import { checkTree } from './check.ts';
import { parseMarkdown } from './parse.ts';
import { renderTree, type RenderOptions } from './render.ts';
import { tooComplex } from './limits.ts';

/** Changes whenever the rendered HTML for the same text can change: stored HTML of older versions is not reused. */
export const PIPELINE_VERSION = 'vtw-markdown-1';

export interface ProcessedBody {
  problems: Problem[];
  /** Sanitized HTML; empty when the body could not be parsed safely. */
  html: string;
}

export function processBody(body: string, source: string, firstLine: number, options: RenderOptions = {}): ProcessedBody {
  const refused = tooComplex(body);
  if (refused) return { problems: [{ severity: 'error', source, path: [], line: firstLine + refused.line - 1, message: refused.message }], html: '' };
  let tree;
  try {
    tree = parseMarkdown(body);
  } catch {
    return { problems: [{ severity: 'error', source, path: [], line: firstLine, message: TOO_COMPLEX }], html: '' };
  }
  const problems = checkTree(tree, source, firstLine);
  return { problems, html: renderTree(tree, options) };
}

/** Only the problems (the checker does not need the HTML). */
export function checkBody(body: string, source: string, firstLine: number): Problem[] {
  const refused = tooComplex(body);
  if (refused) return [{ severity: 'error', source, path: [], line: firstLine + refused.line - 1, message: refused.message }];
  let tree: Root;
  try {
    tree = parseMarkdown(body);
  } catch {
    return [{ severity: 'error', source, path: [], line: firstLine, message: TOO_COMPLEX }];
  }
  const problems = checkTree(tree, source, firstLine);
  const waiting = handoff();
  if (waiting && waiting.size < MAX_WAITING) waiting.set(handoffKey(body, source, firstLine), tree);
  return problems;
}

/**
 * A build parses each body in its content check and renders it in Astro's content loader, in the
 * same process: the check hands its parsed (and checked) trees over, so the loader renders them
 * instead of parsing every body again (about 0.7 s of the main thread at 1,000 offers). The
 * loader runs in Vite's module runner, with modules of its own: the trees wait in a global slot.
 * Only a build or dev session turns this on; `npm run check` and the editor keep nothing.
 */
const HANDOFF = Symbol.for('vrijetijdswaaier.parsed-bodies');
const slot = globalThis as unknown as Record<symbol, Map<string, Root> | undefined>;
const handoff = (): Map<string, Root> | undefined => slot[HANDOFF];
/** More bodies than any content folder the check accepts: a bound, not a limit anyone meets. */
const MAX_WAITING = 50_000;
const handoffKey = (body: string, source: string, firstLine: number): string => `${source}\n${firstLine}\n${body}`;

/** From now on, the checks of this process keep their parsed trees for renderBody; a new call drops those of the last check. */
export function handParsedBodiesToRenderer(): void {
  slot[HANDOFF] = new Map();
}

/** The HTML of a body: from the tree the content check parsed, when it handed it over, else parsed here. The same HTML as processBody. */
export function renderBody(body: string, source: string, firstLine: number, options: RenderOptions = {}): string {
  const waiting = handoff();
  const key = handoffKey(body, source, firstLine);
  const tree = waiting?.get(key);
  if (!tree) return processBody(body, source, firstLine, options).html;
  waiting!.delete(key);
  return renderTree(tree, options);
}

const TOO_COMPLEX = 'Deze tekst is te ingewikkeld om te lezen. Schrijf hem eenvoudiger: gewone zinnen, korte lijsten.';
