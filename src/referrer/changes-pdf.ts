/** /nieuw.pdf: what changed since the printed edition on A4, in the fan's font, dated by the build. */
import fontkit from '@pdf-lib/fontkit';
import { fontBytes } from '../fan/fonts.ts';
import { useNativeDeflate } from '../fan/native-deflate.ts';
import type { Site } from '../model/types.ts';
import { changesBlocks } from './changes-blocks.ts';
import { changesSincePrint } from './changes-site.ts';
import { nieuw } from './strings.ts';
import { textPdf, withEmbeddedFonts } from './text-pdf.ts';

export async function changesPdf(site: Site): Promise<Uint8Array> {
  // Compressed like the fan's PDFs, whatever this process drew before: the same bytes every build.
  useNativeDeflate();
  const changes = changesSincePrint(site);
  const { settings } = site;
  return textPdf({
    ...(await withEmbeddedFonts(fontkit, fontBytes())),
    title: changes ? nieuw.title(changes.edition) : nieuw.titleWithout,
    subject: `Wat er nieuw en veranderd is in de ${settings.title} sinds de gedrukte waaier.`,
    author: settings.municipality,
    keywords: ['vrije tijd', settings.municipality, settings.edition],
    date: new Date(`${site.buildDate}T00:00:00Z`),
    blocks: changesBlocks(changes, { siteTitle: settings.title, siteUrl: settings.url, buildDate: site.buildDate }),
  });
}
