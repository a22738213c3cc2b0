import type { DayOfWeek } from '../api/generated';

export const WEEK: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const dayName = (d: DayOfWeek) => d.charAt(0) + d.slice(1).toLowerCase();

/** Working-day checkboxes in calendar order. */
export function WeekPicker({ legend, days, onChange }: {
  legend: string; days: DayOfWeek[]; onChange: (days: DayOfWeek[]) => void;
}) {
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
