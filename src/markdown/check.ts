/**
 * Safety rules for a partner's Markdown body, judged on the parsed tree (never on lines of text):
 * no raw HTML, only safe addresses, no images in the text, no `#` title. Each problem is reported
 * with its line in the file, in plain Dutch; nothing is stripped silently.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../model/problem.ts';
import { cleanUrl, judgeUrl } from './urls.ts';

const MESSAGES = {
  script: 'Een script mag niet in de tekst. Haal het weg.',
  html: (snippet: string) => `HTML-code (${snippet}) mag niet in de tekst. Gebruik gewone tekst of Markdown, zoals **vet** of een lijst met "- ".`,
  unsafeLink: (scheme: string) => `Deze link is niet veilig (${scheme}). Gebruik een gewoon webadres dat begint met https://, een e-mailadres met mailto: of een telefoonnummer met tel:.`,
  otherHost: 'Dit adres begint met // of \\ en gaat zo naar een andere website. Schrijf het volledige webadres, dat begint met https://.',
  remoteImage: 'Een afbeelding van een andere website mag niet. Zet het bestand naast dit bestand en gebruik afbeelding: bron: ./naam.jpg.',
  imageInOffer: 'Een afbeelding kan niet in de tekst staan. Zet de foto naast dit bestand en noem ze bovenaan bij afbeelding: bron: ./naam.jpg.',
  imageElsewhere: 'Een afbeelding kan niet in de tekst staan. Haal ze weg; een foto kan alleen bij een aanbod, met afbeelding: bron: ./naam.jpg.',
  topHeading: 'Een titel met één # mag niet in de tekst: de titel van de pagina staat al bovenaan. Begin met ## .',
  tooDeep: 'De tekst is te diep genest (te veel > of lijsten in elkaar). Schrijf hem eenvoudiger, met hoogstens 10 niveaus.',
} as const;

/** Deeper than this is no longer text a resident can follow, and it protects the renderer's recursion. */
const MAX_DEPTH = 10;

/** Shows the start of a piece of HTML in a message: one line, at most 30 characters. */
function snippet(html: string): string {
  const first = html.trim().split('\n')[0] ?? '';
  const tag = /^<[^>]*>?/.exec(first)?.[0] ?? first;
  return tag.length > 30 ? `${tag.slice(0, 29)}…` : tag;
}

function schemeOf(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleanUrl(url))?.[1];
  return scheme ? `${scheme.toLowerCase().slice(0, 20)}:` : 'geen gewoon webadres';
}

/** Every safety problem in a parsed body. `firstLine` is the line of the file where the body starts. */
export function checkTree(tree: Root, source: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (node: Nodes, message: string, kind = message) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    const key = `${line}\u0000${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ severity: 'error', source, path: [], line, message });
  };
  const isOffer = source.startsWith('aanbod/');
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const linkProblem = (url: string): string | undefined => {
    const kind = judgeUrl(url);
    if (kind === 'forbidden') return MESSAGES.unsafeLink(schemeOf(url));
    if (kind === 'other-host') return MESSAGES.otherHost;
    return undefined;
  };
  const imageProblem = (url: string): string => {
    const kind = judgeUrl(url);
    if (kind === 'forbidden') return MESSAGES.unsafeLink(schemeOf(url));
    if (kind === 'site') return isOffer ? MESSAGES.imageInOffer : MESSAGES.imageElsewhere;
    return MESSAGES.remoteImage;
  };

  const deep = firstTooDeep(tree);
  if (deep) add(deep, MESSAGES.tooDeep);
  visit(tree, (node, _index, parent) => {
    if (parent === undefined) return;
    switch (node.type) {
      case 'html':
        // One message per line: "<b>Vet</b>" is one mistake, not two.
        add(node, /^<\s*\/?\s*script/i.test(node.value.trim()) ? MESSAGES.script : MESSAGES.html(snippet(node.value)), 'html');
        break;
      case 'link':
      case 'definition': {
        const message = linkProblem(node.url);
        if (message) add(node, message);
        break;
      }
      case 'image':
        add(node, imageProblem(node.url));
        break;
      case 'imageReference':
        add(node, imageProblem(definitions.get(node.identifier) ?? ''));
        break;
      case 'heading':
        if (node.depth === 1) add(node, MESSAGES.topHeading);
        break;
      default:
        break;
    }
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The first blockquote or list nested deeper than MAX_DEPTH (one pass, no recursion). */
function firstTooDeep(tree: Root): Nodes | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const here = node.type === 'blockquote' || node.type === 'list' ? depth + 1 : depth;
    if (here > MAX_DEPTH) return node;
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, here]);
  }
  return undefined;
}
