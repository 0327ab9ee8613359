/**
 * /op-maat/ in the browser: the list of cards from op-maat/kaarten.json, the filters, the choice
 * (kept in the address as ?kies=a,b so a link shows the same choice), sharing, and the two PDFs.
 * pdf-lib, the imposition and the fonts load only when a PDF is made (dynamic imports).
 */
import { choiceQuery, idAsWords, inFanOrder, matches, readChoice, resolveChoice, type ChoiceData, type ChoosableCard } from './choose.ts';
import { opMaat as s } from './strings.ts';
import { filterPanel, required } from '../search/filter-panel.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  el.append(...children);
  return el;
}

/** Hands the bytes to the browser as a download, and returns a link to them for "open again". */
function download(bytes: Uint8Array, name: string): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const a = element('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  return url;
}

function start(root: HTMLElement, data: ChoiceData): void {
  const list = required<HTMLUListElement>(root, '[data-choose-list]');
  const shown = required<HTMLElement>(root, '[data-choose-shown]');
  const count = required<HTMLElement>(root, '[data-choose-count]');
  const chosenList = required<HTMLOListElement>(root, '[data-choose-chosen]');
  const empty = required<HTMLElement>(root, '[data-choose-empty]');
  const gone = required<HTMLElement>(root, '[data-choose-gone]');
  const goneList = required<HTMLUListElement>(root, '[data-choose-gone-list]');
  const progress = required<HTMLElement>(root, '[data-choose-progress]');
  const shareStatus = required<HTMLElement>(root, '[data-share-status]');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`;

  const fromAddress = readChoice(location.search);
  const initial = resolveChoice(data, fromAddress);
  /** The chosen ids that still exist, in the order they were chosen. */
  let chosen = initial.filter((r) => r.kind !== 'gone').map((r) => (r.kind === 'card' ? r.card.id : r.id));
  const goneIds = initial.filter((r) => r.kind === 'gone').map((r) => r.id);
  if (fromAddress.length) required<HTMLElement>(root, '[data-choose-shared]').hidden = false;
  if (goneIds.length) {
    goneList.replaceChildren(...goneIds.map((id) => element('li', { text: s.gone(idAsWords(id)) })));
    gone.hidden = false;
  }

  const boxes = new Map<string, HTMLInputElement>();
  const items = new Map<string, HTMLLIElement>();
  for (const card of data.cards) {
    const box = element('input', { className: 'vtw-choose__box' });
    box.type = 'checkbox';
    box.value = card.id;
    box.id = `kies-${card.id}`;
    box.checked = chosen.includes(card.id);
    const facts = element('p', { className: 'vtw-choose__facts', text: [card.price, card.when.split('; ')[0]].filter(Boolean).join(' · ') });
    facts.id = `kies-${card.id}-feiten`;
    box.setAttribute('aria-describedby', facts.id);
    const label = element('label', { className: 'vtw-choose__label' }, [box, card.title]);
    label.htmlFor = box.id;
    const item = element('li', { className: 'vtw-choose__item' }, [label, facts]);
    item.style.setProperty('--vtw-cat', card.colour);
    boxes.set(card.id, box);
    items.set(card.id, item);
  }
  list.replaceChildren(...items.values());

  function removeButton(id: string, title: string): HTMLButtonElement {
    const remove = element('button', { className: 'vtw-button vtw-button--secondary vtw-chosen__remove', text: s.remove });
    remove.type = 'button';
    remove.append(element('span', { className: 'vtw-visually-hidden', text: ` ${s.removeWhat(title)}` }));
    remove.addEventListener('click', () => {
      setChosen(chosen.filter((c) => c !== id));
      required<HTMLElement>(root, '#jouw-keuze').focus();
    });
    return remove;
  }

  function chosenItem(card: ChoosableCard): HTMLLIElement {
    const link = element('a', { text: card.title });
    link.href = card.page;
    const lines = [card.when, card.where, card.price].filter(Boolean).map((line) => element('p', { className: 'vtw-chosen__facts', text: line }));
    if (card.phone) {
      const tel = element('a', { text: card.phone });
      tel.href = `tel:${card.phone.replace(/[^0-9+]/g, '')}`;
      lines.push(element('p', { className: 'vtw-chosen__facts' }, [`${s.phone} `, tel]));
    }
    const item = element('li', { className: 'vtw-offer-item' }, [element('h3', { className: 'vtw-offer-item__title' }, [link]), ...lines, removeButton(card.id, card.title)]);
    item.style.setProperty('--vtw-cat', card.colour);
    return item;
  }

  function notOnFanItem(id: string, title: string, page: string): HTMLLIElement {
    const link = element('a', { text: s.seePage });
    link.href = page;
    return element('li', { className: 'vtw-offer-item' }, [
      element('h3', { className: 'vtw-offer-item__title', text: title }),
      element('p', {}, [`${s.notOnFan} `, link]),
      removeButton(id, title),
    ]);
  }

  function renderChoice(): void {
    const resolved = resolveChoice(data, chosen);
    chosenList.replaceChildren(...resolved.flatMap((r) =>
      r.kind === 'card' ? [chosenItem(r.card)] : r.kind === 'not-on-fan' ? [notOnFanItem(r.id, r.title, r.page)] : []));
    empty.hidden = chosen.length > 0;
    const cards = inFanOrder(data, chosen).length;
    count.textContent = s.count(cards);
    root.dataset['chosen'] = String(cards);
    updateShare();
  }

  function setChosen(ids: string[]): void {
    chosen = ids;
    for (const [id, box] of boxes) box.checked = chosen.includes(id);
    history.replaceState(null, '', `${location.pathname}${choiceQuery([...chosen, ...goneIds])}${location.hash}`);
    renderChoice();
  }

  function shareUrl(): string {
    return `${canonical}${choiceQuery(chosen)}`;
  }

  function shareText(): string {
    const titles = inFanOrder(data, chosen).map((c) => `- ${c.title}`);
    return [s.shareText(titles.length), ...titles, shareUrl()].join('\n');
  }

  function updateShare(): void {
    const text = shareText();
    // encodeURIComponent, not form encoding: apps show a "+" as a plus, not a space.
    required<HTMLAnchorElement>(root, '[data-share-whatsapp]').href = `https://wa.me/?text=${encodeURIComponent(text)}`;
    required<HTMLAnchorElement>(root, '[data-share-sms]').href = `sms:?&body=${encodeURIComponent(text)}`;
    required<HTMLAnchorElement>(root, '[data-share-email]').href = `mailto:?subject=${encodeURIComponent(s.fanTitle(data.site))}&body=${encodeURIComponent(text)}`;
  }

  // The list is in the page: it follows the age while it is typed.
  const filters = filterPanel(root, { onChange: applyFilters, ageAsYouType: true });

  function applyFilters(): void {
    const ticked = filters.ticked();
    const age = filters.age();
    let visible = 0;
    for (const card of data.cards) {
      const fits = matches(card, ticked, age);
      items.get(card.id)!.hidden = !fits;
      if (fits) visible++;
    }
    shown.textContent = visible === 0 ? s.noneShown : s.shown(visible, data.cards.length);
  }

  async function make(kind: 'fan' | 'list'): Promise<void> {
    const cards = inFanOrder(data, chosen);
    progress.replaceChildren();
    if (cards.length === 0) {
      progress.textContent = s.chooseFirst;
      return;
    }
    progress.textContent = kind === 'fan' ? s.makingFan(cards.length) : s.makingList;
    root.dataset['making'] = kind;
    try {
      const bytes = kind === 'fan'
        ? await (await import('./make-fan.ts')).makeFan(cards.map((c) => c.pdf), s.fanTitle(data.site))
        : await (await import('./make-list.ts')).makeList(data, cards, pageFolder());
      const url = download(bytes, kind === 'fan' ? s.fanFile : s.listFile);
      const again = element('a', { text: s.downloadAgain });
      again.href = url;
      again.download = kind === 'fan' ? s.fanFile : s.listFile;
      progress.replaceChildren(`${kind === 'fan' ? s.fanReady : s.listReady} `, again);
    } catch (error) {
      console.error(error);
      progress.textContent = s.makeFailed;
    } finally {
      delete root.dataset['making'];
    }
  }

  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    setChosen(box.checked ? [...chosen, box.value] : chosen.filter((id) => id !== box.value));
  });
  required<HTMLButtonElement>(root, '[data-make-fan]').addEventListener('click', () => void make('fan'));
  required<HTMLButtonElement>(root, '[data-make-list]').addEventListener('click', () => void make('list'));
  required<HTMLButtonElement>(root, '[data-share]').addEventListener('click', async () => {
    const url = shareUrl();
    shareStatus.textContent = '';
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: s.fanTitle(data.site), text: s.shareText(inFanOrder(data, chosen).length), url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      shareStatus.textContent = s.copied;
    } catch {
      shareStatus.textContent = s.copyFailed(url);
    }
  });

  renderChoice();
  applyFilters();
  root.hidden = false;
  // A hook for tests: the list is drawn and the choice from the address is applied.
  root.dataset['ready'] = 'true';
}

/** The folder of /op-maat/ on this site, whatever its base path: the page's data lives there. */
const pageFolder = (): URL => new URL('op-maat/', new URL(import.meta.env.BASE_URL, location.href));

const root = document.querySelector<HTMLElement>('[data-choose]');
if (root) {
  fetch(new URL('kaarten.json', pageFolder()))
    .then((response) => {
      if (!response.ok) throw new Error(`kaarten.json: HTTP ${response.status}`);
      return response.json() as Promise<ChoiceData>;
    })
    .then((data) => start(root, data))
    .catch((error: unknown) => {
      console.error(error);
      required<HTMLElement>(document, '[data-choose-failed]').hidden = false;
    });
}
