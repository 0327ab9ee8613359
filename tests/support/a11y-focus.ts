/** In-page probes for keyboard tests: which element has focus, and can you see it. */
import type { Page } from 'playwright-core';

export interface FocusState {
  /** The index the test gave the element (data-kb), or null for body / unmarked elements. */
  index: number | null;
  tag: string;
  text: string;
  outline: string;
  boxShadow: string;
  /** An outline of at least 2 px, or a box shadow: a focus indicator you can see. */
  indicated: boolean;
  /** Some of the element is inside the viewport (not hidden under anything or scrolled away). */
  inView: boolean;
}

/** Marks every element you can reach with Tab, in document order; returns how many there are. */
export function markTabbable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const list = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }) || el.classList.contains('vtw-skip-link'));
    list.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return list.map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('name') || ''}`);
  });
}

export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { index: null, tag: 'body', text: '', outline: '', boxShadow: '', indicated: false, inView: false };
    const s = getComputedStyle(el);
    const outlineWidth = parseFloat(s.outlineWidth) || 0;
    const r = el.getBoundingClientRect();
    const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width > 0 && r.height > 0;
    return {
      index: el.hasAttribute('data-kb') ? Number(el.getAttribute('data-kb')) : null,
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40),
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      boxShadow: s.boxShadow,
      indicated: (s.outlineStyle !== 'none' && outlineWidth >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== ''),
      inView,
    };
  });
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back round, and
 * returns every state on the way. More presses than elements means something traps the focus.
 */
export async function tabThrough(page: Page, count: number): Promise<FocusState[]> {
  const states: FocusState[] = [];
  for (let i = 0; i < count + 3; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    states.push(state);
    if (state.index === null && state.tag === 'body') break;
    if (i > 0 && state.index === 0) break;
  }
  return states;
}
