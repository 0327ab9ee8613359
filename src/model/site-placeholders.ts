/**
 * Values in site.yaml that are still the template's: the sample's `OWNER/REPO` edit address and
 * addresses on the reserved example domains (example.be, example.com, ...). The site builds, but
 * residents would see them: `npm run check` and the build warn, and no edit link is shown for a
 * placeholder repository.
 */
import type { Problem } from './problem.ts';

const EXAMPLE_HOST = /(^|\.)example(\.(be|com|org|net))?$/i;

/** True when `bewerken` still points at the template's repository (github.com/OWNER/REPO/...). */
export function isPlaceholderRepository(editBase: string): boolean {
  try {
    const { hostname, pathname } = new URL(editBase);
    return EXAMPLE_HOST.test(hostname) || /^\/(owner|eigenaar)\/(repo|repository)(\/|$)/i.test(pathname);
  } catch {
    return true;
  }
}

function exampleHost(address: string): boolean {
  try {
    return EXAMPLE_HOST.test(new URL(address).hostname);
  } catch {
    return false;
  }
}

const exampleEmail = (email: string): boolean => EXAMPLE_HOST.test(email.split('@').pop() ?? '');

export interface SiteAddresses {
  url: string;
  bewerken?: string;
  contact: { email?: string; website?: string };
}

export function sitePlaceholderWarnings(site: SiteAddresses, source = 'site.yaml'): Problem[] {
  const warn = (path: string[], message: string): Problem => ({ severity: 'warning', source, path, message });
  const problems: Problem[] = [];
  if (exampleHost(site.url)) {
    problems.push(warn(['url'], `${site.url} is een voorbeeldadres. Schrijf het echte adres van de site, zoals https://vrijetijdswaaier.gemeente.be of https://eigenaar.github.io/waaier/.`));
  }
  if (site.bewerken && isPlaceholderRepository(site.bewerken)) {
    problems.push(warn(['bewerken'], `${site.bewerken} is nog het voorbeeld uit het sjabloon. Schrijf het adres van jullie eigen repository, zoals https://github.com/gemeente/waaier/edit/main/, of laat bewerken weg. Tot dan toont de site geen link "Voor partners".`));
  }
  if (site.contact.email && exampleEmail(site.contact.email)) {
    problems.push(warn(['contact', 'email'], `${site.contact.email} is een voorbeeldadres. Schrijf het e-mailadres waarop inwoners jullie bereiken.`));
  }
  if (site.contact.website && exampleHost(site.contact.website)) {
    problems.push(warn(['contact', 'website'], `${site.contact.website} is een voorbeeldadres. Schrijf de echte website of laat website weg.`));
  }
  return problems;
}

/**
 * The web editor's address of a content file, for the partners' "Voor partners" link: `bewerken`
 * + the content folder's path in the repository + the file. Undefined without a real repository.
 */
export function editLink(editBase: string | undefined, contentFolder: string, source: string): string | undefined {
  if (!editBase || isPlaceholderRepository(editBase)) return undefined;
  const folder = contentFolder.split(/[\\/]+/).filter((part) => part && part !== '.').join('/');
  return `${editBase}${editBase.endsWith('/') ? '' : '/'}${folder ? `${folder}/` : ''}${source}`;
}
