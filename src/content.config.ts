import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { partnerFilesLoader } from './content/loader.ts';
import config from 'virtual:vrijetijdswaaier/config';
// The schema of the model's own module, handed over by the build (not a second copy through Vite).
import { pageSchema } from 'virtual:vrijetijdswaaier/content-tools';

export const collections = {
  aanbod: defineCollection({
    loader: partnerFilesLoader('aanbod'),
    // The facts are checked by src/model; this schema only hands the photo to astro:assets.
    schema: ({ image }) => z.object({ afbeelding: z.object({ bron: image(), alt: z.string() }).optional() }),
  }),
  categorieen: defineCollection({ loader: partnerFilesLoader('categorieen') }),
  partners: defineCollection({ loader: partnerFilesLoader('partners') }),
  kortingen: defineCollection({ loader: partnerFilesLoader('kortingen') }),
  // Free pages in Markdown are partners' text: the same pipeline and checks as every other body.
  paginas: defineCollection({ loader: partnerFilesLoader('paginas'), schema: pageSchema }),
  // Free pages in MDX run code at build time: maintainers only, compiled by @astrojs/mdx.
  paginasMdx: defineCollection({
    loader: glob({ pattern: '[^_]*.mdx', base: `${config.contentDir}/paginas` }),
    schema: pageSchema,
  }),
};
