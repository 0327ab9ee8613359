/**
 * `npm run editie`: records the fan as it is printed now in content/editie.json (which cards, with
 * their title, price, when, where and contact). Run it when you send the fan to the printer and
 * commit the file with the print order; from then on /nieuw/ lists what changed since.
 * Environment: CONTENT_DIR (content folder), BUILD_DATE (YYYY-MM-DD, the day of the print order).
 */
import path from 'node:path';
import { buildDate, checkContentFully, contentDirectory, formatProblem } from '../src/source/read-content.ts';
import { parallelFanProblems } from '../src/workers/parallel-layout.ts';
import { currentEdition } from '../src/referrer/edition.ts';
import { EDITION_FILE, readEdition, writeEdition } from '../src/referrer/edition-file.ts';
import { readCommandLine } from './lib/args.ts';

readCommandLine({
  usage: 'npm run editie',
  language: 'nl',
  options: {},
  notes: [
    `Legt de waaier vast zoals hij nu gedrukt wordt, in ${EDITION_FILE} in de map met inhoud.`,
    'Doe dit als je de waaier laat drukken, en bewaar het bestand mee met de bestelling (commit).',
  ],
});

let today: string;
try {
  today = buildDate();
} catch {
  console.error(`BUILD_DATE is geen geldige datum: "${process.env['BUILD_DATE']}". Schrijf jaar-maand-dag, zoals 2026-09-01, of laat BUILD_DATE weg.`);
  process.exit(2);
}

const dir = contentDirectory();
// The same check as the build: an edition is only recorded for a fan that can really be printed.
const result = await checkContentFully(dir, { buildDate: today, asyncChecks: [parallelFanProblems()] });
if (result.failed || !result.site) {
  console.log('De waaier is niet vastgelegd: er zijn fouten in de inhoud. Verbeter ze eerst (npm run check):');
  for (const p of result.problems.filter((x) => x.severity === 'error')) console.log(formatProblem(p));
  process.exit(1);
}

const before = readEdition(dir);
const edition = currentEdition(result.site, today);
const file = writeEdition(dir, edition);
const shown = path.relative(process.cwd(), file) || file;
const replaced = before.state === 'ok' ? ` Het vervangt de vastgelegde waaier van ${before.edition.edition} (${before.edition.recordedOn}).` : '';
console.log(`De waaier ${edition.edition} is vastgelegd in ${shown}: ${edition.cards.length} ${edition.cards.length === 1 ? 'kaart' : 'kaarten'}.${replaced}`);
console.log(`Bewaar ${shown} mee met de drukopdracht (git add ${shown} && git commit). Vanaf nu toont /nieuw/ wat er sindsdien verandert.`);
