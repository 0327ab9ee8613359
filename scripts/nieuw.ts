/**
 * `npm run nieuw`: makes a new offer file from content/aanbod/_sjabloon.md. Asks the title,
 * category, partner and price, or takes them as flags:
 *   npm run nieuw -- --titel "Zwemmen" --categorie sport --partner sportdienst --prijs 4,50 --ja
 * Never overwrites a file: when the name is taken it proposes another one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { buildDate, checkContent, contentDirectory, formatProblem, readCollectionFiles } from '../src/source/read-content.ts';
import { fillTemplate, freeOfferId, normalisePriceInput } from '../src/source/new-offer.ts';
import { toId } from '../src/model/suggest.ts';
import { describeFailure } from '../src/source/failure.ts';
import { readCommandLine } from './lib/args.ts';

const { values } = readCommandLine({
  usage: 'npm run nieuw [-- --titel "..." --categorie sport --partner sportdienst --prijs 4,50 --samenvatting "..." --ja]',
  language: 'nl',
  options: {
    titel: { type: 'string', value: '"..."', description: 'de titel van het aanbod' },
    samenvatting: { type: 'string', value: '"..."', description: 'een of twee korte zinnen over het aanbod' },
    categorie: { type: 'string', value: 'sport', description: 'de categorie (de naam van een bestand in categorieen/)' },
    partner: { type: 'string', value: 'sportdienst', description: 'de partner (de naam van een bestand in partners/)' },
    prijs: { type: 'string', value: '4,50', description: 'wat iedereen betaalt, in euro, of "gratis"' },
    ja: { type: 'boolean', default: false, description: 'stel geen vragen' },
  },
  notes: ['Zonder --ja stel ik vragen voor wat ontbreekt. Met --ja stel ik geen vragen.'],
});

const dir = contentDirectory();
const choices = (folder: 'categorieen' | 'partners') =>
  readCollectionFiles(dir, folder).map((f) => ({ id: f.id, name: String((f.data as { naam?: unknown }).naam ?? f.id) }));
const categories = choices('categorieen');
const partners = choices('partners');

const interactive = !values.ja;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const stop = (message: string): never => {
  console.error(message);
  rl?.close();
  process.exit(1);
};

// A bad BUILD_DATE is one Dutch line before any question, not a stack trace after them.
let today: string;
try {
  today = buildDate();
} catch (error) {
  stop(describeFailure(error));
}

// Reading lines through the iterator (not rl.question) keeps answers that arrive before the
// question is asked, as when answers are piped in.
const lines = rl?.[Symbol.asyncIterator]();
async function ask(question: string): Promise<string> {
  if (!lines) return '';
  process.stdout.write(question);
  const next = await lines.next();
  if (next.done) return stop('\nGeen antwoord gekregen. Er is niets gemaakt.');
  return String(next.value).trim();
}

async function askText(given: string | undefined, question: string, flag: string, optional = false): Promise<string | undefined> {
  if (given?.trim()) return given.trim();
  if (!rl) return optional ? undefined : stop(`Geef ${flag} mee, of laat --ja weg om de vragen te krijgen.`);
  for (;;) {
    const answer = await ask(question);
    if (answer || optional) return answer || undefined;
    console.log('Dit is verplicht. Probeer opnieuw.');
  }
}

async function choose(given: string | undefined, list: { id: string; name: string }[], what: string, flag: string): Promise<string> {
  if (list.length === 0) stop(`Er zijn nog geen ${what} in ${path.join(dir, what)}. Maak er eerst een aan (zie het sjabloon daar).`);
  const pick = (answer: string) => {
    const n = Number(answer);
    if (Number.isInteger(n) && n >= 1 && n <= list.length) return list[n - 1]!.id;
    return list.find((x) => x.id === answer.toLowerCase())?.id;
  };
  if (given) {
    const found = pick(given);
    if (found) return found;
    if (!rl) stop(`"${given}" is geen bekende ${flag}. Kies uit: ${list.map((x) => x.id).join(', ')}.`);
    console.log(`"${given}" is geen bekende ${flag}.`);
  }
  if (!rl) return stop(`Geef --${flag} mee. Kies uit: ${list.map((x) => x.id).join(', ')}.`);
  console.log(`Kies een ${flag}:`);
  list.forEach((x, i) => console.log(`  ${i + 1}. ${x.name} (${x.id})`));
  for (;;) {
    const found = pick(await ask(`Nummer (1 tot ${list.length}): `));
    if (found) return found;
    console.log('Dat nummer staat niet in de lijst. Probeer opnieuw.');
  }
}

async function askPrice(given: string | undefined): Promise<string> {
  let input = given;
  for (;;) {
    if (input !== undefined) {
      const price = normalisePriceInput(input);
      if (price) return price;
      const message = `"${input}" is geen bedrag. Schrijf een getal, zoals 4,50, of "gratis".`;
      if (!rl) return stop(message);
      console.log(message);
    }
    if (!rl) return stop('Geef --prijs mee, zoals --prijs 4,50 of --prijs gratis.');
    input = await ask('Wat betaalt iedereen, in euro? (bv. 4,50 of gratis): ');
  }
}

const title = (await askText(values.titel, 'Titel van het aanbod: ', '--titel'))!;
const summary = await askText(values.samenvatting, 'Samenvatting in een of twee korte zinnen (Enter = later invullen): ', '--samenvatting', true);
const category = await choose(values.categorie, categories, 'categorieen', 'categorie');
const partner = await choose(values.partner, partners, 'partners', 'partner');
const price = await askPrice(values.prijs);

const wanted = toId(title) || 'aanbod';
const id = freeOfferId(dir, wanted);
if (id !== wanted) console.log(`Er bestaat al een bestand aanbod/${wanted}.md. Ik maak aanbod/${id}.md, zodat niets overschreven wordt.`);
const file = path.join(dir, 'aanbod', `${id}.md`);
if (rl) {
  const ok = await ask(`Ik maak ${path.relative(process.cwd(), file)}. Goed? (J/n) `);
  if (/^n/i.test(ok)) stop('Er is niets gemaakt.');
  rl.close();
}

const templatePath = [path.join(dir, 'aanbod', '_sjabloon.md'), path.resolve(import.meta.dirname, '../content/aanbod/_sjabloon.md')].find((p) => existsSync(p));
if (!templatePath) stop('Het sjabloon aanbod/_sjabloon.md ontbreekt. Zet het terug uit de projectmap content/aanbod/.');
const text = fillTemplate(readFileSync(templatePath!, 'utf8'), { title, summary, category, partner, price, checked: today! });
try {
  writeFileSync(file, text, { flag: 'wx' });
} catch {
  stop(`Kan ${file} niet maken: het bestand bestaat al of de map is niet schrijfbaar. Er is niets overschreven.`);
}
console.log(`Gemaakt: ${path.relative(process.cwd(), file)}`);

const own = checkContent(dir).problems.filter((p) => p.file.endsWith(`aanbod/${id}.md`));
if (own.length > 0) {
  console.log('Vul nog in (npm run check toont dit ook):');
  for (const p of own) console.log(`  ${formatProblem(p)}`);
} else {
  console.log('Het bestand is in orde. Vul de andere sleutels in als je ze nodig hebt, en voer npm run check uit.');
}
