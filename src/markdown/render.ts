/**
 * Renders a checked mdast tree to HTML: raw HTML nodes are dropped (never passed through), the hast
 * is sanitized with an allow-list (sanitize.ts), headings get ids like Astro's own Markdown did.
 */
import type { Root } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import GithubSlugger from 'github-slugger';
import { sanitizeBody } from './sanitize.ts';
import { linkPhoneNumbers, typographicPunctuation } from './transform.ts';

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (t) => {
    text += t.value;
  });
  return text;
}

function addHeadingIds(tree: HastRoot): void {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (/^h[2-6]$/.test(node.tagName) && node.properties['id'] === undefined) node.properties['id'] = slugger.slug(textOf(node));
  });
}

/** The HTML of a body. Changes `tree` (phone links, punctuation): parse again to render twice. */
export function renderTree(tree: Root): string {
  linkPhoneNumbers(tree);
  typographicPunctuation(tree);
  const hast = toHast(tree, {
    allowDangerousHtml: false,
    footnoteLabel: 'Voetnoten',
    footnoteBackLabel: (index) => `Terug naar verwijzing ${index + 1}`,
    footnoteLabelProperties: { className: ['vtw-visually-hidden'] },
  }) as HastRoot;
  addHeadingIds(hast);
  return toHtml(sanitizeBody(hast));
}
