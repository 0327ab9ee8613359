/**
 * Tagged PDF (ISO 32000-1 14.7-14.8) for the fan: a structure tree in reading order, marked
 * content with MCIDs that ties every text run to its element, artifacts for what only decorates
 * (pictograms, colour bands, crop, cut and hole marks). pdf-lib has no tagging API, so this module
 * writes the objects itself: StructTreeRoot, StructElem, ParentTree, MarkInfo, and the BDC/BMC/EMC
 * operators. Pure pdf-lib, like impose.ts.
 *
 * Use: one `Structure` per document; `section()` per card (or page of text), `element()` for the
 * elements of a section in reading order; draw content between `begin(page, element)` and
 * `end(page)`, decoration between `beginArtifact(page)` and `end(page)`; `finish()` before saving.
 */
import {
  PDFHexString, PDFName, PDFNumber, PDFObject, PDFOperator, PDFOperatorNames, beginMarkedContent, endMarkedContent,
  type PDFDocument, type PDFPage, type PDFRef,
} from 'pdf-lib';

/**
 * An object pdf-lib writes as the bytes it was given. A deck has some 30,000 structure elements;
 * as pdf-lib dictionaries (a Map of names, numbers and arrays each) they were about 75 MB of the
 * deck worker's heap until the file was saved, as written text a few MB.
 */
class WrittenObject extends PDFObject {
  private readonly bytes: Buffer;
  constructor(text: string) {
    super();
    this.bytes = Buffer.from(text, 'latin1');
  }
  override clone(): WrittenObject {
    return new WrittenObject(this.toString());
  }
  override toString(): string {
    return this.bytes.toString('latin1');
  }
  override sizeInBytes(): number {
    return this.bytes.length;
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(this.bytes, offset);
    return this.bytes.length;
  }
}

export type Role = 'H1' | 'H2' | 'H3' | 'P' | 'LI' | 'Figure' | 'Link';
type StructType = Role | 'Document' | 'Sect' | 'L' | 'LBody';

export interface StructElement {
  readonly type: StructType;
  readonly ref: PDFRef;
  readonly parent?: StructElement;
  readonly kids: (StructElement | MarkedContent | AnnotationRef)[];
  alt?: string;
  page?: PDFRef;
}
interface MarkedContent { kind: 'mcid'; page: PDFRef; mcid: number }
interface AnnotationRef { kind: 'annotation'; page: PDFRef; annotation: PDFRef }

export class Structure {
  readonly root: StructElement;
  private readonly elements: StructElement[] = [];
  /** Per page: the element of each MCID, in MCID order. */
  private readonly pages = new Map<PDFRef, { page: PDFPage; owners: StructElement[] }>();
  private readonly annotations: { annotation: PDFRef; owner: StructElement }[] = [];

  private readonly doc: PDFDocument;

  constructor(doc: PDFDocument) {
    this.doc = doc;
    this.root = this.create('Document');
  }

  private create(type: StructType, parent?: StructElement): StructElement {
    const element: StructElement = { type, ref: this.doc.context.nextRef(), ...(parent ? { parent } : {}), kids: [] };
    this.elements.push(element);
    parent?.kids.push(element);
    return element;
  }

  /** A card, or a page of running text: a section of the document. */
  section(): StructElement {
    return this.create('Sect', this.root);
  }

  element(parent: StructElement, type: StructType, alt?: string): StructElement {
    const element = this.create(type, parent);
    if (alt) element.alt = alt;
    return element;
  }

