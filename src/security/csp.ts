/**
 * The Content Security Policy of every page (issue 11, defence in depth): whatever a partner's
 * text might smuggle past the Markdown pipeline, the browser runs only the site's own scripts
 * (and pagefind's WebAssembly), no inline event handlers, loads images, styles and fonts only
 * from the site, and refuses <base>, plugins and forms to other hosts. Astro writes it as a
 * <meta http-equiv="content-security-policy"> with the hashes of its own scripts and styles.
 */
import { createHash } from 'node:crypto';
import { textOn } from '../design/tokens.ts';

/** Directives besides script-src and style-src (which Astro composes with its hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/** For `security.csp` in astro.config.mjs. */
export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    // 'wasm-unsafe-eval' lets pagefind compile its WebAssembly; it allows no JavaScript eval.
    resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'none'", kind: 'attribute' as const }],
  },
  styleDirective: {
    // Style attributes only where a page asks for one by hash (the category colour, Base.astro).
    resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' as const }],
  },
};

/** The CSP hash of a text: an inline script's content or a style attribute's value. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The style attribute the pages put on an element in a category's colour, with the text colour on it. */
export function categoryStyle(colour: string): string {
  return `--vtw-cat: ${colour}; --vtw-on-cat: ${textOn(colour)}`;
}
