import { currentLanguage, t, useLanguage, useT, type Language } from '../../../i18n/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { HolidayCalendarsQuery } from '../../../api/generated';
import { HolidayCalendars } from '../api/operations';
import { useApp, type AppContext } from '../../../lib/context';

type CalendarName = HolidayCalendarsQuery['holidayCalendars'][number];

const loaded = new Map<Language, Promise<CalendarName[]>>();

/**
 * The calendars and their names in the person's language, asked once per page and language (they change only with
 * the server's holiday library).
 */
function calendarNames(app: AppContext): Promise<CalendarName[]> {
  const language = currentLanguage();
  let names = loaded.get(language);
  if (!names) {
    names = app.api.run(HolidayCalendars, { language }).then((d) => d.holidayCalendars)
      .catch((e: unknown) => { loaded.delete(language); throw e; });
    loaded.set(language, names);
  }
  return names;
}

/** Calendar names by code, once loaded (empty until then, and if they cannot be loaded: codes are shown then). */
export function useCalendarNames(): Map<string, string> {
  const app = useApp();
  const [names, setNames] = useState(new Map<string, string>());
  const { language } = useLanguage();
  useEffect(() => {
    calendarNames(app).then((all) => setNames(new Map(all.map((c) => [c.code, c.name]))), () => undefined);
  }, [language]);
  return names;
}

const MATCHES = 8;

/**
 * A location's holiday calendar, found by its name ("Bavaria", "New York") or typed as its code: the code is what is
 * saved, the name is what a person reads.
 */
export function HolidayCalendarPicker({ id, label, value, onChange, describedBy }: {
  id: string; label: string; value: string; onChange: (code: string) => void; describedBy?: string;
}) {
  const app = useApp();
  useT();
  const [names, setNames] = useState<CalendarName[]>([]);
  const { language } = useLanguage();
  useEffect(() => { calendarNames(app).then(setNames, () => setNames([])); }, [language]);
  const typed = value.trim();
  const chosen = names.find((c) => c.code === typed.toUpperCase());
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = chosen || words.length === 0 ? []
    : names.filter((c) => words.every((w) => `${c.name} ${c.code}`.toLowerCase().includes(w))).slice(0, MATCHES);
  return (
    <div class="field calendar-picker">
      <label for={id}>{label}</label>
      <input id={id} value={value} autocomplete="off" placeholder={t({ id: 'picker.placeholder', defaultMessage: 'A country or region: Germany, Bavaria, New York, FR', description: 'Placeholder of the holiday calendar field' })}
             aria-describedby={[`${id}-name`, describedBy].filter(Boolean).join(' ')}
             onInput={(e) => onChange(e.currentTarget.value)} />
      <p id={`${id}-name`} class="muted" aria-live="polite">{chosen ? chosen.name
        : typed && matches.length === 0 && names.length > 0 ? t({ id: 'picker.none', defaultMessage: 'No calendar has this name or code.', description: 'The typed calendar is unknown' }) : ''}</p>
      {matches.length > 0 && (
        <ul class="plain calendar-matches" aria-label={t({ id: 'picker.matches', defaultMessage: 'Holiday calendars matching “{typed}”', description: 'Accessible name of the list of matches' }, { typed })}>
          {matches.map((c) => (
            <li key={c.code}><button type="button" class="link" onClick={() => onChange(c.code)}>
              {c.name} <span class="muted">({c.code})</span></button></li>))}
        </ul>
      )}
    </div>
  );
}