  /** Starts the content of `element` on `page` (BDC with the next MCID of that page). */
  begin(page: PDFPage, element: StructElement): void {
    const mcid = this.mark(page, element);
    // pdf-lib's operator type omits dictionaries, but it writes any PDF object as an operand.
    const properties = this.doc.context.obj({ MCID: mcid }) as unknown as PDFName;
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(element.type), properties]));
  }

  /**
   * Gives `element` the next MCID of `page` and returns it, without writing the BDC operator: for
   * content drawn once and placed again (fragment.ts), which carries its own operators.
   */
  mark(page: PDFPage, element: StructElement): number {
    let entry = this.pages.get(page.ref);
    if (!entry) this.pages.set(page.ref, (entry = { page, owners: [] }));
    const mcid = entry.owners.length;
    entry.owners.push(element);
    element.page ??= page.ref;
    element.kids.push({ kind: 'mcid', page: page.ref, mcid });
    return mcid;
  }

  /** Starts decoration that readers skip: pictograms, colour fields, marks. */
  beginArtifact(page: PDFPage): void {
    page.pushOperators(beginMarkedContent('Artifact'));
  }

  end(page: PDFPage): void {
    page.pushOperators(endMarkedContent());
  }

  /** Draws decoration as an artifact. */
  artifact(page: PDFPage, draw: () => void): void {
    this.beginArtifact(page);
    draw();
    this.end(page);
  }

  /** A link annotation belongs to its Link element (object reference, and /StructParent on the annotation). */
  annotation(page: PDFPage, annotation: PDFRef, owner: StructElement): void {
    owner.kids.push({ kind: 'annotation', page: page.ref, annotation });
    owner.page ??= page.ref;
    this.annotations.push({ annotation, owner });
  }

  /** Writes the tree, the parent tree and the catalog entries. Call once, before saving. */
  finish(): void {
    const { context, catalog } = this.doc;
    const treeRoot = context.nextRef();
    const nums: PDFObject[] = [];
    let key = 0;
    for (const { page, owners } of this.pages.values()) {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(PDFNumber.of(key), context.obj(owners.map((o) => o.ref)));
      key++;
    }
    for (const { annotation, owner } of this.annotations) {
      const dict = context.lookup(annotation) as import('pdf-lib').PDFDict;
      dict.set(PDFName.of('StructParent'), PDFNumber.of(key));
      nums.push(PDFNumber.of(key), owner.ref);
      key++;
    }
    for (const element of this.elements) {
      const kids = element.kids.map((kid): string => {
        if ('ref' in kid) return kid.ref.toString();
        if (kid.kind === 'annotation') return `<</Type /OBJR /Pg ${kid.page.toString()} /Obj ${kid.annotation.toString()}>>`;
        return kid.page === element.page ? String(kid.mcid) : `<</Type /MCR /Pg ${kid.page.toString()} /MCID ${kid.mcid}>>`;
      });
      const entries = [
        '/Type /StructElem', `/S ${PDFName.of(element.type).toString()}`, `/P ${(element.parent?.ref ?? treeRoot).toString()}`,
        ...(element.page ? [`/Pg ${element.page.toString()}`] : []),
        ...(element.alt ? [`/Alt ${PDFHexString.fromText(element.alt).toString()}`] : []),
        `/K [${kids.join(' ')}]`,
      ];
      context.assign(element.ref, new WrittenObject(`<<${entries.join(' ')}>>`));
    }
    context.assign(treeRoot, context.obj({
      Type: 'StructTreeRoot', K: [this.root.ref],
      ParentTree: context.register(context.obj({ Nums: nums })), ParentTreeNextKey: key,
    }));
    catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

/**
 * The elements of one card (or one page of running text) in reading order, from the tags the
 * layout gave its text runs ("H1#0", "P#3", "LI#7"): runs with the same tag form one element;
 * consecutive list items form one list (L > LI > LBody); a QR code is a Figure inside a Link.
 */
export class Section {
  readonly element: StructElement;
  private readonly structure: Structure;
  private readonly byTag = new Map<string, StructElement>();
  private readonly links = new Map<string, { link: StructElement; figure: StructElement }>();
  private list: StructElement | undefined;

  constructor(structure: Structure) {
    this.structure = structure;
    this.element = structure.section();
  }

  forText(tag: string | undefined): StructElement {
    const known = tag === undefined ? undefined : this.byTag.get(tag);
    if (known) return known;
    const role = (tag?.split('#')[0] ?? 'P') as Role;
    let element: StructElement;
    if (role === 'LI') {
      this.list ??= this.structure.element(this.element, 'L');
      element = this.structure.element(this.structure.element(this.list, 'LI'), 'LBody');
    } else {
      this.list = undefined;
      element = this.structure.element(this.element, role);
    }
    if (tag !== undefined) this.byTag.set(tag, element);
    return element;
  }

  /** A QR code: the figure (with its alternative text) inside the link it stands for. */
  forQrCode(url: string): { link: StructElement; figure: StructElement } {
    let found = this.links.get(url);
    if (!found) {
      this.list = undefined;
      const link = this.structure.element(this.element, 'Link');
      found = { link, figure: this.structure.element(link, 'Figure', qrAlt(url)) };
      this.links.set(url, found);
    }
    return found;
  }
}

export const qrAlt = (url: string): string => `QR-code naar ${url}`;
