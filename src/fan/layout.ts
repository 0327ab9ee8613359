/**
 * Lays out a card once: all its blocks in one column (flow.ts), then each block is placed on the
 * front or the back.
 */
import type { Problem } from '../model/problem.ts';
import { formatKeyPath } from '../model/problem.ts';
import type { Block } from './blocks.ts';
import { undrawable } from './fonts.ts';
import { MM, type CardGeometry } from './geometry.ts';
import type { Paint } from './svg.ts';
import { flow } from './flow.ts';
import { SOFT_HYPHEN, withoutBreakHints } from './hyphenate.ts';
import { ROLE, div, type Child, type Element } from './tree.ts';
import { diskCache, packageVersion, sha256, sourceHash } from '../cache/disk-cache.ts';
import { fontBytes } from './fonts.ts';
import { isEmail } from '../model/contact.ts';

export interface CardSpec {
  /** Unique in the deck: "omslag", "categorie-sport", the offer id, "kortingen". */
  id: string;
  kind: 'cover' | 'divider' | 'offer' | 'schemes';
  /** The content file to fix when the card does not fit. */
  source: string;
  title: string;
  categoryId?: string;
  blocks: Block[];
  /**
   * Only on a light spec (`lightSpec`): the layout key computed from the full spec, for this
   * geometry. Such a spec has no blocks: it finds the card's layout and fragments in the cache.
   */
  layoutKey?: { geometry: string; key: string };
}

/**
 * The spec without its blocks, with its layout key: for a deck job, which finds every card's
 * fragments in the cache (the check drew them) and needs the key, not the element trees that
 * made 12 MB to copy to the deck worker per job at 1,000 offers.
 */
export function lightSpec(g: CardGeometry, spec: CardSpec): CardSpec {
  const { id, kind, source, title, categoryId } = spec;
  return { id, kind, source, title, ...(categoryId === undefined ? {} : { categoryId }), blocks: [], layoutKey: { geometry: JSON.stringify(g), key: layoutKey(g, spec) } };
}

export interface LaidOutCard {
  spec: CardSpec;
  /** Front and, when needed, back: paint items in canvas coordinates. */
  sides: Paint[][];
  problems: Problem[];
  /** The layout's cache key: a hash of all its inputs, reused by the outputs drawn from it. */
  key: string;
}

interface Measured { block: Block; top: number; height: number; paints: Paint[] }

/**
 * Layouts by a hash of everything that shapes them: the card's blocks, the geometry, the fonts,
 * the line breaker, this folder's code (the layout engine is flow.ts) and the design tokens
 * (src/design: the cards' colours, sizes and their CMYK rule). On disk, so that the content
 * check, the worker pool and the PDF routes of one build share them, and a rebuild lays out only
 * the cards that changed. Not kept in memory beyond a deck: for thousands of cards that was
 * gigabytes held for the whole build.
 */
const disk = diskCache('card-layouts', 'json');
let tools: string | undefined;

/** Keys per spec object and geometry: the outputs of one card ask for it several times (its PDF, fragments, decks). */
const keys = new WeakMap<CardSpec, Map<string, string>>();

export function layoutKey(g: CardGeometry, spec: CardSpec): string {
  if (!tools) {
    const f = fontBytes();
    tools = sha256(`linebreak ${packageVersion('linebreak')}`, sourceHash('src/fan'), sourceHash('src/design'), f.regular, f.bold);
  }
  const geometry = JSON.stringify(g);
  if (spec.layoutKey?.geometry === geometry) return spec.layoutKey.key;
  let byGeometry = keys.get(spec);
  if (!byGeometry) keys.set(spec, (byGeometry = new Map()));
  let key = byGeometry.get(geometry);
  if (!key) byGeometry.set(geometry, (key = sha256(tools, geometry, JSON.stringify(spec)).slice(0, 40)));
  return key;
}

export function layOutCard(g: CardGeometry, spec: CardSpec): Promise<LaidOutCard> {
  const key = layoutKey(g, spec);
  const cached = fromDisk(key, spec);
  if (cached) return cached;
  const fresh = layOutFresh(g, spec);
  disk.write(key, JSON.stringify({ sides: fresh.sides, problems: fresh.problems }));
  return Promise.resolve(fresh);
}

