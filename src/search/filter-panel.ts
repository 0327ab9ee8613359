/**
 * The filter panel (src/components/FilterPanel.astro) in the browser, for the search page and
 * /op-maat/: what is ticked, the age typed, the number of active filters in the summary, the
 * button that clears them, and the filters in the address. Free of other imports: both pages'
 * small scripts bundle it.
 */

/** Reads "7", " 10 " as an age from 0 to `max`; anything else (empty, "zeven", 30) is no age filter. */
export function readAge(input: string, max: number): number | undefined {
  const text = input.trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const age = Number(text);
  return age <= max ? age : undefined;
}

export interface FilterPanel {
  /** The name of the age filter in the index and the address (AGE_FILTER in facets.ts). */
  ageFilter: string;
  /** The ticked values per filter name, e.g. { dag: ['Zaterdag'] }; only names with a tick. */
  ticked(): Record<string, string[]>;
  /** The age typed, or undefined when there is none (or it is no age). */
  age(): number | undefined;
  /** Ticks and age from an address (?dag=Zaterdag&leeftijd=8); opens the panel when any is set. */
  readParams(params: URLSearchParams): void;
  /** Adds the ticks and the age to an address. */
  writeParams(params: URLSearchParams): void;
}

interface Options {
  /** Called after every change by the user, and after "clear". */
  onChange: () => void;
  /** Also call onChange while the age is being typed (a list in the page), not only when it is done (a search). */
  ageAsYouType?: boolean;
}

/** An element the page's markup always has; a missing one is a bug in the page, said with its selector. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`page script: missing ${selector}`);
  return element;
}

export function filterPanel(root: ParentNode, { onChange, ageAsYouType = false }: Options): FilterPanel {
  const details = required<HTMLDetailsElement>(root, '[data-filters]');
  const count = required<HTMLElement>(details, '[data-filter-count]');
  const clear = required<HTMLButtonElement>(details, '[data-filter-clear]');
  const ageInput = required<HTMLInputElement>(details, '[data-filter-age]');
  const boxes = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const maxAge = Number(ageInput.dataset['maxAge']);

  const age = () => readAge(ageInput.value, maxAge);
  const ticked = () => {
    const result: Record<string, string[]> = {};
    for (const box of boxes) if (box.checked) (result[box.name] ??= []).push(box.value);
    return result;
  };
  /** The summary says how many filters are on, and "clear" shows only when there is one. */
  const showCount = () => {
    const n = boxes.filter((box) => box.checked).length + (age() === undefined ? 0 : 1);
    count.textContent = n > 0 ? `(${n})` : '';
    clear.hidden = n === 0;
    return n;
  };
  const changed = () => {
    showCount();
    onChange();
  };

  details.addEventListener('change', changed);
  if (ageAsYouType) ageInput.addEventListener('input', changed);
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    ageInput.value = '';
    changed();
    boxes[0]?.focus();
  });
  showCount();

  return {
    ageFilter: ageInput.name,
    ticked,
    age,
    readParams(params) {
      for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
      ageInput.value = params.get(ageInput.name) ?? '';
      if (showCount() > 0) details.open = true;
    },
    writeParams(params) {
      for (const box of boxes) if (box.checked) params.append(box.name, box.value);
      const years = age();
      if (years !== undefined) params.set(ageInput.name, String(years));
    },
  };
}
