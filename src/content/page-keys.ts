/**
 * Cache keys for Astro's incremental build (astro.config.mjs, `experimental.incrementalBuild`): a
 * page that returns a `cacheKey` from getStaticPaths is not rendered again when its key and its
 * code (Astro hashes the page's modules) are the same as in the last build; the last build's file
 * stays. The key must therefore change whenever anything else the page shows changes.
 *
 * An offer page shows its own offer and site-wide facts (settings, categories, partners, discount
 * schemes, the free pages in the menu, the build date, the check's report), the printed edition's
 * changes for this offer, and where the content folder is (the partners' edit link); never
 * another offer. The key hashes exactly that: a changed offer renders its own page again, a
 * changed category, partner, setting or date renders every offer page again.
 * tests/build/incremental.test.ts builds after such changes and compares every page with a full
 * build.
 */
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { config } from 'virtual:vrijetijdswaaier/build';
import type { Offer, Site } from '../model/types.ts';
import { changedCard } from '../referrer/changes-site.ts';

/** Bump when an offer page starts to show something the key does not cover. */
const OFFER_PAGE_KEY = 'offer-page 1';

const siteKeys = new WeakMap<Site, string>();

/** Everything site-wide, once per Site: structured-cloned bytes, so no value is left out of the hash. */
function siteKey(site: Site): string {
  let key = siteKeys.get(site);
  if (!key) {
    const { offers: _offers, ...siteWide } = site;
    key = createHash('sha256').update(serialize({ siteWide, contentDir: config.contentDir })).digest('hex');
    siteKeys.set(site, key);
  }
  return key;
}

export function offerPageKey(site: Site, offer: Offer): string {
  return createHash('sha256')
    .update(OFFER_PAGE_KEY)
    .update(siteKey(site))
    .update(serialize({ offer, edition: changedCard(site, offer.id) ?? null }))
    .digest('hex');
}