function fromDisk(key: string, spec: CardSpec): Promise<LaidOutCard> | undefined {
  const bytes = disk.read(key);
  if (!bytes) return undefined;
  // The disk cache has verified length and hash; a layout that still does not parse is laid out again.
  let parsed: Partial<Pick<LaidOutCard, 'sides' | 'problems'>>;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as typeof parsed;
  } catch {
    return undefined;
  }
  const { sides, problems } = parsed;
  if (!Array.isArray(sides) || !Array.isArray(problems)) return undefined;
  return Promise.resolve({ spec, sides, problems, key });
}

function layOutFresh(g: CardGeometry, spec: CardSpec): LaidOutCard {
  if (spec.layoutKey) throw new Error(`Card ${spec.id} is not in the cache (emptied during the build?): build again`);
  const roles = new RoleKeys();
  const root = div({ flexDirection: 'column', width: g.canvasWidth }, spec.blocks.map((b) => ({ ...roles.keyed(b.element), key: b.key })));
  const { paints, boxes } = flow(root, g.canvasWidth);
  const measured: Measured[] = spec.blocks.map((block) => ({ block, top: boxes.get(block.key)!.top, height: boxes.get(block.key)!.height, paints: [] }));
  for (const p of paints) {
    const probe = p.kind === 'text' ? p.y - p.size * 0.5 : p.y;
    // Text can run out of a block of fixed height (a divider's long intro): it belongs to the last
    // block above it, whose fit check then reports it.
    const owner = measured.find((m) => probe >= m.top && probe < m.top + m.height) ?? measured.findLast((m) => probe >= m.top);
    if (!owner) throw new Error(`Card ${spec.id}: a ${p.kind} at y=${p.y.toFixed(1)} lies outside every block`);
    owner.paints.push(p);
  }
  const problems = [...textProblems(g, spec, measured)];
  const { sides, overflow } = pack(g, measured);
  if (overflow > 1) problems.push(tooFull(spec, measured, overflow));
  return { spec, sides: sides.map((side) => joinLines(side)), problems, key: layoutKey(g, spec) };
}

/** The tag of a text run that is decoration, not content (tags.ts draws it as an artifact). */
export const ARTIFACT = 'Artifact';

/**
 * Text elements carry their structure role (tree.ts `text`). Before layout each gets a key
 * "<role>#<n>", numbered in tree order; the layout tags each text run with it, and the tagged PDF
 * groups runs by these keys.
 */
export class RoleKeys {
  private count = 0;

  keyed(element: Element): Element {
    const children = element.props.children;
    const keyedChild = (c: Child): Child => (typeof c === 'string' ? c : this.keyed(c));
    const role = element.props[ROLE];
    return {
      ...element,
      ...(typeof role === 'string' ? { key: `${role}#${this.count++}` } : {}),
      props: { ...element.props, children: Array.isArray(children) ? children.map(keyedChild) : children === undefined ? children : keyedChild(children) },
    };
  }
}

/** Fronts fill first; the QR block (place 'bottom') sits at the foot of the last side. */
function pack(g: CardGeometry, measured: Measured[]): { sides: Paint[][]; overflow: number } {
  const band = measured.find((m) => m.block.place === 'band');
  const flow = measured.filter((m) => m.block.place === 'flow');
  const bottom = measured.filter((m) => m.block.place === 'bottom');
  const top = band ? band.height : g.contentTop;
  const room = g.contentBottom - top;
  const sum = (ms: Measured[]) => ms.reduce((s, m) => s + m.height, 0);
  let front = flow;
  let back: Measured[] | undefined;
  if (sum(flow) + sum(bottom) > room + 1) {
    let used = 0;
    const split = flow.findIndex((m) => (used += m.height) > room);
    front = split < 0 ? flow : flow.slice(0, split);
    back = split < 0 ? [] : flow.slice(split);
  }
  // The back repeats the colour band: its words are a running head there, not content to read twice.
  const place = (ms: Measured[], withBottom: boolean, isBack = false): Paint[] => {
    const out: Paint[] = band ? band.paints.map((p) => (isBack && p.kind === 'text' ? { ...p, tag: ARTIFACT } : p)) : [];
    let y = top;
    for (const m of ms) { out.push(...moved(m, y)); y += m.height; }
    if (withBottom) {
      let b = g.contentBottom - sum(bottom);
      for (const m of bottom) { out.push(...moved(m, b)); b += m.height; }
    }
    return out;
  };
  const sides = back ? [place(front, false), place(back, true, true)] : [place(front, true)];
  const overflow = sum(back ?? flow) + sum(bottom) - room;
  return { sides, overflow };
}

