/**
 * Parses a partner's Markdown body into an mdast tree (CommonMark + GFM): the one tree that is
 * both checked (check.ts) and rendered (render.ts).
 *
 * In Node the parser is satteri (Rust), the one Astro 7's own Markdown processor uses: about 40
 * times faster than micromark (1,000 generated offers: 13 to 36 ms against 500 to 800 ms, on the
 * main thread of every build and every `npm run check`). The editor checks in the browser, where
 * satteri's native code does not run: its bundle (src/admin/bundle.ts) takes parse-micromark.ts
 * instead of this file. Both give the same tree, positions included, for every body of the sample,
 * the fixtures and a list of hard cases (tests/unit/markdown-parsers.test.ts).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export function parseMarkdown(body: string): Root {
  // CommonMark replaces U+0000 with U+FFFD (micromark does); satteri keeps it. Same length, same positions.
  const text = body.includes('\0') ? body.replaceAll('\0', '\uFFFD') : body;
  return markdownToMdast(text, { features: { gfm: true, frontmatter: false } }) as unknown as Root;
}
