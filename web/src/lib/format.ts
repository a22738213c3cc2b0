// Dates, numbers and the first day of the week in the browser's locale (SPEC §10 "For everyone").

/** An AWSDate (YYYY-MM-DD) as a local calendar date, never shifted by a time zone. */
export function parseDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today(): string {
  return isoDate(new Date());
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export const formatDay = (iso: string) => dayFormat.format(parseDate(iso));
export const formatShort = (iso: string) => shortFormat.format(parseDate(iso));
export const formatMonth = (date: Date) => monthFormat.format(date);
export const formatWeekday = (date: Date) => weekdayFormat.format(date);
export const formatNumber = (n: number) => numberFormat.format(n);

export function formatRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}

/** "3 days", "½ day", "4 hours". */
/** The parts of days a request leaves out, for people: "morning", "from noon on the first day"…; empty when whole. */
export function partsOfDay(r: { halfDay: string; startHalf: string; endHalf: string }): string {
  if (r.halfDay === 'MORNING') return 'morning';
  if (r.halfDay === 'AFTERNOON') return 'afternoon';
  const parts = [r.startHalf === 'AFTERNOON' && 'from noon on the first day',
    r.endHalf === 'MORNING' && 'until noon on the last day'].filter(Boolean);
  return parts.join(', ');
}

export function formatAmount(amount: number, unit: 'DAYS' | 'HOURS'): string {
  const n = formatNumber(amount);
  if (unit === 'HOURS') return `${n} ${amount === 1 ? 'hour' : 'hours'}`;
  return `${n} ${amount === 1 ? 'day' : 'days'}`;
}

/**
 * The first day of the week: 1 = Monday … 7 = Sunday (Intl's numbering). CLDR's week data belongs to a region, so
 * the person's language with their workplace's country (`de` in the US starts on Sunday, `en` in Germany on Monday);
 * without a country, the browser's own locale.
 */
export function firstDayOfWeek(region?: string): number {
  const language = new Intl.Locale(navigator.language).language;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(region ? `${language}-${region}` : navigator.language);
  } catch {
    locale = new Intl.Locale(navigator.language);
  }
  const week = locale as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return week.getWeekInfo?.().firstDay ?? week.weekInfo?.firstDay ?? 1;
}
