/** Builds the pagefind search index after the pages (astro:build:done). Owned by the search work. */
import type { AstroIntegration } from 'astro';

export function pagefind(): AstroIntegration {
  return { name: 'vrijetijdswaaier:pagefind', hooks: {} };
}
