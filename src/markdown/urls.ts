/**
 * What an address in a partner's Markdown points to, judged the way a browser reads it: the
 * WHATWG URL parser (the one browsers use) after the clean-up a browser does itself (leading and
 * trailing control characters and spaces go, tabs and newlines anywhere are ignored). Markdown
 * has already decoded entities such as `&#106;` when the tree is built.
 */

/** A base that can never be a real host: only relative addresses resolve onto it. */
const BASE = 'https://site.vrijetijdswaaier.invalid/pagina/';
const BASE_ORIGIN = new URL(BASE).origin;

export type UrlKind =
  /** A path on this site: "/aanbod/zwemmen/", "../gratis/", "#inschrijven". */
  | 'site'
  /** http: or https: with a host. */
  | 'web'
  | 'mailto'
  | 'tel'
  /** No scheme, yet another host: "//example.com", "\\example.com". */
  | 'other-host'
  /** javascript:, data:, vbscript:, file:, or anything else a browser might run or open. */
  | 'forbidden';

/** The address as the browser's URL parser sees it. */
export function cleanUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

export function judgeUrl(url: string): UrlKind {
  const clean = cleanUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(clean, BASE);
  } catch {
    return 'forbidden';
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(clean);
  if (!hasScheme) return parsed.origin === BASE_ORIGIN ? 'site' : 'other-host';
  switch (parsed.protocol) {
    case 'http:':
    case 'https:':
      // "https:example.be" resolves on the page's own host: not the site the partner meant.
      if (parsed.origin === BASE_ORIGIN) return 'other-host';
      return parsed.hostname !== '' ? 'web' : 'forbidden';
    case 'mailto:':
      return 'mailto';
    case 'tel:':
      return 'tel';
    default:
      return 'forbidden';
  }
}

/** Addresses a link may have. */
export function isSafeLink(url: string): boolean {
  const kind = judgeUrl(url);
  return kind === 'site' || kind === 'web' || kind === 'mailto' || kind === 'tel';
}
