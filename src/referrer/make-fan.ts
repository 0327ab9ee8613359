/**
 * "Maak mijn waaier" on /op-maat/: the chosen cards' own PDFs (kaart/<id>.pdf), imposed on A4 with
 * cut and hole marks by the same module that makes waaier.pdf. Loaded only on that click.
 */
import { imposeCardPdfs } from '../fan/impose.ts';

export async function makeFan(pdfUrls: readonly string[], title: string): Promise<Uint8Array> {
  const cards = await Promise.all(pdfUrls.map(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }));
  return imposeCardPdfs(cards, { title, language: 'nl-BE' });
}
