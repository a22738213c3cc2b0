import { useState } from 'preact/hooks';
import type { TeamCalendarQuery } from '../../../api/generated';
import { TeamCalendar } from '../api/operations';
import { LoadError } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { leaveTypeName, useApp, workplaceFirstDayOfWeek } from '../../../lib/context';
import { formatMonth, formatWeekday, isoDate, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';

type Entry = TeamCalendarQuery['teamCalendar'][number];

/** Who is away when: a month of the organization (or one location or team), by leave type, never the reason. */
export function Calendar() {
  const app = useApp();
  useT();
  const [month, setMonth] = useState(() => today().slice(0, 7));
  const [locationId, setLocationId] = useState('');
  // a member sees their own team first (SPEC §3.8); everyone is one choice away
  const [teamId, setTeamId] = useState(app.me.teamId ?? '');
  const [year, monthIndex] = month.split('-').map(Number);
  const first = new Date(year, monthIndex - 1, 1);
  const last = new Date(year, monthIndex, 0);
  const entries = useLive(app.live, ['requests'], () => app.api.run(TeamCalendar, {
    from: isoDate(first), to: isoDate(last), locationId: locationId || null, teamId: teamId || null,
  }).then((d) => d.teamCalendar), [month, locationId, teamId]);
  const shift = (months: number) => setMonth(isoDate(new Date(year, monthIndex - 1 + months, 1)).slice(0, 7));

  // the weeks of the month, starting on the first day of the week where the person works (their location's country)
  const start = workplaceFirstDayOfWeek(app) % 7; // getDay(): 0 = Sunday
  const lead = (first.getDay() - start + 7) % 7;
  const days: (Date | null)[] = [...Array(lead).fill(null),
    ...Array.from({ length: last.getDate() }, (_, i) => new Date(year, monthIndex - 1, i + 1))];
  while (days.length % 7) days.push(null);
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 7 + start + i)); // 7 Jan 2024 = Sunday
  const away = (date: string) => (entries.data ?? []).filter((e) => e.startDate <= date && e.endDate >= date)
    .sort((a, b) => a.userName.localeCompare(b.userName));
  const types = [...new Set((entries.data ?? []).map((e) => e.leaveTypeId))];
  const now = today();

  return (
    <>
      <h1>{t({ id: 'nav.calendar', defaultMessage: 'Who is away', description: 'Main menu: the team calendar' })}</h1>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={() => shift(-1)} aria-label={t({ id: 'calendar.previous', defaultMessage: 'Previous month', description: 'Calendar button' })}>‹</button>
        <h2 class="month" aria-live="polite">{formatMonth(first)}</h2>
        <button type="button" class="secondary" onClick={() => shift(1)} aria-label={t({ id: 'calendar.next', defaultMessage: 'Next month', description: 'Calendar button' })}>›</button>
        <label for="calendar-location">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</label>
        <select id="calendar-location" value={locationId} onChange={(e) => setLocationId(e.currentTarget.value)}>
          <option value="">{t({ id: 'calendar.everyone', defaultMessage: 'Everyone', description: 'Calendar filter: all locations' })}</option>
          {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        {app.teams.length > 0 && <>
          <label for="calendar-team">{t({ id: 'calendar.team', defaultMessage: 'Team', description: 'Filter of the calendar by team' })}</label>
          <select id="calendar-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">{t({ id: 'calendar.allTeams', defaultMessage: 'All teams', description: 'Calendar filter: every team' })}</option>
            {app.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select></>}
      </div>
      <LoadError error={entries.error} retry={entries.reload} />
      <table class="month-grid">
        <caption class="visually-hidden">{t({ id: 'calendar.caption', defaultMessage: 'Leave in {month}', description: 'Caption of the month grid for screen readers; month is e.g. "July 2026"' }, { month: formatMonth(first) })}</caption>
        <thead><tr>{weekdays.map((d) => <th key={d.getDay()} scope="col">{formatWeekday(d)}</th>)}</tr></thead>
        <tbody>
          {Array.from({ length: days.length / 7 }, (_, w) => (
            <tr key={w}>
              {days.slice(w * 7, w * 7 + 7).map((d, i) => {
                if (!d) return <td key={i} class="empty" />;
                const iso = isoDate(d);
                const people = away(iso);
                return (
                  <td key={i} class={iso === now ? 'today' : undefined} data-date={iso}>
                    <span class="day-number">{d.getDate()}</span>
                    <ul class="away">
                      {people.map((e) => <AwayChip key={e.requestId} entry={e} typeIndex={types.indexOf(e.leaveTypeId)} />)}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="legend">
        {types.map((type, i) => <span key={type} class={`chip type-${i % 6}`}>{leaveTypeName(app, type)}</span>)}
        <span class="chip pending">{t({ id: 'calendar.pendingApproval', defaultMessage: 'Pending approval', description: 'Legend of the calendar: leave not yet approved' })}</span>
      </p>
    </>
  );

  function AwayChip({ entry, typeIndex }: { entry: Entry; typeIndex: number }) {
    const what = t({ id: 'calendar.entry', description: 'What a person on the calendar is away for: the leave type, the half day, whether pending',
      defaultMessage: '{type}{half, select, MORNING { (morning)} AFTERNOON { (afternoon)} other {}}{status, select, PENDING {, pending} other {}}' },
    { type: leaveTypeName(app, entry.leaveTypeId), half: entry.halfDay, status: entry.status });
    return (
      <li class={`chip type-${typeIndex % 6}${entry.status === 'PENDING' ? ' pending' : ''}`} title={t({ id: 'calendar.chipTitle', defaultMessage: '{name}: {what}', description: 'Tooltip of a person on the calendar' }, { name: entry.userName, what })}
          tabIndex={0}>
        {entry.userName}<span class="visually-hidden">: {what}</span>
      </li>
    );
  }
}