function moved(m: Measured, newTop: number): Paint[] {
  const dy = newTop - m.top;
  return m.paints.map((p) => ({ ...p, y: p.y + dy }));
}

/** Words on one line become one text run; a soft hyphen at a line end becomes a visible hyphen, other break hints go. */
export function joinLines(paints: Paint[]): Paint[] {
  const out: Paint[] = [];
  for (const p of paints) {
    const last = out[out.length - 1];
    if (p.kind === 'text' && last?.kind === 'text' && last.y === p.y && last.size === p.size && last.bold === p.bold
      && last.tag === p.tag && sameColour(last, p) && Math.abs(last.x + last.width - p.x) < 0.01) {
      out[out.length - 1] = { ...last, width: p.x + p.width - last.x, text: last.text + p.text };
    } else {
      out.push(p);
    }
  }
  return out.flatMap((p): Paint[] => {
    if (p.kind !== 'text') return [p];
    const shown = withoutBreakHints(p.text.endsWith(SOFT_HYPHEN) ? `${p.text.slice(0, -1)}-` : p.text).trimEnd();
    return shown.trim() ? [{ ...p, text: shown }] : [];
  });
}

const sameColour = (a: { fill: { r: number; g: number; b: number } }, b: typeof a): boolean =>
  a.fill.r === b.fill.r && a.fill.g === b.fill.g && a.fill.b === b.fill.b;

function tooLongMessage(word: string, what: string): string {
  if (isEmail(word)) return `Het e-mailadres "${word}" is te lang voor een regel op de kaart (${what}). Gebruik een korter e-mailadres.`;
  return `Het woord "${word}" is te lang voor een regel op de kaart (${what}). Schrijf het korter of zet er een spatie of een streepje in.`;
}

function* textProblems(g: CardGeometry, spec: CardSpec, measured: Measured[]): Generator<Problem> {
  const right = g.contentLeft + g.contentWidth;
  for (const m of measured) {
    const missing = new Set<string>();
    const tooLong = new Set<string>();
    for (const p of m.paints) {
      if (p.kind !== 'text') continue;
      for (const ch of undrawable(p.text)) missing.add(ch);
      const word = withoutBreakHints(p.text).trim();
      // The layout starts a new line before any word that does not fit, so a line that sticks
      // out holds one word too long for the column (an address, a phone number, a long word
      // without a hyphen). Up to 2 pt (3 pt for punctuation) stays well inside the 5 mm safe zone.
      const tolerance = /^[\p{P}\p{S}]+$/u.test(word) ? 3 : 2;
      // Named without the sentence's closing punctuation: "organisatie", an e-mail address.
      const named = word.replace(/(?<=\p{L}|\p{N})[.,;:!?)]+$/u, '');
      if (word && p.x + p.width > right + tolerance && m.block.place !== 'band' && !tooLong.has(named)) {
        tooLong.add(named);
        yield problem(spec, m.block, tooLongMessage(named, m.block.what ?? 'tekst'));
      }
    }
    const lowest = Math.max(...m.paints.map((p) => (p.kind === 'text' ? p.y + p.size * 0.25 : p.y + ('height' in p ? p.height : 0))), m.top);
    if (lowest > m.top + m.height + 0.5) {
      yield problem(spec, m.block, `De tekst past niet op de kaart: maak ${m.block.what ?? 'de tekst'} korter. Er is ongeveer ${Math.ceil((lowest - m.top - m.height) / MM)} mm te veel.`);
    }
    for (const ch of missing) {
      yield problem(spec, m.block, `Het teken "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) kan niet gedrukt worden op de kaart. Gebruik een gewoon teken.`);
    }
  }
}

function tooFull(spec: CardSpec, measured: Measured[], overflow: number): Problem {
  const biggest = measured.filter((m) => m.block.place === 'flow' && m.block.what).sort((a, b) => b.height - a.height)[0];
  const what = biggest ? `${biggest.block.what}${biggest.block.path?.length ? ` (${formatKeyPath(biggest.block.path)})` : ''}` : 'de tekst';
  return {
    ...problem(spec, biggest?.block, `De kaart voor de waaier is te vol: de tekst past niet op de voorkant en de achterkant. Maak de tekst korter, bijvoorbeeld ${what}. Er is ongeveer ${Math.ceil(overflow / MM)} mm te veel.`),
  };
}

function problem(spec: CardSpec, block: Block | undefined, message: string): Problem {
  return { severity: 'error', source: block?.source ?? spec.source, path: block?.path ?? [], message };
}
