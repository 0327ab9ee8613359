/**
 * Every public address the site emits, in one place.
 *
 * A site may live under a path (a GitHub Pages project site: `https://owner.github.io/waaier/`).
 * site.yaml's `url` says where; astro.config.mjs derives Astro's `base` from the same `url`, and
 * every page, component, sitemap, PDF, QR code, link preview and open-data file asks this module for
 * its links, so none of them can forget the path. Paths (`offer('x')` -> `/waaier/aanbod/x/`) are for
 * links inside the site; `absolute()` and the `…Url` helpers give full addresses for what leaves the
 * site (QR codes, canonical, og:url, JSON-LD, sitemap, open data).
 *
 * Pure: no Astro, no I/O, so the model, the workers and the scripts use it too.
 */

/** The path part of site.yaml's `url`, with a slash at both ends: `/` or `/waaier/`. */
export function basePath(siteUrl: string): string {
  const { pathname } = new URL(siteUrl);
  const trimmed = pathname.replace(/\/+$/, '');
  return `${trimmed}/`;
}

/** Prefixes a site-relative link (`/a-z/`) with the base path; any other link is returned as it is. */
export function withBase(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base !== '/' && (href === base.slice(0, -1) || href.startsWith(base))) return href;
  return `${base}${href.slice(1)}`;
}

export interface Routes {
  /** `/` or `/waaier/`: what Astro calls `base`. */
  readonly base: string;
  /** The full address of the home page, always with a trailing slash. */
  readonly homeUrl: string;
  home(): string;
  offer(id: string): string;
  category(id: string): string;
  partner(id: string): string;
  scheme(id: string): string;
  /** A free page from content/paginas. */
  page(id: string): string;
  az(): string;
  free(): string;
  search(): string;
  /** What changed since the printed fan (/nieuw/), and the same list as PDF. */
  changes(): string;
  changesPdf(): string;
  /** A fan made to measure (/op-maat/), its data, and one A4 PDF of cards per category. */
  madeToMeasure(): string;
  madeToMeasureData(): string;
  categorySheet(id: string): string;
  /** The whole fan for office printers (A4). */
  fanPdf(): string;
  /** The whole fan for print shops (one card per page, with bleed). */
  printShopPdf(): string;
  /** One card of the fan, for referrers. */
  cardPdf(id: string): string;
  offerPreview(id: string): string;
  sitePreview(): string;
  openDataJson(): string;
  openDataCsv(): string;
  sitemap(): string;
  robots(): string;
  favicon(): string;
  /** The folder of the pagefind bundle (pagefind.js and the index), with a trailing slash. */
  pagefind(): string;
  /** A site-relative link written without the base (`/a-z/`, from a partner's Markdown) made base-aware. */
  link(href: string): string;
  /** A path of this site (as returned above) as a full address for things that leave the site. */
  absolute(path: string): string;
  offerUrl(id: string): string;
}

const cache = new Map<string, Routes>();

/** The routes of the site at `siteUrl` (site.yaml's `url`, with or without a trailing slash). */
export function routesFor(settings: { readonly url: string }): Routes {
  const known = cache.get(settings.url);
  if (known) return known;
  const base = basePath(settings.url);
  const { origin } = new URL(settings.url);
  const at = (rest: string): string => `${base}${rest}`;
  const routes: Routes = {
    base,
    homeUrl: `${origin}${base}`,
    home: () => base,
    offer: (id) => at(`aanbod/${id}/`),
    category: (id) => at(`categorie/${id}/`),
    partner: (id) => at(`partner/${id}/`),
    scheme: (id) => at(`korting/${id}/`),
    page: (id) => at(`${id}/`),
    az: () => at('a-z/'),
    free: () => at('gratis/'),
    search: () => at('zoeken/'),
    changes: () => at('nieuw/'),
    changesPdf: () => at('nieuw.pdf'),
    madeToMeasure: () => at('op-maat/'),
    madeToMeasureData: () => at('op-maat/kaarten.json'),
    categorySheet: (id) => at(`op-maat/soort/${id}.pdf`),
    fanPdf: () => at('waaier.pdf'),
    printShopPdf: () => at('waaier-drukker.pdf'),
    cardPdf: (id) => at(`kaart/${id}.pdf`),
    offerPreview: (id) => at(`og/${id}.png`),
    sitePreview: () => at('og/site.png'),
    openDataJson: () => at('aanbod.json'),
    openDataCsv: () => at('aanbod.csv'),
    sitemap: () => at('sitemap.xml'),
    robots: () => at('robots.txt'),
    favicon: () => at('favicon.svg'),
    pagefind: () => at('pagefind/'),
    link: (href) => withBase(base, href),
    absolute: (path) => new URL(path, `${origin}${base}`).href,
    offerUrl: (id) => `${origin}${at(`aanbod/${id}/`)}`,
  };
  cache.set(settings.url, routes);
  return routes;
}
