/** The first paragraph of a Markdown body as plain text, for the small space on a card. */
export function firstParagraph(markdown: string): string {
  const paragraphs = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const first = paragraphs.map((p) => p.trim()).find((p) => p && !p.startsWith('#')) ?? '';
  return first
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
