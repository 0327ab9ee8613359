/**
 * The search page, enhanced. The HTML works without this script (zoeken.astro shows the way to
 * every offer); with it, the form searches in the page, filters narrow the results, the URL keeps
 * the query (?q=zwemmen&dag=Zaterdag) so a link or the back button shows the same results, and a
 * status line tells screen readers how many results there are. Pagefind loads only when needed.
 */
import { loadPagefind, searchAll, type Filters, type Pagefind, type PagefindFragment, type PagefindResult, type SearchResults } from './pagefind-client.ts';
import { correctQuery } from './typos.ts';
import { filterPanel, required } from './filter-panel.ts';
import { s } from './strings.ts';

const PAGE_SIZE = 10;
/** Set by the inline script in zoeken.astro when this browser can run the search. */
const ENHANCED_CLASS = 'vtw-js-search';

function start(app: HTMLElement): void {
  const form = required<HTMLFormElement>(document, 'form.vtw-search');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const status = required<HTMLElement>(app, '[data-search-status]');
  const list = required<HTMLOListElement>(app, '[data-search-results]');
  const more = required<HTMLButtonElement>(app, '[data-search-more]');
  const corrected = required<HTMLElement>(app, '[data-search-corrected]');
  const pagesSection = required<HTMLElement>(app, '[data-search-pages-section]');
  const pagesList = required<HTMLOListElement>(app, '[data-search-pages]');
  const empty = required<HTMLElement>(app, '[data-search-empty]');
  let siteWords: Promise<string[]> | undefined;

  let results: PagefindResult[] = [];
  let shown = 0;
  /** Only the latest search may write to the page: an older, slower one is dropped. */
  let generation = 0;

  const panel = filterPanel(app, {
    onChange: () => {
      writeUrl(false);
      void run();
    },
  });

  /** The filters as pagefind takes them; the age is one of them. */
  const ticked = (): Filters => {
    const filters: Filters = Object.fromEntries(Object.entries(panel.ticked()).map(([name, values]) => [name, { any: values }]));
    const years = panel.age();
    if (years !== undefined) filters[panel.ageFilter] = { any: [String(years)] };
    return filters;
  };

  /** The site's words, loaded the first time a search finds nothing. */
  function loadWords(): Promise<string[]> {
    siteWords ??= fetch(`${import.meta.env.BASE_URL}zoekwoorden.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])).catch(() => []);
    return siteWords;
  }

  function say(text: string): void {
    status.textContent = text;
  }

  function fail(error: unknown): void {
    console.error(error);
    // Without pagefind the page falls back to what it shows without JavaScript, plus a reason.
    document.documentElement.classList.remove(ENHANCED_CLASS);
    required<HTMLElement>(document, '[data-search-fallback-text]').textContent = s.failed;
  }

  function readUrl(): void {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    panel.readParams(params);
  }

  function writeUrl(push: boolean): void {
    const params = new URLSearchParams();
    const q = input.value.trim();
    if (q) params.set('q', q);
    panel.writeParams(params);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function textOf(html: string): string {
    // Pagefind's excerpt is HTML with <mark>; a parsed document never runs scripts.
    return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  }

  function paragraph(className: string, text: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  /** One result; information pages sit under the "Meer uitleg" heading, so their titles are one level lower. */
  function resultItem(data: PagefindFragment, level: 'h2' | 'h3' = 'h2'): HTMLLIElement {
    const { meta } = data;
    const item = document.createElement('li');
    item.className = 'vtw-offer-item vtw-search-result';
    if (meta['kleur']) item.style.setProperty('--vtw-cat', meta['kleur']);
    const heading = document.createElement(level);
    heading.className = 'vtw-offer-item__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = meta['title'] ?? data.url;
    heading.append(link);
    item.append(heading);
    if (meta['categorie']) item.append(paragraph('vtw-offer-item__category', `${s.category} ${meta['categorie']}`));
    // Pages other than offers (discounts, free pages) have no summary: show where the word occurs.
    item.append(paragraph('vtw-offer-item__summary', meta['samenvatting'] ?? `…${textOf(data.excerpt)}…`));
    if (meta['prijs']) {
      const price = paragraph('vtw-search-result__price', meta['prijs']);
      const label = document.createElement('span');
      label.className = 'vtw-visually-hidden';
      label.textContent = `${s.price} `;
      price.prepend(label);
      item.append(price);
    }
    return item;
  }

  async function showMore(focusFirst: boolean, current: number): Promise<void> {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(slice.map((r) => r.data()));
    if (current !== generation) return;
    const items = fragments.map((f) => resultItem(f));
    list.append(...items);
    shown += slice.length;
    const left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = s.more(Math.min(left, PAGE_SIZE));
    // After "show more", keyboard users continue at the first new result, not at the top.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const query = input.value.trim();
    const filters = ticked();
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      pagesList.replaceChildren();
      pagesSection.hidden = true;
      empty.hidden = true;
      corrected.hidden = true;
      more.hidden = true;
      say(s.prompt);
      app.dataset['searchDone'] = String(current);
      return;
    }
    say(s.loading);
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(import.meta.env.BASE_URL);
      let found: SearchResults = await searchAll(pagefind, query, filters);
      let used = query;
      // Nothing found: perhaps one letter is wrong ("zwemen"). Search the site's nearest words.
      if (query && found.offers.length + found.pages.length === 0) {
        const fix = correctQuery(query, await loadWords());
        if (fix) {
          const retry = await searchAll(pagefind, fix, filters);
          if (retry.offers.length + retry.pages.length > 0) {
            found = retry;
            used = fix;
          }
        }
      }
      if (current !== generation) return;
      results = found.offers;
      shown = 0;
      list.replaceChildren();
      corrected.hidden = used === query;
      corrected.textContent = used === query ? '' : s.corrected(query, used);
      const pages = await Promise.all(found.pages.map((r) => r.data()));
      if (current !== generation) return;
      pagesList.replaceChildren(...pages.map((page) => resultItem(page, 'h3')));
      pagesSection.hidden = pages.length === 0;
      await showMore(false, current);
      if (current !== generation) return;
      const total = results.length + pages.length;
      empty.hidden = total > 0;
      say(total === 0 ? `${s.count(0, query)} ${s.emptyHelp}` : s.count(total, used));
      // A hook for tests and the benchmark: which search the page shows now.
      app.dataset['searchDone'] = String(current);
    } catch (error) {
      if (current === generation) fail(error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void run();
  });
  // Typing means a search is coming: fetch pagefind now so the first result comes sooner.
  input.addEventListener('input', () => void loadPagefind(import.meta.env.BASE_URL).catch(fail), { once: true });
  more.addEventListener('click', () => void showMore(true, generation));
  window.addEventListener('popstate', () => {
    readUrl();
    void run();
  });

  readUrl();
  // Opened from a link such as /zoeken/?q=zwemmen: search straight away.
  if (input.value || Object.keys(ticked()).length > 0) void run();
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app && document.documentElement.classList.contains(ENHANCED_CLASS)) start(app);
