/** Days, times and dates as partners write them, and as Dutch text for residents. */

export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_ABBREVIATIONS: Record<string, Weekday> = {
  ma: 'maandag', di: 'dinsdag', wo: 'woensdag', do: 'donderdag', vr: 'vrijdag', za: 'zaterdag', zo: 'zondag',
};

export function parseWeekday(input: string): Weekday | undefined {
  const text = input.trim().toLowerCase().replace(/\.$/, '');
  if ((WEEKDAYS as readonly string[]).includes(text)) return text as Weekday;
  return DAY_ABBREVIATIONS[text];
}

/**
 * Minutes since midnight, from the ways people in Flanders write a time: "14:00", "9:30", "14.00",
 * "14u", "14u30", "14h30", "14 uur", "14.30 uur", and YAML's number 14.3 from an unquoted 14.30
 * (the decimals are the minutes: 14.3 is 14.30, 9.05 is 9.05), and a whole hour (14). Undefined for
 * "25:00", "14.75" or "14u 30 min".
 */
export function parseTime(input: string | number): number | undefined {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return undefined;
    const [hours = '', minutes = ''] = String(input).split('.');
    return hoursAndMinutes(hours, minutes.padEnd(2, '0'));
  }
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})(?:(?:[:.]|u|h) ?(\d{2}))?(?: ?(?:u|h|uur))?$/.exec(text);
  if (!m) return undefined;
  return hoursAndMinutes(m[1]!, m[2] ?? '00');
}

function hoursAndMinutes(hours: string, minutes: string): number | undefined {
  if (!/^\d{1,2}$/.test(hours) || !/^\d{2}$/.test(minutes)) return undefined;
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return undefined;
  return h * 60 + m;
}

/** "14.00": the Flemish way to write a time in running text. */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}.${String(m).padStart(2, '0')}`;
}

/** "09:30": the 24-hour clock with a colon that machines and spreadsheets read (open data, JSON-LD). */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An ISO day (YYYY-MM-DD) that exists in the calendar. */
export function isIsoDate(input: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === input;
}

/**
 * A day as partners write it: ISO (2026-11-30) or the Belgian order day/month/year with a slash,
 * hyphen or dot (30/11/2026, 30-11-2026, 1.9.2026), always with a four-digit year.
 * Returns the ISO day, or undefined when it is not a day that exists.
 */
export function parseDate(input: string): string | undefined {
  const text = input.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "1 september 2026"; without the year when the caller already says it. */
export function formatDate(iso: string, withYear = true): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return withYear ? `${d} ${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
}

/** The day of the week of an ISO day: "2026-12-12" -> "zaterdag". */
export function weekdayOf(iso: string): Weekday {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** Adds whole months to an ISO day; the day is clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Adds (or with a negative number, subtracts) days to an ISO day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today in Belgium as an ISO day, unless BUILD_DATE fixes it (the caller passes that in). */
export function todayInBelgium(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}
