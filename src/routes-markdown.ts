/**
 * For Markdown and MDX that Astro compiles (the maintainers' free pages): a link to the site's own
 * pages written the way people see them (`[alles van A tot Z](/a-z/)`) gets the site's base path
 * (`/waaier/a-z/`) on a site published under one. Other links are left alone (routes.ts withBase).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { withBase } from './routes.ts';

type MdastPlugin = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

export function baseLinks(base: string): MdastPlugin {
  return {
    name: 'vrijetijdswaaier-base-links',
    link: (node, context) => {
      const url = withBase(base, node.url);
      if (url !== node.url) context.setProperty(node, 'url', url);
    },
    definition: (node, context) => {
      const url = withBase(base, node.url);
      if (url !== node.url) context.setProperty(node, 'url', url);
    },
  };
}
