/** The build's short report: what was published, and every offer left out with its reason. */
import type { Site } from '../model/types.ts';
import { isOnFan } from '../model/offer-facts.ts';

export function formatReport(site: Site, contentDir: string): string[] {
  const onFan = site.offers.filter((o) => isOnFan(o, site.settings, site.buildDate)).length;
  const lines = [
    `Inhoud uit ${contentDir} (datum van de build: ${site.buildDate})`,
    `${site.offers.length} aanbod gepubliceerd op de site, ${onFan} daarvan in de waaier.`,
  ];
  const notPublished = site.report.filter((r) => r.outcome === 'not-published');
  const notOnFan = site.report.filter((r) => r.outcome === 'not-on-fan');
  if (notPublished.length > 0) {
    lines.push(`Niet gepubliceerd (${notPublished.length}):`);
    for (const r of notPublished) lines.push(`  - ${r.source}: ${r.reason}`);
  }
  if (notOnFan.length > 0) {
    lines.push(`Op de site, maar niet in de waaier (${notOnFan.length}):`);
    for (const r of notOnFan) lines.push(`  - ${r.source}: ${r.reason}`);
  }
  return lines;
}
