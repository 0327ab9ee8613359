/** The pieces of `npm run nieuw` that can be tested without a terminal: free name, filling the template. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatEuro, parsePrice } from '../model/price.ts';

/** `wanted`, or `wanted-2`, `wanted-3`...: the first name in aanbod/ that no file uses yet. */
export function freeOfferId(dir: string, wanted: string): string {
  const taken = (id: string) => existsSync(path.join(dir, 'aanbod', `${id}.md`));
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** "4.5" -> "4,50", "€ 3" -> "3", "gratis" -> "gratis"; undefined when it is no price. */
export function normalisePriceInput(input: string): string | undefined {
  const parsed = parsePrice(input);
  if (!parsed.ok) return undefined;
  return parsed.cents === 0 ? 'gratis' : formatEuro(parsed.cents, ' ').replace('€ ', '').replace(/\./g, '');
}

export interface NewOffer {
  title: string;
  summary?: string;
  category: string;
  partner: string;
  /** As normalisePriceInput returns it. */
  price: string;
  checked: string;
}

/** Puts the answers in place of the template's placeholders; keeps its Dutch comments. */
export function fillTemplate(template: string, offer: NewOffer): string {
  const fill = (text: string, key: string, value: string) =>
    text.replace(new RegExp(`^(\\s*${key}:[ \\t]*)"\\[Vul in[^\\]]*\\]"`, 'mi'), (_m, head: string) => `${head}${value}`);
  let text = template
    .replace(/^#.*Sjabloon voor een aanbod.*\n(#.*\n)*/m, '# Gemaakt met npm run nieuw. Vervang wat nog [Vul in: ...] is. Wil je een sleutel met een # ervoor\n# gebruiken? Haal dan "# " weg (het hekje en de spatie erna), en laat de spaties ervoor staan.\n');
  text = fill(text, 'titel', JSON.stringify(offer.title));
  if (offer.summary) text = fill(text, 'samenvatting', JSON.stringify(offer.summary));
  text = fill(text, 'categorie', offer.category);
  text = fill(text, 'partner', offer.partner);
  text = fill(text, 'normaal', offer.price);
  text = fill(text, 'nagekeken', offer.checked);
  return text;
}
