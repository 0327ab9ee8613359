/** The rendered Markdown body of a partner's file, as a component (undefined for an empty file). */
import { getEntry, render } from 'astro:content';

export async function bodyOf(collection: 'aanbod' | 'categorieen' | 'partners' | 'kortingen', id: string) {
  const entry = await getEntry(collection, id);
  return entry ? (await render(entry)).Content : undefined;
}
