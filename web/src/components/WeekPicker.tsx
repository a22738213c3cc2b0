import { useT } from '../i18n/i18n';
import { formatWeekdayName } from '../lib/format';
import type { DayOfWeek } from '../api/generated';

export const WEEK: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** The day's name in the person's language ("Monday", "Montag", "lundi"). */
export const dayName = (d: DayOfWeek) => formatWeekdayName(new Date(2024, 0, 1 + WEEK.indexOf(d))); // a Monday

/** Working-day checkboxes in calendar order. */
export function WeekPicker({ legend, days, onChange }: {
  legend: string; days: DayOfWeek[]; onChange: (days: DayOfWeek[]) => void;
}) {
  useT();
  return (
    <fieldset><legend>{legend}</legend>
      {WEEK.map((d) => (
        <label key={d} class="inline"><input type="checkbox" checked={days.includes(d)} onChange={(e) =>
          onChange(e.currentTarget.checked ? WEEK.filter((w) => days.includes(w) || w === d)
            : days.filter((w) => w !== d))} /> {dayName(d)}</label>
      ))}
    </fieldset>
  );
}
