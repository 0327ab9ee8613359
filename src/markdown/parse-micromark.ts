/**
 * The same as parse.ts with micromark (CommonMark + GFM), for the editor's check in the browser,
 * where satteri's native code does not run: src/admin/bundle.ts puts this file in place of parse.ts.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions, mdastExtensions });
}
