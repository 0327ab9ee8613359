/**
 * The one Markdown pipeline for partners' bodies (offers, categories, partners, discount schemes,
 * free .md pages): parse once, check that tree, render that same tree. `npm run check`, the build's
 * content check and the content loader all go through here.
 */
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
  try {
    return checkTree(parseMarkdown(body), source, firstLine);
  } catch {
    return [{ severity: 'error', source, path: [], line: firstLine, message: TOO_COMPLEX }];
  }
}

const TOO_COMPLEX = 'Deze tekst is te ingewikkeld om te lezen. Schrijf hem eenvoudiger: gewone zinnen, korte lijsten.';
