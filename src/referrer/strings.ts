/** Interface text of the referrers' pages (/nieuw/, /op-maat/) and their PDFs, in plain Dutch (B1). */
import { formatDate } from '../model/calendar.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const nieuw = {
  title: (edition: string) => `Nieuw en veranderd sinds de waaier van ${edition}`,
  titleWithout: 'Nieuw en veranderd sinds de gedrukte waaier',
  /** The shorter <title> (with the site's name after it, a title longer than 70 characters is cut off). */
  pageTitle: (edition: string | undefined) => (edition ? `Nieuw sinds de waaier van ${edition}` : 'Nieuw sinds de gedrukte waaier'),
  intro: (recordedOn: string) =>
    `De gedrukte waaier is vastgelegd op ${formatDate(recordedOn)}. Hier zie je wat er sindsdien nieuw is, wat er niet meer bij is en wat er veranderd is. Op de site staat altijd de juiste informatie.`,
  noEdition: 'Er is nog geen gedrukte waaier vastgelegd. Daarom kunnen we nog niet tonen wat er veranderd is. Op de site staat altijd de juiste informatie.',
  nothing: 'Er is niets veranderd sinds de gedrukte waaier. Alle kaarten kloppen nog.',
  pdf: 'Deze lijst als PDF, om af te drukken en in je waaier te steken',
  pdfNote: 'A4',
  changed: (n: number) => `Veranderd (${count(n, 'kaart', 'kaarten')})`,
  added: (n: number) => `Nieuw, nog niet in de waaier (${count(n, 'activiteit', 'activiteiten')})`,
  gone: (n: number) => `Niet meer in de waaier (${count(n, 'kaart', 'kaarten')})`,
  printed: (label: string) => `${label} in de waaier:`,
  now: (label: string) => `${label} nu:`,
  goneText: 'Dit aanbod is er niet meer.',
  goneStillOnSite: 'Dit aanbod staat nog op de site, maar niet meer in de waaier.',
  state: (buildDate: string) => `Toestand op ${formatDate(buildDate)}.`,
  /** The notice on the page of a changed offer. */
  notice: 'Veranderd sinds de gedrukte waaier',
  noticeWhat: (labels: string[]) => `Wat is anders: ${labels.map((l) => l.toLowerCase()).join(', ')}.`,
  noticeLink: 'Bekijk alles wat veranderd is',
  nothingPrinted: 'niets vermeld',
  nothingNow: 'niet meer vermeld',
} as const;
