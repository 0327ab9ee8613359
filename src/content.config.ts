import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { partnerFilesLoader } from './content/loader.ts';
import { contentDirectory } from './source/read-content.ts';
import { pageSchema } from './model/schema.ts';

export const collections = {
  aanbod: defineCollection({ loader: partnerFilesLoader('aanbod') }),
  categorieen: defineCollection({ loader: partnerFilesLoader('categorieen') }),
  partners: defineCollection({ loader: partnerFilesLoader('partners') }),
  kortingen: defineCollection({ loader: partnerFilesLoader('kortingen') }),
  // Free pages may be MDX (trusted maintainers only), which only the glob loader compiles.
  paginas: defineCollection({
    loader: glob({ pattern: '[^_]*.{md,mdx}', base: `${contentDirectory()}/paginas` }),
    schema: pageSchema,
  }),
};
