/** Links that open a resident's own app with the offer filled in: no script, no tracking, no account. */
import { offerUrl } from '../model/offer-facts.ts';
import type { Offer, Site } from '../model/types.ts';

export const SHARE_TEXT = {
  heading: 'Deel deze activiteit',
  whatsapp: 'Deel via WhatsApp',
  email: 'Deel via e-mail',
  /** Read after the link text by screen readers, so the target is clear before it opens another app. */
  opensApp: '(opent een andere app)',
} as const;

// encodeURIComponent, not URLSearchParams: mail apps show a "+" from form encoding as a plus, not a space.
const query = (params: Record<string, string>): string =>
  Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');

export function whatsappLink(site: Site, offer: Offer): string {
  return `https://wa.me/?${query({ text: `${offer.title}\n${offerUrl(site.settings, offer)}` })}`;
}

export function emailLink(site: Site, offer: Offer): string {
  const body = `${offer.summary}\n\nMeer informatie: ${offerUrl(site.settings, offer)}\n\n${site.settings.title}`;
  return `mailto:?${query({ subject: offer.title, body })}`;
}
