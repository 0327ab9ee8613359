/**
 * The last line of defence: whatever the checker missed, the rendered HTML of a partner's body can
 * only hold these elements and attributes (an allow-list for hast-util-sanitize), and a final pass
 * removes every address that is not safe for its place. No event handler, script, style, base,
 * form, frame, object, embed, meta, SVG, MathML or off-site image can come through.
 */
import type { Element, Root as HastRoot } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit, SKIP } from 'unist-util-visit';
import { isSafeLink, judgeUrl } from './urls.ts';

const headings = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

const SCHEMA: Schema = {
  // Elements whose content is dropped together with them (default is only script).
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'noembed', 'noframes', 'iframe', 'xmp', 'plaintext', 'svg', 'math', 'select', 'option'],
  tagNames: [
    'p', 'br', 'hr', ...headings, 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'input',
  ],
  attributes: {
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref'], 'ariaLabel', 'ariaDescribedBy', 'id'],
    img: ['src', 'alt'],
    code: [['className', /^language-[\w+#-]{1,40}$/]],
    ol: ['start'],
    th: [['align', 'left', 'right', 'center']],
    td: [['align', 'left', 'right', 'center']],
    li: ['id', ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'vtw-visually-hidden']],
    ...Object.fromEntries(headings.slice(1).map((h) => [h, ['id']])),
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { li: ['ul', 'ol'], tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], input: ['li'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [] },
  clobber: ['id', 'ariaDescribedBy'],
  clobberPrefix: 'user-content-',
  allowComments: false,
  allowDoctypes: false,
};

/** Sanitizes with SCHEMA, then keeps only links with a safe address and images that are files of this site. */
export function sanitizeBody(tree: HastRoot, isApprovedImage: (src: string) => boolean = () => false): HastRoot {
  const clean = sanitize(tree, SCHEMA) as HastRoot;
  visit(clean, 'element', (node: Element, index, parent) => {
    for (const name of Object.keys(node.properties)) {
      if (/^on/i.test(name)) delete node.properties[name];
    }
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string' && !isSafeLink(node.properties['href'])) {
      delete node.properties['href'];
    }
    if (node.tagName === 'img') {
      const src = node.properties['src'];
      if (typeof src !== 'string' || judgeUrl(src) !== 'site' || !isApprovedImage(src)) {
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
    }
    return undefined;
  });
  return clean;
}
