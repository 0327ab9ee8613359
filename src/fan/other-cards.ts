/** The cards around the offers: the cover, one divider per category, and the discount card at the back. */
import type { Category, Site } from '../model/types.ts';
import { shortUrl } from '../model/contact.ts';
import { routesFor } from '../routes.ts';
import { band, body, column, label, name, oneLine, unbroken, type Block } from './blocks.ts';
import { cardSpace, cardType, colour, textOn } from '../design/tokens.ts';
import { describeScheme } from '../model/describe.ts';
import { BLEED, SAFE, type CardGeometry } from './geometry.ts';
import { addressLines, contactLines, qrBlock } from './offer-card.ts';
import { firstParagraph } from './plain-text.ts';
import { div, icon, text } from './tree.ts';
import { textWidth } from './fonts.ts';

/** The site's title is a name: never hyphenated. It gets the largest size at which every word fits. */
function siteTitle(g: CardGeometry, title: string) {
  const longest = Math.max(...title.split(/\s+/).map((w) => textWidth(w, 1, true)));
  const size = cardType.siteTitle.find((s) => longest * s <= g.contentWidth) ?? cardType.body;
  return text({ fontSize: size, fontWeight: 700, lineHeight: 1.15, color: colour.text }, title, 'H1');
}

export function coverBlocks(g: CardGeometry, site: Site): Block[] {
  const s = site.settings;
  const c = s.contact;
  return [
    { key: 'band', place: 'band', element: band(g, colour.accent, 'cards', 'Vrije tijd') },
    { key: 'title', place: 'flow', path: ['titel'], what: 'de titel', element: column(g, [
      siteTitle(g, s.title),
      body(`Editie ${s.edition}`, { marginTop: 3 }),
    ]) },
    { key: 'how', place: 'flow', element: column(g, [
      label('Zo gebruik je de waaier'),
      body(`Elke kaart is een activiteit in ${s.municipality}.`, {}, 'LI'),
      body('De kleur toont het soort activiteit.', {}, 'LI'),
      body('Op elke kaart staat wat je betaalt. Ook met korting.', {}, 'LI'),
      body('Scan de QR-code voor meer uitleg.', {}, 'LI'),
    ]) },
    { key: 'contact', place: 'flow', path: ['contact'], what: 'het contact', element: column(g, [
      label('Hulp nodig? Wij helpen je graag.'),
      name(c.name),
      ...contactLines(g, { ...c, website: undefined }),
      ...(c.address ? addressLines(c.address) : []),
    ]) },
    { key: 'qr', place: 'bottom', element: qrBlock(g, routesFor(s).homeUrl, shortUrl(routesFor(s).homeUrl)) },
  ];
}

/** A divider: the whole printable part in the category colour, with its pictogram and name. */
export function dividerBlocks(g: CardGeometry, category: Category, count: number): Block[] {
  const intro = firstParagraph(category.body);
  const ink = textOn(category.colour);
  return [{
    key: 'band', place: 'band', path: [], what: 'de uitleg onder de naam van de categorie',
    element: div({ flexDirection: 'column', height: g.contentBottom - BLEED - SAFE, backgroundColor: category.colour, paddingLeft: g.contentLeft, paddingRight: BLEED + SAFE, paddingTop: BLEED + SAFE }, [
      icon(category.icon, cardSpace.iconDivider, ink),
      text({ marginTop: 8, fontSize: cardType.display, fontWeight: 700, lineHeight: 1.15, color: ink }, category.name, 'H1'),
      ...(intro ? [body(intro, { marginTop: 8, color: ink })] : []),
      body(count === 1 ? '1 kaart' : `${count} kaarten`, { marginTop: 8, color: ink, fontWeight: 700 }),
    ]),
  }];
}

export function schemesBlocks(g: CardGeometry, site: Site): Block[] {
  const blocks: Block[] = [
    { key: 'band', place: 'band', element: band(g, colour.accent, 'discount', 'Korting') },
    { key: 'title', place: 'flow', element: column(g, [
      text({ fontSize: cardType.title, fontWeight: 700, lineHeight: 1.15, color: colour.text }, 'Minder betalen', 'H1'),
      body('Met deze kortingen betaal je minder. Op elke kaart zie je wat je betaalt.', { marginTop: 3 }),
    ]) },
  ];
  const schemes = site.schemes.map(describeScheme);
  for (const { scheme, howToGet, steps } of schemes) {
    const where = firstParagraph(scheme.body);
    // How to get it: the `aanvragen` steps, in the words of the scheme's page (describeScheme);
    // without them, the first paragraph of the scheme's text.
    const how = steps.length
      ? [label(howToGet, 'H3'), ...steps.flatMap((step, i) => [
          body(`${i + 1}. ${step.text}`, {}, 'LI'),
          ...(step.phone ? [oneLine(g, step.phone.display, [cardType.phone, cardType.body], { fontWeight: 700, marginLeft: 14 }) ?? unbroken(step.phone.display, cardType.body, { fontWeight: 700 })] : []),
        ])]
      : where ? [label('Hoe krijg je het?', 'H3'), body(where)] : [];
    blocks.push({
      key: `scheme-${scheme.id}`, place: 'flow', source: scheme.source,
      path: steps.length ? ['aanvragen'] : ['kort'], what: steps.length ? 'de tekst bij aanvragen' : 'de korte uitleg (kort) of de eerste alinea',
      element: column(g, [
        text({ fontSize: cardType.price, fontWeight: 700, lineHeight: 1.2, color: colour.text }, scheme.name, 'H2'),
        body(scheme.short),
        ...how,
      ]),
    });
  }
  // The help desk once more, only when a scheme has no phone number of its own.
  const phone = site.settings.contact.phone;
  if (phone && schemes.some((d) => !d.steps.some((s) => s.phone))) {
    blocks.push({ key: 'help', place: 'bottom', element: column(g, [
      label('Vragen over korting?'), name(site.settings.contact.name),
      oneLine(g, phone.display, [cardType.phone, cardType.body], { fontWeight: 700 }) ?? body(phone.display),
    ]) });
  }
  return blocks;
}
