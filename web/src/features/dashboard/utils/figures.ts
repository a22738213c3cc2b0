import type { DashboardCalendarQuery } from '../../../api/generated';
import { isoDate, parseDate } from '../../../lib/format';

export type Entry = DashboardCalendarQuery['teamCalendarPage']['items'][number];

/** Taken: approved leave that has begun; planned: approved leave still to come, and anything awaiting approval. */
export interface Split {
  taken: number;
  planned: number;
}

export interface Figures {
  awayToday: Entry[];
  awayThisWeek: Entry[];
  upcoming: Entry[];
  /** Per month of the year (index 0 = January), the amounts counted in it. */
  byMonth: Split[];
  byType: Map<string, Split>;
  /** Per team id ('' for people in none). */
  byTeam: Map<string, Split>;
  /** Per month, how many absences of a type without an allowance (sick leave and the like) began in it. */
  spellsByMonth: number[];
  /** People with at least one such absence in the year. */
  peopleWithSpells: number;
}

const UPCOMING_DAYS = 30;

function addDays(iso: string, days: number): string {
  const date = parseDate(iso);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

/**
 * The dashboard's figures from the calendar entries of one year (PENDING and APPROVED leave, each with its counted
 * amount per month, as the server counts it: nothing here re-implements a rule of leave).
 *
 * @param weekStart the first day of the week that holds today
 * @param withoutAllowance the leave types that count against no allowance (sick leave and the like)
 */
export function figuresOf(entries: Entry[], year: number, today: string, weekStart: string,
                          withoutAllowance: Set<string>): Figures {
  const weekEnd = addDays(weekStart, 6);
  const byMonth: Split[] = Array.from({ length: 12 }, () => ({ taken: 0, planned: 0 }));
  const byType = new Map<string, Split>();
  const byTeam = new Map<string, Split>();
  const spellsByMonth = Array<number>(12).fill(0);
  const spellPeople = new Set<string>();
  const add = (map: Map<string, Split>, key: string, part: keyof Split, amount: number) => {
    const split = map.get(key) ?? { taken: 0, planned: 0 };
    split[part] += amount;
    map.set(key, split);
  };
  for (const e of entries) {
    const part: keyof Split = e.status === 'APPROVED' && e.startDate <= today ? 'taken' : 'planned';
    for (const m of e.months) {
      if (Number(m.month.slice(0, 4)) !== year) continue;
      byMonth[Number(m.month.slice(5, 7)) - 1][part] += m.amount;
      add(byType, e.leaveTypeId, part, m.amount);
      add(byTeam, e.teamId ?? '', part, m.amount);
    }
    if (withoutAllowance.has(e.leaveTypeId) && Number(e.startDate.slice(0, 4)) === year) {
      spellsByMonth[Number(e.startDate.slice(5, 7)) - 1] += 1;
      spellPeople.add(e.userId);
    }
  }
  const byStart = (a: Entry, b: Entry) => a.startDate.localeCompare(b.startDate) || a.userName.localeCompare(b.userName);
  return {
    awayToday: entries.filter((e) => e.startDate <= today && e.endDate >= today).sort(byStart),
    awayThisWeek: entries.filter((e) => e.startDate <= weekEnd && e.endDate >= weekStart).sort(byStart),
    upcoming: entries.filter((e) => e.startDate > today && e.startDate <= addDays(today, UPCOMING_DAYS)).sort(byStart),
    byMonth, byType, byTeam, spellsByMonth, peopleWithSpells: spellPeople.size,
  };
}

/** The first day of the week holding `today`, for a week starting on `firstDay` (1 = Monday … 7 = Sunday). */
export function weekStartOf(today: string, firstDay: number): string {
  const weekday = parseDate(today).getDay() || 7; // 1 = Monday … 7 = Sunday
  return addDays(today, -((weekday - firstDay + 7) % 7));
}
