/** The first page of waaier.pdf: how to print, cut and rivet the fan, in plain Dutch. */
import type { Site } from '../model/types.ts';
import { shortUrl } from '../model/contact.ts';
import { routesFor } from '../routes.ts';
import { cardType, colour } from '../design/tokens.ts';
import { mm } from './geometry.ts';
import { div, text, type Element } from './tree.ts';

const step = (n: number, title: string, lines: string[]): Element =>
  div({ flexDirection: 'column', marginTop: 14 }, [
    text({ fontSize: cardType.price, fontWeight: 700, color: colour.text }, `${n}. ${title}`, 'H2'),
    ...lines.map((l) => text({ fontSize: cardType.body, lineHeight: 1.35, color: colour.text, marginTop: 3 }, l)),
  ]);

export function guide(site: Site, facts: { cards: number; sheets: number; widthMm: number; heightMm: number; flip: 'long' | 'short' }): Element {
  const s = site.settings;
  return div({ flexDirection: 'column', paddingLeft: mm(25), paddingRight: mm(25), paddingTop: mm(25) }, [
    text({ fontSize: cardType.guideTitle, fontWeight: 700, color: colour.text }, 'Zo maak je de waaier', 'H1'),
    text({ fontSize: cardType.guideLead, color: colour.muted, marginTop: 4 }, `${s.title}, editie ${s.edition}. ${facts.cards} kaarten op ${facts.sheets} bladen.`),
    step(1, 'Afdrukken', [
      'Druk dit bestand af op A4-papier. Stevig papier is het best, bijvoorbeeld 160 tot 250 gram.',
      `Kies "dubbelzijdig" en "omslaan langs de ${facts.flip === 'long' ? 'lange' : 'korte'} kant".`,
      'Kies "ware grootte" of "100 %". Kies niet "aanpassen aan de pagina".',
      'Deze eerste bladzijde en de lege achterkant hoef je niet af te drukken.',
    ]),
    step(2, 'Nakijken', [
      'Houd een blad tegen het licht. De voorkant en de achterkant van elke kaart moeten op dezelfde plek staan.',
      `Meet een kaart: ze is ${facts.widthMm} mm breed en ${facts.heightMm} mm hoog.`,
    ]),
    step(3, 'Knippen', [
      'Snijd of knip langs de snijtekens in de rand van het blad. Gebruik een lat en een snijmes. Zo worden de kaarten recht.',
    ]),
    step(4, 'Een gaatje maken', [
      'Onderaan elke kaart staat een rondje met een kruisje. Maak daar een gaatje met een perforator.',
    ]),
    step(5, 'Samenzetten', [
      'Leg de kaarten op volgorde: de voorkant bovenaan, dan de kaarten per kleur, de kaart over korting achteraan.',
      'Steek een splitpen of een boekbindschroef door de gaatjes. Nu kan je de waaier openvouwen.',
    ]),
    text({ fontSize: cardType.body, lineHeight: 1.35, color: colour.text, marginTop: 18 }, `Vragen? ${s.contact.name}${s.contact.phone ? `, ${s.contact.phone.display}` : ''}${s.contact.email ? `, ${s.contact.email}` : ''}.`),
    text({ fontSize: cardType.body, color: colour.muted, marginTop: 6 }, `Elke kaart staat ook op ${shortUrl(routesFor(s).homeUrl)}.`),
  ]);
}
