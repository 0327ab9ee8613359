/** The text of `npm run check -- --per-partner`: one block per partner, to send as a to-do list. */
import path from 'node:path';
import { formatDate } from '../model/calendar.ts';
import { staleOffersByPartner } from '../model/to-do.ts';
import type { CheckResult } from './read-content.ts';

export function formatToDo(result: CheckResult): string[] {
  const site = result.partialSite;
  if (!site) return ['De lijst per partner kan niet gemaakt worden: site.yaml heeft een fout. Voer npm run check uit en verbeter eerst die fout.'];
  const lines = [`Aanbod om na te kijken, per partner (datum: ${formatDate(site.buildDate)}). Een aanbod is te oud als het langer dan ${site.settings.staleAfterMonths} maanden geleden nagekeken is.`, ''];
  const list = staleOffersByPartner(site);
  for (const { partner, offers } of list) {
    const reach = [partner.email, partner.phone?.display].filter(Boolean).join(', ');
    lines.push(`${partner.name}${reach ? ` (${reach})` : ''}`);
    for (const s of offers) {
      const when = s.stale ? `te oud sinds ${formatDate(s.staleFrom)}` : `te oud vanaf ${formatDate(s.staleFrom)}`;
      lines.push(`  - ${s.offer.title} (${path.relative(process.cwd(), path.join(result.contentDir, s.offer.source))}): nagekeken op ${formatDate(s.offer.checked)}, ${when}`);
    }
    lines.push('');
  }
  if (list.length === 0) lines.push('Niets na te kijken: al het aanbod is de komende maand nog actueel.', '');
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) lines.push(`Let op: er ${errors === 1 ? 'is 1 fout' : `zijn ${errors} fouten`} in de inhoud. Aanbod met een fout staat niet in deze lijst. Voer npm run check uit.`);
  return lines;
}
