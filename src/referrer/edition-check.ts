/**
 * `npm run check` rule: the snapshot of the printed fan (content/editie.json) exists and is of the
 * edition site.yaml names. Warnings only: the site is fine without it, but /nieuw/ cannot tell
 * referrers what changed since their printed fan.
 */
import type { ExtraCheck } from '../model/build-site.ts';
import type { Problem } from '../model/problem.ts';
import { EDITION_FILE, readEdition } from './edition-file.ts';

export function editionCheck(contentDir: string): ExtraCheck {
  return (site) => {
    const found = readEdition(contentDir);
    const warn = (source: string, path: string[], message: string): Problem[] => [{ severity: 'warning', source, path, message }];
    if (found.state === 'missing') {
      return warn('site.yaml', ['editie'], `Er is nog geen gedrukte waaier vastgelegd (${EDITION_FILE} ontbreekt). Voer npm run editie uit als je de waaier laat drukken, en bewaar ${EDITION_FILE} mee met de bestelling. Dan toont de pagina /nieuw/ wat er sindsdien veranderd is.`);
    }
    if (found.state === 'broken') {
      return warn(EDITION_FILE, [], `${found.reason} Maak het opnieuw met npm run editie, of zet de vorige versie terug. Tot dan toont /nieuw/ geen veranderingen.`);
    }
    if (found.edition.edition !== site.settings.edition) {
      return warn('site.yaml', ['editie'], `De vastgelegde gedrukte waaier (${EDITION_FILE}) is van editie ${found.edition.edition}, maar hier staat ${site.settings.edition}. Voer npm run editie uit als de waaier van ${site.settings.edition} gedrukt wordt. Tot dan vergelijkt /nieuw/ met de waaier van ${found.edition.edition}.`);
    }
    return [];
  };
}
