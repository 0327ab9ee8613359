/**
 * Safety rules for the Markdown body of partners' files: no raw HTML, only safe links, no images
 * in the text, no `#` title. The rules live in the one Markdown pipeline (src/markdown), which
 * judges the same parsed tree that the site renders.
 */
export { checkBody } from '../markdown/index.ts';
