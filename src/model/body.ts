/**
 * Safety rules for the Markdown body of partners' files: no raw HTML, no script links, no remote
 * images. Each is reported, never stripped silently, with the line in the file.
 */
import type { Problem } from './problem.ts';

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const UNSAFE_LINK = /\]\(\s*<?\s*(javascript|data|vbscript):|^\s{0,3}\[[^\]]+\]:\s*<?\s*(javascript|data|vbscript):|<(javascript|data|vbscript):/i;
const REMOTE_IMAGE = /!\[[^\]]*\]\(\s*<?\s*([a-z][a-z0-9+.-]*:|\/\/)/i;
const TOP_HEADING = /^\s{0,3}#(?!#)\s/;

/** Removes `inline code` so that code examples are not mistaken for HTML. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
}

export function checkBody(body: string, source: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const add = (index: number, message: string) =>
    problems.push({ severity: 'error', source, path: [], line: firstLine + index, message });
  let fence: string | undefined;
  body.split('\n').forEach((rawLine, index) => {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const line = withoutCodeSpans(rawLine);
    const tag = HTML_TAG.exec(line);
    if (tag) {
      const isScript = /^<\s*script/i.test(tag[0]);
      add(index, isScript
        ? 'Een script mag niet in de tekst. Haal het weg.'
        : `HTML-code (${tag[0].slice(0, 30)}) mag niet in de tekst. Gebruik gewone tekst of Markdown, zoals **vet** of een lijst met "- ".`);
    }
    if (UNSAFE_LINK.test(line)) {
      add(index, 'Deze link is niet veilig (javascript: of data:). Gebruik een gewoon webadres dat begint met https://.');
    }
    if (REMOTE_IMAGE.test(line)) {
      add(index, 'Een afbeelding van een andere website mag niet. Zet het bestand naast dit bestand en gebruik afbeelding: bron: ./naam.jpg.');
    }
    if (TOP_HEADING.test(line)) {
      add(index, 'Een titel met één # mag niet in de tekst: de titel van de pagina staat al bovenaan. Begin met ## .');
    }
  });
  return problems;
}
