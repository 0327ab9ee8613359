/** The site's icon (public/favicon.svg) in the site's own colours, written by `npm run genereer`. */
import { colour, textOn } from './tokens.ts';

export const FAVICON = 'public/favicon.svg';

export function faviconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M4 28 L16 4 L28 28 Z" fill="${colour.accent}"/><circle cx="16" cy="24" r="3" fill="${textOn(colour.accent)}"/></svg>\n`;
}
