/**
 * The site's CSS custom properties, written from the tokens into src/styles/tokens.css by
 * `npm run genereer` (a stylesheet file, as the Content Security Policy wants: no inline styles).
 */
import { colour, site, textOn } from './tokens.ts';

export const TOKENS_CSS = 'src/styles/tokens.css';

const property = (name: string): string => `--vtw-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every token as a custom property, plus the text colour on the accent (from `textOn`). */
export function customProperties(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(colour)) out[property(name)] = value;
  out[property('onAccent')] = textOn(colour.accent);
  for (const [name, value] of Object.entries(site)) out[property(name)] = value;
  return out;
}

export function tokensCss(): string {
  const lines = Object.entries(customProperties()).map(([name, value]) => `    ${name}: ${value};`);
  return [
    '/* Generated from src/design/tokens.ts by `npm run genereer`: change the tokens there, not here. */',
    '@layer settings {',
    '  :root {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');
}
