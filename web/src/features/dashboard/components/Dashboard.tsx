import { t, useT } from '../../../i18n/i18n';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardCalendarQuery } from '../../../api/generated';
import { DashboardCalendar, ExpiringBalances } from '../api/operations';
import { LoadError, Section } from '../../../components/ui';
import { leaveTypeName, useApp, workplaceFirstDayOfWeek } from '../../../lib/context';
import { formatAmount, formatDay, formatMonthName, formatNumber, formatRange, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { figuresOf, weekStartOf, type Entry, type Split } from '../utils/figures';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The months' short names in the person's language. */
const months = () => Array.from({ length: 12 }, (_, i) => formatMonthName(new Date(2026, i, 1)));
// the calendar chips' colours: each passes contrast on white
const TAKEN = '#0b5cad';
const PLANNED = '#8a3b12';
const DAYS = () => t({ id: 'dashboard.days', defaultMessage: 'days', description: 'The unit of the leave charts' });
const TAKEN_WORD = () => t({ id: 'chart.takenLegend', defaultMessage: 'Taken', description: 'Legend of a chart' });
const PLANNED_WORD = () => t({ id: 'chart.plannedLegend', defaultMessage: 'Planned or awaiting approval', description: 'Legend of a chart' });

/**
 * The organization's leave at a glance, for admins and approvers, in the scope they choose: who is away, what is
 * coming, and the year's leave by month, type and team. It reads the calendar a page at a time (each entry carries
 * its counted days per month, as the server counts them) and follows every change live.
 */
export function Dashboard() {
  const app = useApp();
  const now = today();
  const [year, setYear] = useState(Number(now.slice(0, 4)));
  const [scope, setScope] = useState('');
  useT();
  const [kind, id] = scope.split(':');
  const calendar = useLive(app.live, ['requests'], async () => {
    const entries: Entry[] = [];
    let nextToken: string | null = null;
    do {
      const page: DashboardCalendarQuery = await app.api.run(DashboardCalendar, { from: `${year}-01-01`,
        to: `${year}-12-31`, locationId: kind === 'location' ? id : null, teamId: kind === 'team' ? id : null, nextToken });
      entries.push(...page.teamCalendarPage.items);
      nextToken = page.teamCalendarPage.nextToken ?? null;
    } while (nextToken);
    return entries;
  }, [year, scope]);
  const withoutAllowance = new Set(app.leaveTypes.filter((lt) => !lt.deductsFromAllowance).map((lt) => lt.id));
  const figures = calendar.data && figuresOf(calendar.data, year, now,
    weekStartOf(now, workplaceFirstDayOfWeek(app)), withoutAllowance);
  const teamName = (teamId: string) => app.teams.find((team) => team.id === teamId)?.name ?? t({ id: 'people.noTeam', defaultMessage: 'No team', description: 'Choice: in no team' });
  const scopeName = kind === 'team' ? t({ id: 'dashboard.teamScope', defaultMessage: 'team {name}', description: 'The scope of a chart: one team' }, { name: teamName(id) }) : kind === 'location'
    ? app.locations.find((l) => l.id === id)?.name ?? t({ id: 'dashboard.theLocation', defaultMessage: 'the location', description: 'A location no longer known' }) : t({ id: 'dashboard.everyoneScope', defaultMessage: 'everyone', description: 'The scope of a chart: everyone' });
  const MONTHS = months();

  return (
    <>
      <h1>{t({ id: 'nav.dashboard', defaultMessage: 'Dashboard', description: 'Main menu: figures for approvers' })}</h1>
      <div class="toolbar">
        <div class="field"><label for="dashboard-scope">{t({ id: 'dashboard.show', defaultMessage: 'Show', description: 'Field: whose figures' })}</label>
          <select id="dashboard-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
            <option value="">{t({ id: 'calendar.everyone', defaultMessage: 'Everyone', description: 'Calendar filter: all locations' })}</option>
            {app.teams.length > 0 && <optgroup label={t({ id: 'teams.title', defaultMessage: 'Teams', description: 'Section of the set-up' })}>
              {app.teams.map((team) => <option key={team.id} value={`team:${team.id}`}>{team.name}</option>)}</optgroup>}
            <optgroup label={t({ id: 'locations.title', defaultMessage: 'Locations', description: 'Section of the set-up' })}>
              {app.locations.map((l) => <option key={l.id} value={`location:${l.id}`}>{l.name}</option>)}</optgroup>
          </select></div>
        <button type="button" class="secondary" onClick={() => setYear(year - 1)}>{t({ id: 'home.showYear', defaultMessage: 'Show {year}', description: 'Button: balances of another year' }, { year: String(year - 1) })}</button>
        <button type="button" class="secondary" onClick={() => setYear(year + 1)}>{t({ id: 'home.showYear', defaultMessage: 'Show {year}', description: 'Button: balances of another year' }, { year: String(year + 1) })}</button>
      </div>
      <LoadError error={calendar.error} retry={calendar.reload} />
      {!figures ? <p aria-live="polite">{t({ id: 'app.loading', defaultMessage: 'Loading…', description: 'Shown while a screen loads' })}</p> : (
        <>
          <div class="dashboard-lists">
            <AwayList title={t({ id: 'dashboard.awayToday', defaultMessage: 'Away today', description: 'List' })} entries={figures.awayToday} empty={t({ id: 'dashboard.nobodyToday', defaultMessage: 'Nobody is away today.', description: 'Empty list' })} />
            <AwayList title={t({ id: 'dashboard.awayWeek', defaultMessage: 'Away this week', description: 'List' })} entries={figures.awayThisWeek} empty={t({ id: 'dashboard.nobodyWeek', defaultMessage: 'Nobody is away this week.', description: 'Empty list' })} />
            <AwayList title={t({ id: 'dashboard.comingUp', defaultMessage: 'Coming up (next 30 days)', description: 'List' })} entries={figures.upcoming} empty={t({ id: 'dashboard.nothingComing', defaultMessage: 'Nothing planned in the next 30 days.', description: 'Empty list' })} />
          </div>
          <Expiring kind={kind} id={id} />
          <BarChart title={t({ id: 'dashboard.byMonth', defaultMessage: 'Leave by month, {year} ({scope})', description: 'Chart title' }, { year: String(year), scope: scopeName })} labels={MONTHS} rows={figures.byMonth} unit={DAYS()} />
          <BarChart title={t({ id: 'dashboard.byType', defaultMessage: 'Leave by type, {year}', description: 'Chart title' }, { year: String(year) })} labels={[...figures.byType.keys()].map((lt) => leaveTypeName(app, lt))}
                    rows={[...figures.byType.values()]} unit={DAYS()} />
          <BarChart title={t({ id: 'dashboard.byTeam', defaultMessage: 'Leave by team, {year}', description: 'Chart title' }, { year: String(year) })} labels={[...figures.byTeam.keys()].map(teamName)}
                    rows={[...figures.byTeam.values()]} unit={DAYS()} />
          <BarChart title={t({ id: 'dashboard.spells', defaultMessage: 'Sick leave and other leave without an allowance: absences begun, {year}', description: 'Chart title' }, { year: String(year) })} labels={MONTHS}
                    rows={figures.spellsByMonth.map((n) => ({ taken: n, planned: 0 }))} unit={t({ id: 'dashboard.absences', defaultMessage: 'absences', description: 'The unit of the sick leave chart' })} single
                    note={t({ id: 'dashboard.spellsNote', defaultMessage: '{count, plural, one {# person} other {# people}} had at least one.', description: 'How many people had sick leave' }, { count: figures.peopleWithSpells })} />
        </>
      )}
    </>
  );
}

/** Carried-over days that will expire unused unless taken, the soonest first: the first hundred, and how many more. */
function Expiring({ kind, id }: { kind: string; id: string }) {
  const app = useApp();
  const expiring = useLive(app.live, ['balances', 'requests'], () => app.api.run(ExpiringBalances, {
    locationId: kind === 'location' ? id : null, teamId: kind === 'team' ? id : null, nextToken: null,
  }).then((d) => d.expiringBalancesPage), [kind, id]);
  useT();
  return (
    <Section title={t({ id: 'dashboard.expiring', defaultMessage: 'Carried-over days that will expire unused', description: 'Section' })}>
      <LoadError error={expiring.error} retry={expiring.reload} />
      {expiring.data && (expiring.data.items.length === 0 ? <p>{t({ id: 'dashboard.noneExpiring', defaultMessage: 'No carried-over days will expire unused.', description: 'Empty list' })}</p> : (
        <ul class="plain">{expiring.data.items.map((e) => (
          <li key={`${e.userId}-${e.leaveTypeId}`}><strong>{e.userName}</strong> · {leaveTypeName(app, e.leaveTypeId)} ·{' '}
            {t({ id: 'dashboard.expiresOn', defaultMessage: '{amount} expire on {day} unless taken before', description: 'Carried-over days about to expire' }, { amount: formatAmount(e.days, 'DAYS'), day: formatDay(e.expiresOn) })}</li>))}
          {expiring.data.nextToken && <li class="muted">{t({ id: 'dashboard.andMore', defaultMessage: 'And more: the soonest hundred are shown.', description: 'The list is cut' })}</li>}
        </ul>))}
    </Section>
  );
}

function AwayList({ title, entries, empty }: { title: string; entries: Entry[]; empty: string }) {
  const app = useApp();
  useT();
  return (
    <Section title={title}>
      {entries.length === 0 ? <p>{empty}</p> : (
        <ul class="plain">{entries.map((e) => (
          <li key={e.requestId}><strong>{e.userName}</strong> · {leaveTypeName(app, e.leaveTypeId)} ·{' '}
            {formatRange(e.startDate, e.endDate)}{e.status === 'PENDING' ? ` ${t({ id: 'dashboard.awaiting', defaultMessage: '(awaiting approval)', description: 'After pending leave' })}` : ''}</li>))}
        </ul>)}
    </Section>
  );
}

/**
 * A bar chart (taken and planned stacked) drawn by Chart.js, with the same figures as a table for those who do not
 * see the chart, and for anyone who wants the numbers.
 */
function BarChart({ title, labels, rows, unit, single, note }: {
  title: string; labels: string[]; rows: Split[]; unit: string; single?: boolean; note?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: single ? [{ label: unit, data: rows.map((r) => r.taken), backgroundColor: TAKEN }]
          : [{ label: TAKEN_WORD(), data: rows.map((r) => r.taken), backgroundColor: TAKEN },
            { label: PLANNED_WORD(), data: rows.map((r) => r.planned), backgroundColor: PLANNED }],
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        plugins: { legend: { display: !single } },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify([labels, rows])]);
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section class="card chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p class="muted">{note}</p>}
      <div class="chart-canvas"><canvas ref={canvas} role="img" aria-label={t({ id: 'chart.label', defaultMessage: '{title}: a bar chart; its figures are in the table below', description: 'Accessible name of a chart' }, { title })} /></div>
      <details>
        <summary>{t({ id: 'chart.asTable', defaultMessage: 'The figures as a table', description: 'Opens the chart’s table' })}</summary>
        <table class="figures-table">
          <caption class="visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{single ? t({ id: 'chart.month', defaultMessage: 'Month', description: 'Column' }) : ''}</th>
            {single ? <th scope="col">{t({ id: 'chart.absences', defaultMessage: 'Absences', description: 'Column' })}</th> : <><th scope="col">{t({ id: 'chart.taken', defaultMessage: 'Taken ({unit})', description: 'Column' }, { unit })}</th>
              <th scope="col">{t({ id: 'chart.planned', defaultMessage: 'Planned or awaiting approval ({unit})', description: 'Column' }, { unit })}</th><th scope="col">{t({ id: 'chart.total', defaultMessage: 'Total ({unit})', description: 'Column' }, { unit })}</th></>}</tr></thead>
          <tbody>{labels.map((label, i) => (
            <tr key={label}><th scope="row">{label}</th><td>{formatNumber(rows[i].taken)}</td>
              {!single && <><td>{formatNumber(rows[i].planned)}</td><td>{formatNumber(rows[i].taken + rows[i].planned)}</td></>}</tr>))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
