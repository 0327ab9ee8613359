/** The blocks of an offer card, in reading order; every fact comes from describeOffer. */
import type { OfferDescription } from '../model/describe.ts';
import { band, body, column, iconLine, label, name, oneLine, unbroken, type Block } from './blocks.ts';
import { cardType, colour } from '../design/tokens.ts';
import { capitalise } from '../model/labels.ts';
import type { CardGeometry } from './geometry.ts';
import { div, qrCode, text, type Element, type Style } from './tree.ts';
import { hyphenate } from './hyphenate.ts';
import { mm } from './geometry.ts';
import { shortUrl } from '../model/contact.ts';

/** `home` is the site's own short address, printed when the page's address does not fit one line. */
export function offerBlocks(g: CardGeometry, d: OfferDescription, home: string): Block[] {
  const blocks: Block[] = [
    { key: 'band', place: 'band', element: band(g, d.category.colour, d.category.icon, d.category.name) },
    { key: 'title', place: 'flow', path: ['titel'], what: 'de titel', element: column(g, [text({ fontSize: cardType.title, fontWeight: 700, lineHeight: 1.15, color: colour.text }, hyphenate(d.offer.title), 'H1')]) },
    { key: 'summary', place: 'flow', path: ['samenvatting'], what: 'de samenvatting', element: column(g, [body(d.offer.summary)], { paddingTop: 4 }) },
    { key: 'price', place: 'flow', path: ['prijs', 'uitleg'], what: 'de uitleg bij de prijs', element: column(g, priceChildren(d)) },
  ];
  if (d.slots.length || d.season || d.scheduleNote) {
    blocks.push({ key: 'when', place: 'flow', path: ['wanneer', 'tekst'], what: 'de tekst bij wanneer', element: column(g, [
      label('Wanneer?'),
      ...d.slots.map((s) => body(capitalise(s), {}, 'LI')),
      ...(d.season ? [body(capitalise(d.season))] : []),
      ...(d.scheduleNote ? [body(d.scheduleNote)] : []),
    ]) });
  }
  if (d.place && (d.place.name || d.place.address || d.place.transit)) {
    blocks.push({ key: 'where', place: 'flow', path: ['waar'], what: 'de plaats', element: column(g, [
      label('Waar?'),
      ...(d.place.name ? [name(d.place.name)] : []),
      ...(d.place.address ? addressLines(d.place.address) : []),
      ...(d.place.transit ? [iconLine('bus', d.place.transit)] : []),
      ...(d.place.wheelchair ? [iconLine('wheelchair', d.place.wheelchair)] : []),
    ]) });
  }
  if (d.signUp) {
    const bring = d.signUp.bring.length ? [body(`Neem mee: ${d.signUp.bring.join(', ')}.`)] : [];
    blocks.push({ key: 'signup', place: 'flow', path: ['inschrijven', 'hoe'], what: 'de tekst bij inschrijven', element: column(g, [
      label('Inschrijven'), body(d.signUp.text), ...(d.signUp.how ? [body(d.signUp.how)] : []), ...bring,
    ]) });
  }
  const contact = contactChildren(g, d);
  if (contact.length) blocks.push({ key: 'contact', place: 'flow', path: ['contact'], what: 'het contact', element: column(g, contact) });
  if (d.thresholds.length) {
    blocks.push({ key: 'thresholds', place: 'flow', path: ['drempelverlagend'], what: 'de lijst bij drempelverlagend', element: column(g, [
      label('Goed om te weten'), ...d.thresholds.map((t) => iconLine(t.icon, t.label, 'LI')),
    ]) });
  }
  blocks.push({ key: 'qr', place: 'bottom', element: qrBlock(g, d.url, home, `Nagekeken op ${d.checked}`) });
  return blocks;
}

function priceChildren(d: OfferDescription): Element[] {
  const [normal, ...discounts] = d.prices;
  return [
    label('Wat betaal je?'),
    body(normal!.text, { fontSize: cardType.price, fontWeight: 700 }),
    ...discounts.map((p) => body(p.text, {}, 'LI')),
    ...(d.offer.price.note ? [body(d.offer.price.note, { color: colour.muted, marginTop: 2 })] : []),
  ];
}

/** A postal address: street and town on lines of their own, never hyphenated. */
export const addressLines = (address: string): Element[] =>
  address.split(/,\s*/).filter(Boolean).map((part) => name(part, { fontWeight: 400 }));

/** Phone in large type, then e-mail or web address, each on one line and never broken. */
export function contactLines(g: CardGeometry, c: NonNullable<OfferDescription['contact']>): Element[] {
  // Too long even at the smallest size: printed anyway, whole, so that the fit check names it.
  const out: Element[] = [];
  if (c.phone) out.push(oneLine(g, c.phone.display, [cardType.phone, cardType.title - 2, cardType.body], { fontWeight: 700 }) ?? unbroken(c.phone.display, cardType.body, { fontWeight: 700 }));
  if (c.email) out.push(oneLine(g, c.email, [cardType.body, 11, cardType.small]) ?? unbroken(c.email, cardType.small));
  if (!c.phone && !c.email && c.website) out.push(webAddress(g, c.website, [cardType.body, 11, cardType.small]));
  return out;
}

function contactChildren(g: CardGeometry, d: OfferDescription): Element[] {
  const c = d.contact;
  if (!c) return [];
  return [label(d.contactIsPartner ? `Vragen? ${d.partner.name}` : 'Vragen?'), ...contactLines(g, c)];
}

/**
 * A web address on one line: in full when it fits, else the short address of its site (`home`,
 * or the address's host). Never broken: a broken address fails when typed. A site address too
 * long even at 9 pt is printed whole, and the fit check names it.
 */
function webAddress(g: CardGeometry, url: string, sizes: readonly number[], style: Style = {}, home = new URL(url).host): Element {
  return oneLine(g, shortUrl(url), sizes, style) ?? oneLine(g, home, [...sizes, cardType.note], style) ?? unbroken(home, cardType.note, style);
}

/** QR code to the page, the checked date beside it, the address under it: anchored at the bottom. */
export function qrBlock(g: CardGeometry, url: string, home: string, note?: string): Element {
  return column(g, [
    div({ alignItems: 'flex-end' }, [
      qrCode(url, mm(18)),
      div({ flexDirection: 'column', marginLeft: 6, flexShrink: 1 }, [
        text({ fontSize: cardType.small, lineHeight: 1.2, color: colour.muted }, 'Scan de code voor meer uitleg.'),
        ...(note ? [text({ fontSize: cardType.note, lineHeight: 1.2, color: colour.muted, marginTop: 3 }, note)] : []),
      ]),
    ]),
    webAddress(g, url, [cardType.small, cardType.note], { marginTop: 2 }, home),
  ]);
}
