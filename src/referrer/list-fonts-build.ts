/** The carrier of the list's fonts (list-fonts.ts), made once per build from the fan's font files. */
import fontkit from '@pdf-lib/fontkit';
import { fontBytes } from '../fan/fonts.ts';
import { useNativeDeflate } from '../fan/native-deflate.ts';
import { buildCarrier } from './list-fonts.ts';

let made: ReturnType<typeof buildCarrier> | undefined;

/** Dated by BUILD_DATE (via the caller's site) so the bytes repeat. */
export function listFontCarrier(buildDate: string): ReturnType<typeof buildCarrier> {
  // Compressed like the fan's PDFs, whatever this process drew before: the same bytes every build.
  useNativeDeflate();
  made ??= buildCarrier(fontkit, fontBytes(), new Date(`${buildDate}T00:00:00Z`));
  return made;
}
