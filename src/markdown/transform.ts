/**
 * Changes to the checked tree before rendering, for the reader's sake: phone numbers written in
 * the text become tel: links (e-mail addresses already become mailto: links through GFM), and
 * straight quotes become typographic ones, as Astro's own Markdown did.
 */
import type { Link, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';
import { parsePhone } from '../model/contact.ts';

/**
 * Candidates only: a + or 0, then 8 to 14 more digits with at most one space, dot, slash or dash
 * between two digits. parsePhone (the same reader as the `telefoon:` keys) decides what is a number.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|0)\p{N}(?:[ ./-]?\p{N}){7,13}(?![\p{L}\p{N}])/gu;

export function linkPhoneNumbers(tree: Root): void {
  findAndReplace(
    tree,
    [
      PHONE_CANDIDATE,
      (value: string) => {
        if (!/^[+0-9][0-9 ./-]*$/.test(value)) return false;
        const phone = parsePhone(value);
        if (!phone) return false;
        // Written as the partner wrote it, but never broken over two lines.
        const link: Link = { type: 'link', url: `tel:${phone.href}`, title: null, children: [{ type: 'text', value: value.replace(/ /g, '\u00a0') }] };
        return link;
      },
    ],
    { ignore: ['link', 'linkReference', 'inlineCode', 'code', 'definition', 'html'] },
  );
}

// A unified plugin is a function returning the transformer; it does not use its processor (`this`).
const smartypants = remarkSmartypants as unknown as (options: Parameters<typeof remarkSmartypants>[0]) => (tree: Root) => void;
const smartPunctuation = smartypants({ dashes: 'oldschool', backticks: false });

/** Dutch elisions ('s morgens, 't, 'n) start with an apostrophe, not an opening quote. */
const ELISION = /‘(?=[stnk](?![\p{L}\p{N}]))/gu;

/**
 * What smartypants changes: straight quotes, "--" and "---", "..." (also spaced). A body without
 * any skips it: its natural-language parse was about half of rendering a body.
 */
const SMARTYPANTS_INPUT = /["'`]|--|\.\s?\./;

export function typographicPunctuation(tree: Root): void {
  let needed = false;
  visit(tree, 'text', (node) => {
    if (SMARTYPANTS_INPUT.test(node.value)) {
      needed = true;
      return false;
    }
    return undefined;
  });
  if (needed) smartPunctuation(tree);
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(ELISION, '’');
  });
}
