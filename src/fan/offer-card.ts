/** The blocks of an offer card, in reading order; every fact comes from describeOffer. */
import type { OfferDescription } from '../model/describe.ts';
import { SIZE, INK, MUTED, band, body, column, iconLine, label, type Block } from './blocks.ts';
import { capitalise } from '../model/labels.ts';
import type { CardGeometry } from './geometry.ts';
import { div, qrCode, text, type Element } from './tree.ts';
import { hyphenate } from './hyphenate.ts';
import { mm } from './geometry.ts';

export function offerBlocks(g: CardGeometry, d: OfferDescription): Block[] {
  const blocks: Block[] = [
    { key: 'band', place: 'band', element: band(g, d.category.colour, d.category.icon, d.category.name) },
    { key: 'title', place: 'flow', path: ['titel'], what: 'de titel', element: column(g, [text({ fontSize: SIZE.title, fontWeight: 700, lineHeight: 1.15, color: INK }, hyphenate(d.offer.title))]) },
    { key: 'summary', place: 'flow', path: ['samenvatting'], what: 'de samenvatting', element: column(g, [body(d.offer.summary)], { paddingTop: 4 }) },
    { key: 'price', place: 'flow', path: ['prijs', 'uitleg'], what: 'de uitleg bij de prijs', element: column(g, priceChildren(d)) },
  ];
  if (d.slots.length || d.season || d.scheduleNote) {
    blocks.push({ key: 'when', place: 'flow', path: ['wanneer', 'tekst'], what: 'de tekst bij wanneer', element: column(g, [
      label('Wanneer?'),
      ...d.slots.map((s) => body(capitalise(s))),
      ...(d.season ? [body(capitalise(d.season))] : []),
      ...(d.scheduleNote ? [body(d.scheduleNote)] : []),
    ]) });
  }
  if (d.place && (d.place.name || d.place.address || d.place.transit)) {
    blocks.push({ key: 'where', place: 'flow', path: ['waar'], what: 'de plaats', element: column(g, [
      label('Waar?'),
      ...(d.place.name ? [body(d.place.name, { fontWeight: 700 })] : []),
      ...(d.place.address ? [body(d.place.address)] : []),
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
  const contact = contactChildren(d);
  if (contact.length) blocks.push({ key: 'contact', place: 'flow', path: ['contact'], what: 'het contact', element: column(g, contact) });
  if (d.thresholds.length) {
    blocks.push({ key: 'thresholds', place: 'flow', path: ['drempelverlagend'], what: 'de lijst bij drempelverlagend', element: column(g, [
      label('Goed om te weten'), ...d.thresholds.map((t) => iconLine(t.icon, t.label)),
    ]) });
  }
  blocks.push({ key: 'qr', place: 'bottom', element: qrBlock(g, d.url, d.shortUrl, `Nagekeken op ${d.checked}`) });
  return blocks;
}

function priceChildren(d: OfferDescription): Element[] {
  const [normal, ...discounts] = d.prices;
  return [
    label('Wat betaal je?'),
    body(normal!.text, { fontSize: 11, fontWeight: 700 }),
    ...discounts.map((p) => body(p.text)),
    ...(d.offer.price.note ? [body(d.offer.price.note, { fontSize: SIZE.small, color: MUTED, marginTop: 2 })] : []),
  ];
}

function contactChildren(d: OfferDescription): Element[] {
  const c = d.contact;
  if (!c) return [];
  const out: Element[] = [label(d.contactIsPartner ? `Vragen? ${d.partner.name}` : 'Vragen?')];
  if (c.phone) out.push(div({ alignItems: 'center' }, [text({ fontSize: SIZE.phone, fontWeight: 700, color: INK }, c.phone.display)]));
  if (c.email) out.push(body(c.email, { fontSize: SIZE.small }));
  if (!c.phone && !c.email && c.website) out.push(body(c.website, { fontSize: SIZE.small }));
  return out;
}

/** QR code to the page, the short address under it and the checked date: anchored at the bottom. */
export function qrBlock(g: CardGeometry, url: string, shortUrl: string, note?: string): Element {
  const slash = shortUrl.indexOf('/');
  const lines = slash > 0 ? [shortUrl.slice(0, slash), shortUrl.slice(slash)] : [shortUrl];
  return column(g, [
    div({ alignItems: 'flex-end' }, [
      qrCode(url, mm(18)),
      text({ marginLeft: 6, fontSize: SIZE.small, lineHeight: 1.25, color: MUTED, flexShrink: 1 }, 'Scan voor meer uitleg.'),
    ]),
    ...lines.map((l) => text({ fontSize: 7, lineHeight: 1.25, color: INK, marginTop: 2 }, l)),
    ...(note ? [text({ fontSize: 7, color: MUTED, marginTop: 3 }, note)] : []),
  ]);
}
