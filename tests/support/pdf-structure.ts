/** The structure tree of a tagged PDF, read back with pdf.js and with poppler, for the fan's tests. */
import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface StructNode { role?: string; type?: string; id?: string; alt?: string; children?: StructNode[] }

/** Per page: text runs that are neither in the structure tree nor an artifact (should be none). */
export async function untaggedRuns(bytes: Uint8Array): Promise<{ page: number; text: string; why: string }[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const doc = await task.promise;
  const out: { page: number; text: string; why: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tree = (await page.getStructTree()) as StructNode | null;
    const ids = new Set<string>();
    const walk = (node: StructNode) => { if (node.type === 'content' && node.id) ids.add(node.id); node.children?.forEach(walk); };
    if (tree) walk(tree);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: { tag?: string; id?: string }[] = [];
    for (const item of content.items as { type?: string; tag?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') { stack.push({ tag: item.tag, id: item.id }); continue; }
      if (item.type === 'endMarkedContent') { stack.pop(); continue; }
      if (!item.str?.trim()) continue;
      const inner = stack[stack.length - 1];
      if (!inner) out.push({ page: n, text: item.str, why: 'outside marked content' });
      else if (inner.tag !== 'Artifact' && !(inner.id && ids.has(inner.id))) out.push({ page: n, text: item.str, why: `marked ${inner.tag} ${inner.id ?? ''} not in the tree` });
    }
  }
  await task.destroy();
  return out;
}

/** pdf.js: the structure tree of one page as role paths with alt texts, e.g. "Sect/Link/Figure[QR-code naar ...]". */
export async function pageStructure(bytes: Uint8Array, pageNumber: number): Promise<StructNode | null> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const doc = await task.promise;
  const tree = (await (await doc.getPage(pageNumber)).getStructTree()) as StructNode | null;
  await task.destroy();
  return tree;
}

export interface PopplerElement { role: string; depth: number; texts: string[] }

/** poppler (`pdfinfo -struct-text`): every element in tree order with the text directly inside it. */
export function popplerStructure(file: string): PopplerElement[] {
  const out: PopplerElement[] = [];
  const lines = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
  for (const line of lines) {
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body) continue;
    if (body.startsWith('"')) out[out.length - 1]?.texts.push(body.slice(1, -1));
    else out.push({ role: body.split(/\s/)[0]!, depth, texts: [] });
  }
  return out;
}

/** The text of the tree in tree order, one string per top-level section (indent 2: a card or a page of text). */
export function sectionTexts(elements: PopplerElement[]): string[] {
  const sections: string[][] = [];
  for (const e of elements) {
    if (e.role === 'Sect' && e.depth === 2) sections.push([]);
    sections[sections.length - 1]?.push(...e.texts);
  }
  return sections.map((s) => s.join(' ').replace(/\s+/g, ' ').trim());
}
