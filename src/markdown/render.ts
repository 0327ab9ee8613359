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
import { withBase } from '../routes.ts';

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

export interface RenderOptions {
  /**
   * The site's base path (Astro's `base`, from site.yaml's url): a link to the site's own pages
   * written as `/a-z/` becomes `/waaier/a-z/` on a site published under /waaier/ (src/routes.ts).
   */
  base?: string;
}

function linksUnderBase(tree: Root, base: string): void {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (withSlash === '/') return;
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') node.url = withBase(withSlash, node.url);
  });
}

/** The HTML of a body. Changes `tree` (phone links, punctuation): parse again to render twice. */
export function renderTree(tree: Root, options: RenderOptions = {}): string {
  if (options.base) linksUnderBase(tree, options.base);
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
