/** Every interface text of the website, in plain Dutch (B1). Content texts come from content/. */
import { withArticle } from '../model/offer-facts.ts';
export const t = {
  skipLink: 'Ga naar de inhoud',
  home: 'Start',
  nav: { label: 'Hoofdmenu', search: 'Zoeken', az: 'Alles van A tot Z', free: 'Gratis', categories: 'Alle soorten activiteiten' },
  search: {
    label: 'Zoek een activiteit',
    placeholder: 'Bijvoorbeeld: zwemmen',
    button: 'Zoek',
  },
  home_: {
    intro: (municipality: string) => `Hier vind je vrije tijd in ${municipality} die weinig of niets kost.`,
    categories: 'Kies wat je graag doet',
    free: 'Bekijk alles wat gratis is',
    discounts: 'Zo betaal je minder',
    contact: 'Vragen? Wij helpen je graag.',
  },
  offer: {
    price: 'Wat betaal je?',
    when: 'Wanneer?',
    where: 'Waar?',
    /** Not "kaart": that word is kept for the printed card. */
    map: 'Toon de weg op OpenStreetMap',
    signUp: 'Inschrijven',
    bring: 'Neem mee:',
    contact: 'Vragen? Neem contact op',
    call: 'Bel',
    mail: 'Mail naar',
    website: 'Website',
    forWhom: 'Voor wie?',
    languages: 'Ze spreken:',
    easier: 'Zo is het makkelijker',
    checked: (date: string) => `Nagekeken op ${date}.`,
    stale: 'Let op: deze informatie is al lang niet meer nagekeken. Bel of mail voor je gaat.',
    partner: 'Deze activiteit is van',
    edit: 'Pas deze pagina aan',
    printCard: 'Print deze kaart',
    printCardNote: 'PDF, om te printen en mee te geven',
    more: 'Meer over',
    /** "Zo krijg je de participatiepas": grammatical for any scheme name. */
    howToGet: (scheme: string) => `Zo krijg je ${withArticle(scheme)}`,
    category: 'Soort',
    offersOf: (name: string) => `Activiteiten van ${name}`,
  },
  partner: {
    contact: 'Neem contact op',
  },
  lists: {
    count: (n: number) => (n === 1 ? '1 activiteit' : `${n} activiteiten`),
    empty: 'Er zijn hier nog geen activiteiten.',
    freeTitle: 'Gratis activiteiten',
    freeIntro: 'Hier betaal je niets. Soms is het gratis met een kortingspas: dat staat er dan bij.',
    azTitle: 'Alles van A tot Z',
    azIntro: 'Alle activiteiten, op alfabet.',
    letters: 'Kies een letter',
    withScheme: (name: string) => `Activiteiten met ${name}`,
  },
  footer: {
    pages: 'Meer informatie',
    contact: 'Contact',
    fan: 'De waaier als PDF om te printen',
    /** Small link for partners, only on offer pages of a site with a real repository. */
    partners: 'Voor partners: pas dit aanbod aan',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is het adres fout, of is de activiteit voorbij.',
    help: 'Zoek een activiteit, of kies hieronder wat je graag doet.',
  },
} as const;
