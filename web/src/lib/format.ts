// Dates, numbers and the first day of the week in the person's language and workplace's country (SPEC §3.11).
import { formatLocale, t } from '../i18n/i18n';

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

const FORMATS = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  month: { month: 'long', year: 'numeric' },
  weekday: { weekday: 'short' },
  weekdayName: { weekday: 'long' },
  monthName: { month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(kind: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${formatLocale()} ${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formatLocale(), FORMATS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}

export const formatDay = (iso: string) => dateFormat('day').format(parseDate(iso));
export const formatShort = (iso: string) => dateFormat('short').format(parseDate(iso));
export const formatMonth = (date: Date) => dateFormat('month').format(date);
export const formatWeekday = (date: Date) => dateFormat('weekday').format(date);
/** A day's whole name: "Monday", "Montag", "lundi". */
export const formatWeekdayName = (date: Date) => dateFormat('weekdayName').format(date);
/** A month's short name: "Jan", "janv.". */
export const formatMonthName = (date: Date) => dateFormat('monthName').format(date);
export function formatNumber(n: number): string {
  let format = numberFormats.get(formatLocale());
  if (!format) {
    format = new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 2 });
    numberFormats.set(formatLocale(), format);
  }
  return format.format(n);
}

export function formatRange(start: string, end: string): string {
  return start === end ? formatDay(start) : t({ id: 'format.range', defaultMessage: '{first} – {last}',
    description: 'A span of dates: its first and last day, already formatted' },
  { first: formatDay(start), last: formatDay(end) });
}

/** The parts of days a request leaves out, for people: "morning", "from noon on the first day"…; empty when whole. */
export function partsOfDay(r: { halfDay: string; startHalf: string; endHalf: string }): string {
  if (r.halfDay === 'MORNING') return t({ id: 'format.morning', defaultMessage: 'morning', description: 'A half day of leave: the morning only' });
  if (r.halfDay === 'AFTERNOON') return t({ id: 'format.afternoon', defaultMessage: 'afternoon', description: 'A half day of leave: the afternoon only' });
  const parts = [r.startHalf === 'AFTERNOON' && t({ id: 'format.fromNoonFirstDay', defaultMessage: 'from noon on the first day',
    description: 'Leave of several days that starts at noon on its first day' }),
  r.endHalf === 'MORNING' && t({ id: 'format.untilNoonLastDay', defaultMessage: 'until noon on the last day',
    description: 'Leave of several days that ends at noon on its last day' })].filter(Boolean);
  return formatList(parts as string[]);
}

/** Items one after another as the language lists them ("Monday, Tuesday, Friday"). */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(formatLocale(), { type: 'unit' }).format(items);
}

/** A holiday with its day: "New Year's Day (Thu, 1 Jan 2026)". */
export function formatHoliday(holiday: { name: string; date: string }): string {
  return t({ id: 'explain.holiday', defaultMessage: '{name} ({day})', description: 'A holiday with its day, in a list' },
    { name: holiday.name, day: formatDay(holiday.date) });
}

/** "3 days", "0.5 days", "1 hour": the plural as the language says it (French: "1,5 jour"). */
export function formatAmount(amount: number, unit: 'DAYS' | 'HOURS'): string {
  return unit === 'HOURS'
    ? t({ id: 'format.hours', defaultMessage: '{amount, plural, one {# hour} other {# hours}}', description: 'An amount of leave in hours' }, { amount })
    : t({ id: 'format.days', defaultMessage: '{amount, plural, one {# day} other {# days}}', description: 'An amount of leave in days (half days possible)' }, { amount });
}

/**
 * The first day of the week: 1 = Monday … 7 = Sunday (Intl's numbering). CLDR's week data belongs to a region, so
 * the person's language with their workplace's country (`de` in the US starts on Sunday, `en` in Germany on Monday);
 * without a country, the region the app formats in (the browser's, when it speaks the same language), else the
 * language's own default region.
 */
export function firstDayOfWeek(region?: string): number {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(formatLocale());
    if (region) locale = new Intl.Locale(`${locale.language}-${region}`);
    if (!locale.region) locale = locale.maximize();
  } catch {
    locale = new Intl.Locale(formatLocale()).maximize();
  }
  const week = locale as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return week.getWeekInfo?.().firstDay ?? week.weekInfo?.firstDay ?? 1;
}
