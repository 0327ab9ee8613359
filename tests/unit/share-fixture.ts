/** A small hand-made site for the sharing unit tests: one paid offer with discounts, one free offer. */
import type { Offer, Site } from '../../src/model/types.ts';

const base: Omit<Offer, 'id' | 'title' | 'price'> = {
  source: 'aanbod/x.md', summary: 'Kort gezegd.', categoryId: 'sport', partnerId: 'sportdienst', audiences: ['kinderen'],
  thresholds: [], languages: [], keywords: [], checked: '2026-10-01', wantsFan: true, body: '',
};

export const swim: Offer = {
  ...base,
  id: 'zwemmen',
  title: 'Zwemmen <voor> "iedereen"',
  summary: 'Zwem in het bad. </script><!-- geen einde',
  age: { from: 6, to: 12 },
  price: { normal: 450, unit: 'beurt', discounts: [{ schemeId: 'pas', kind: 'price', amount: 90 }, { schemeId: 'uitpas', kind: 'price', amount: 50 }] },
  schedule: {
    slots: [{ day: 'woensdag', from: 840, to: 960 }, { day: 'zaterdag', from: 840, to: 960 }, { day: 'zondag', from: 540, to: 750 }],
    season: { from: '2026-09-01', to: '2027-06-30' },
    note: 'Niet in de vakantie.',
  },
  place: { name: 'Zwembad', address: 'Kerkstraat 12, 1700 Dilbeek', wheelchair: 'ja' },
  contact: { email: 'zwem@example.be' },
  keywords: ['zwemmen', 'bad'],
  languages: ['nl', 'fr'],
};

export const walk: Offer = {
  ...base,
  id: 'wandelen',
  title: 'Wandelen',
  audiences: ['iedereen'],
  price: { normal: 0, discounts: [] },
  place: { name: 'Het bos' },
};

export const site: Site = {
  settings: {
    title: 'Vrijetijdswaaier Testgem', municipality: 'Testgem', url: 'https://waaier.example.be', edition: '2026-2027',
    contact: { name: 'Loket', phone: { display: '02 451 68 00', href: '+3224516800' } },
    staleAfterMonths: 12, card: { widthMm: 50, heightMm: 190 },
  },
  buildDate: '2026-11-26',
  offers: [swim, walk],
  categories: [{ id: 'sport', source: 'categorieen/sport.md', name: 'Sport', colour: '#00677F', icon: 'ball-football', body: '' }],
  partners: [{
    id: 'sportdienst', source: 'partners/sportdienst.md', name: 'Sportdienst', body: '', address: 'Gemeenteplein 1, 1700 Testgem',
    phone: { display: '02 451 68 50', href: '+3224516850' }, website: 'https://sport.example.be',
  }],
  schemes: [
    { id: 'pas', source: 'kortingen/pas.md', name: 'Participatiepas', short: 'pas', body: '' },
    { id: 'uitpas', source: 'kortingen/uitpas.md', name: 'UiTPAS kansentarief', short: 'UiTPAS', body: '' },
  ],
  pages: [{ id: 'over-ons', source: 'paginas/over-ons.md', title: 'Over ons' }],
  report: [],
};
