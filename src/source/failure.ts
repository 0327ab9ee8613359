/**
 * What `npm run check` and the build print when checking cannot even start or breaks off: one
 * Dutch line, never a stack trace (VTW_DEBUG=1 adds the stack for a developer).
 */
import { SettingsError } from './read-content.ts';

export function describeFailure(error: unknown): string {
  if (error instanceof SettingsError) return error.message;
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const stack = process.env['VTW_DEBUG'] && error instanceof Error ? `\n${error.stack}` : '';
  return `Het nakijken van de inhoud liep vast (${detail}). Dat is een fout in de software, niet in je bestanden: meld het aan de beheerder van de site.${stack}`;
}
