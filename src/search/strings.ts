/**
 * Every text of the search page and its script, in plain Dutch (B1). Kept apart from
 * src/i18n/nl.ts because the browser script imports this file: it must stay small and free of
 * other imports.
 */
export const s = {
  title: 'Zoeken',
  /** Shown without JavaScript, or when the search cannot load. */
  noScript: 'Zoeken werkt alleen met JavaScript. Je vindt alles ook via de soorten activiteiten of de lijst van A tot Z.',
  failed: 'Zoeken lukt nu niet. Je vindt alles ook via de soorten activiteiten of de lijst van A tot Z.',
  browseHeading: 'Alles bekijken',
  filtersSummary: 'Kies wat voor jou past',
  filtersHint: 'Je kan meer dan één vakje aanvinken.',
  filters: {
    legend: {
      categorie: 'Soort activiteit',
      prijs: 'Prijs',
      doelgroep: 'Voor wie?',
      dag: 'Welke dag?',
      rolstoel: 'Met een rolstoel',
    },
    price: { free: 'Gratis', discount: 'Met korting' },
    wheelchair: { ja: 'Je kan binnen', deels: 'Je kan deels binnen', nee: 'Je kan niet binnen' },
  },
  clearFilters: 'Wis je keuzes',
  resultsHeading: 'Resultaten',
  loading: 'Even zoeken…',
  /** The sentence the screen reader announces after every search. */
  count: (n: number, query: string): string => {
    const what = n === 0 ? 'Niets gevonden' : n === 1 ? '1 resultaat' : `${n} resultaten`;
    return query ? `${what} voor „${query}”.` : `${what}.`;
  },
  emptyHelp: 'Probeer een ander woord, of vink minder vakjes aan.',
  /** Shown with the results of a corrected typing error: "zwemen" searched as "zwemmen". */
  corrected: (typed: string, used: string): string => `Je typte „${typed}”. We zochten naar „${used}”.`,
  /** The information pages after the activities. */
  pagesHeading: 'Meer uitleg',
  age: {
    label: 'Leeftijd van je kind',
    hint: 'In jaren, van 0 tot 18.',
  },
  /** Under "Niets gevonden": other ways to find an activity. */
  noResult: {
    heading: 'Zo vind je toch iets',
    categories: 'Kies een soort activiteit:',
    az: 'Bekijk alle activiteiten van A tot Z',
    call: (desk: string): string => `Of bel ${desk}. Wij zoeken samen met jou.`,
  },
  prompt: 'Typ een woord, of vink een vakje aan.',
  more: (n: number): string => `Toon ${n} meer`,
  price: 'Wat betaal je?',
  category: 'Soort:',
} as const;
