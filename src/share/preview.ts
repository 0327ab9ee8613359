/**
 * The link preview of an offer (1200 x 630, what WhatsApp and mail clients show under a pasted link),
 * as an element tree laid out by the cards' engine (src/fan/flow.ts). Pure: the facts come from the
 * model, the drawing from the fan's builders.
 */
import { describeOffer } from '../model/describe.ts';
import { shortUrl } from '../model/contact.ts';
import { priceSummary, type PriceLine } from '../model/offer-facts.ts';
import type { Offer, Site } from '../model/types.ts';
import { t } from '../i18n/nl.ts';
import { FONT_FAMILY, textWidth } from '../fan/fonts.ts';
import { div, icon, text, type Element } from '../fan/tree.ts';
import { colour, previewSpace, previewType, textOn } from '../design/tokens.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The offers with a preview of their own, og/<id>.png: og/site.png is the site's (src/source/reserved.ts refuses an offer named "site"). */
export const offersWithOwnPreview = (site: Site): readonly Offer[] => site.offers.filter((o) => o.id !== 'site');

/** Long titles get a smaller size so that three lines always hold them; the layout ends the rest with "…". */
function titleSize(title: string): number {
  const [short, medium, long] = previewType.title;
  if (title.length <= 32) return short;
  if (title.length <= 60) return medium;
  return long;
}

/**
 * The normal price and the cheapest discount: what a resident needs to decide whether to click.
 * Without a discount to pay less with, the first refund ("krijg je € 36 terug") is shown instead.
 */
export function previewPrices(prices: readonly PriceLine[]): PriceLine[] {
  const [normal, ...rest] = prices;
  if (!normal) return [];
  const discounts = rest.filter((l) => l.kind === 'discount');
  const cheapest = discounts.reduce<PriceLine | undefined>((best, line) => (!best || line.amount! < best.amount! ? line : best), undefined);
  const second = cheapest ?? rest.find((l) => l.kind === 'refund');
  return second ? [normal, second] : [normal];
}

function band(background: string, iconName: string, label: string): Element {
  const ink = textOn(background);
  return div({ backgroundColor: background, height: previewSpace.band, paddingLeft: previewSpace.edge, paddingRight: previewSpace.edge, alignItems: 'center' }, [
    icon(iconName, previewSpace.bandIcon, ink),
    text({ marginLeft: 28, color: ink, fontSize: previewType.band, fontWeight: 700 }, label),
  ]);
}

/** A rule in the category's colour, then the site's name and its address at both ends of a line. */
function footer(site: Site, line: string, label: string): Element {
  return div({ flexDirection: 'column' }, [
    div({ height: 6, backgroundColor: line }),
    div({ marginTop: 26, justifyContent: 'space-between', alignItems: 'center' }, [
      text({ fontSize: previewType.footer, fontWeight: 700, color: colour.text }, label),
      text({ marginLeft: 32, fontSize: previewType.address, color: colour.muted, flexShrink: 0 }, shortUrl(site.settings.url)),
    ]),
  ]);
}

function page(children: Element[]): Element {
  return div(
    { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, flexDirection: 'column', backgroundColor: colour.bg, fontFamily: FONT_FAMILY, color: colour.text },
    children,
  );
}

/** Below the band: the facts at the top, the footer at the bottom. */
const body = (children: Element[]): Element =>
  div({ flexDirection: 'column', height: PREVIEW_HEIGHT - previewSpace.band, justifyContent: 'space-between', paddingTop: 44, paddingLeft: previewSpace.edge, paddingRight: previewSpace.edge, paddingBottom: 40 }, children);

const clamp = (size: number, lines: number) =>
  ({ fontSize: size, fontWeight: 700, lineHeight: 1.12, lineClamp: lines, textWrap: 'balance' }) as const;

/** The normal price and the cheapest discount on one line when both fit, else one under the other. */
function prices(normal: PriceLine | undefined, discount: PriceLine | undefined): Element {
  const room = PREVIEW_WIDTH - 2 * previewSpace.edge;
  const oneLine = !normal || !discount || textWidth(normal.text, previewType.price, true) + 32 + textWidth(discount.text, previewType.detail) <= room;
  return div({ flexDirection: oneLine ? 'row' : 'column', alignItems: oneLine ? 'baseline' : 'flex-start', marginTop: 26 }, [
    ...(normal ? [text({ fontSize: previewType.price, fontWeight: 700 }, normal.text)] : []),
    ...(discount ? [text({ fontSize: previewType.detail, color: colour.text, ...(normal ? (oneLine ? { marginLeft: 32 } : { marginTop: 12 }) : {}) }, discount.text)] : []),
  ]);
}

export function offerPreview(site: Site, offer: Offer): Element {
  const d = describeOffer(site, offer);
  const [normal, discount] = previewPrices(d.prices);
  return page([
    band(d.category.colour, d.category.icon, d.category.name),
    body([
      div({ flexDirection: 'column' }, [
        text(clamp(titleSize(offer.title), 3), offer.title),
        prices(normal, discount),
      ]),
      footer(site, d.category.colour, site.settings.title),
    ]),
  ]);
}

/** The preview of every page without its own: the home page's promise and the categories' pictograms. */
export function sitePreview(site: Site): Element {
  const { settings } = site;
  return page([
    band(colour.accent, 'map-pin', settings.municipality),
    body([
      div({ flexDirection: 'column' }, [
        text(clamp(previewType.title[0], 2), settings.title),
        text({ marginTop: 24, fontSize: previewType.detail, lineHeight: 1.25, color: colour.text }, t.home_.intro(settings.municipality)),
        // Ten dots of 72 px with 18 px between them fit the width: one line.
        div({ marginTop: 24 }, site.categories.slice(0, 10).map((c, i) =>
          div({ width: 72, height: 72, borderRadius: 36, backgroundColor: c.colour, alignItems: 'center', justifyContent: 'center', ...(i ? { marginLeft: 18 } : {}) }, [icon(c.icon, 44, textOn(c.colour))]))),
      ]),
      footer(site, colour.accent, `Editie ${settings.edition}`),
    ]),
  ]);
}

/** What the image shows, in words, for og:image:alt. */
export function offerPreviewAlt(site: Site, offer: Offer): string {
  const d = describeOffer(site, offer);
  // A refund is a sentence of its own ("Met de participatiepas krijg je € 36 terug.").
  const prices = priceSummary(previewPrices(d.prices)).replace(' · ', ', ').replace(/\.$/, '');
  return `${d.category.name}: ${offer.title}. ${prices}. ${site.settings.title}.`;
}

export function sitePreviewAlt(site: Site): string {
  return `${site.settings.title}. ${t.home_.intro(site.settings.municipality)}`;
}
