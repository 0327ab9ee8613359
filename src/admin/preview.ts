/**
 * The editor's preview of an offer: the facts as the offer's page shows them, with the same words
 * (describeOffer, the site's interface texts) and the site's own stylesheet (registered as preview
 * style). The body is Decap's rendering of the Markdown.
 */
import { createElement as h, type ReactNode } from 'react';
import { describeOffer } from '../model/describe.ts';
import { capitalise } from '../model/labels.ts';
import { t } from '../i18n/nl.ts';
import type { EntryCheck } from './check-entry.ts';
import { publishEntry, type EntryLike } from './check-widget.ts';

interface PreviewProps {
  entry: EntryLike;
  widgetFor: (name: string) => ReactNode;
}

const fact = (id: string, heading: string, ...children: ReactNode[]) =>
  h('section', { className: 'vtw-fact', 'aria-labelledby': id, key: id }, h('h2', { id, className: 'vtw-fact__heading' }, heading), ...children);

export function offerPreview(check: (entry: EntryLike) => EntryCheck) {
  return function OfferPreview({ entry, widgetFor }: PreviewProps) {
    publishEntry(entry);
    const result = check(entry);
    if (!result.site || !result.offer) {
      const errors = result.messages.filter((m) => m.severity === 'error');
      return h('main', { className: 'vtw-main' },
        h('p', { className: 'vtw-notice', role: 'note' }, 'Hier zie je je aanbod zoals op de website, zodra de controle in orde is.'),
        h('ul', null, errors.map((m, i) => h('li', { key: i }, m.where ? `${m.where}: ${m.message}` : m.message))));
    }
    const d = describeOffer(result.site, result.offer);
    const offer = d.offer;
    const facts: ReactNode[] = [
      fact('feit-prijs', t.offer.price,
        h('ul', { className: 'vtw-prices', key: 'p' }, d.prices.map((p, i) => h('li', { key: i, className: i > 0 ? 'vtw-prices__item vtw-prices__item--discount' : 'vtw-prices__item' }, p.text))),
        offer.price.note ? h('p', { key: 'n' }, offer.price.note) : null),
    ];
    if (d.slots.length > 0 || d.scheduleNote || d.season) {
      facts.push(fact('feit-wanneer', t.offer.when,
        d.slots.length > 0 ? h('ul', { className: 'vtw-fact__list', key: 's' }, d.slots.map((s, i) => h('li', { key: i }, s))) : null,
        d.season ? h('p', { key: 'se' }, `${capitalise(d.season)}.`) : null,
        d.scheduleNote ? h('p', { key: 'no' }, d.scheduleNote) : null));
    }
    if (d.place) {
      facts.push(fact('feit-waar', t.offer.where,
        ...[d.place.name, d.place.address, d.place.transit, d.place.wheelchair].filter(Boolean).map((line, i) => h('p', { key: i }, line))));
    }
    facts.push(fact('feit-voor-wie', t.offer.forWhom, h('p', { key: 'a' }, d.audience), d.languages ? h('p', { key: 'l' }, `${t.offer.languages} ${d.languages}`) : null));
    if (d.signUp) {
      facts.push(fact('feit-inschrijven', t.offer.signUp, h('p', { key: 't' }, d.signUp.text), d.signUp.how ? h('p', { key: 'h' }, d.signUp.how) : null,
        d.signUp.bring.length > 0 ? h('ul', { className: 'vtw-fact__list', key: 'b' }, d.signUp.bring.map((b, i) => h('li', { key: i }, b))) : null));
    }
    if (d.thresholds.length > 0) {
      facts.push(fact('feit-makkelijker', t.offer.easier, h('ul', { className: 'vtw-fact__list', key: 'th' }, d.thresholds.map((th) => h('li', { key: th.id }, th.label)))));
    }
    if (d.contact) {
      facts.push(fact('feit-contact', t.offer.contact,
        d.contact.phone ? h('p', { key: 'ph' }, `${t.offer.call} ${d.contact.phone.display}`) : null,
        d.contact.email ? h('p', { key: 'em' }, d.contact.email) : null,
        d.contact.website ? h('p', { key: 'we' }, `${t.offer.website}: ${d.contact.website}`) : null));
    }
    return h('main', { className: 'vtw-main' },
      h('article', { className: 'vtw-offer', style: { '--vtw-cat': d.category.colour } as Record<string, string> },
        h('p', { className: 'vtw-offer__category' }, d.category.name),
        h('h1', { className: 'vtw-offer__title' }, offer.title),
        h('p', { className: 'vtw-offer__summary' }, offer.summary),
        d.freshness === 'stale' ? h('p', { className: 'vtw-notice', role: 'note' }, h('strong', null, t.offer.stale)) : null,
        h('div', { className: 'vtw-facts' }, ...facts),
        h('div', { className: 'vtw-prose' }, widgetFor('body')),
        h('p', { className: 'vtw-offer__meta' }, `${t.offer.checked(d.checked)} ${t.offer.partner} ${d.partner.name}.`)));
  };
}

/** The other folders: their text as the site shows it, and the current entry for the check. */
export function textPreview(titleKey: string) {
  return function TextPreview({ entry, widgetFor }: PreviewProps) {
    publishEntry(entry);
    const data = entry.get('data') as { get: (k: string) => unknown };
    return h('main', { className: 'vtw-main' }, h('h1', null, String(data.get(titleKey) ?? '')), h('div', { className: 'vtw-prose' }, widgetFor('body')));
  };
}
