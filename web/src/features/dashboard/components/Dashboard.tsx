import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardCalendarQuery } from '../../../api/generated';
import { DashboardCalendar, ExpiringBalances } from '../api/operations';
import { LoadError, Section } from '../../../components/ui';
import { leaveTypeName, useApp, workplaceFirstDayOfWeek } from '../../../lib/context';
import { formatAmount, formatDay, formatNumber, formatRange, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { figuresOf, weekStartOf, type Entry, type Split } from '../utils/figures';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const MONTHS = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(undefined, { month: 'short' })
  .format(new Date(2026, i, 1)));
// the calendar chips' colours: each passes contrast on white
const TAKEN = '#0b5cad';
const PLANNED = '#8a3b12';

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
  const withoutAllowance = new Set(app.leaveTypes.filter((t) => !t.deductsFromAllowance).map((t) => t.id));
  const figures = calendar.data && figuresOf(calendar.data, year, now,
    weekStartOf(now, workplaceFirstDayOfWeek(app)), withoutAllowance);
  const teamName = (teamId: string) => app.teams.find((t) => t.id === teamId)?.name ?? 'No team';
  const scopeName = kind === 'team' ? `team ${teamName(id)}` : kind === 'location'
    ? app.locations.find((l) => l.id === id)?.name ?? 'the location' : 'everyone';

  return (
    <>
      <h1>Dashboard</h1>
      <div class="toolbar">
        <div class="field"><label for="dashboard-scope">Show</label>
          <select id="dashboard-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
            <option value="">Everyone</option>
            {app.teams.length > 0 && <optgroup label="Teams">
              {app.teams.map((t) => <option key={t.id} value={`team:${t.id}`}>{t.name}</option>)}</optgroup>}
            <optgroup label="Locations">
              {app.locations.map((l) => <option key={l.id} value={`location:${l.id}`}>{l.name}</option>)}</optgroup>
          </select></div>
        <button type="button" class="secondary" onClick={() => setYear(year - 1)}>Show {year - 1}</button>
        <button type="button" class="secondary" onClick={() => setYear(year + 1)}>Show {year + 1}</button>
      </div>
      <LoadError error={calendar.error} retry={calendar.reload} />
      {!figures ? <p aria-live="polite">Loading…</p> : (
        <>
          <div class="dashboard-lists">
            <AwayList title="Away today" entries={figures.awayToday} empty="Nobody is away today." />
            <AwayList title="Away this week" entries={figures.awayThisWeek} empty="Nobody is away this week." />
            <AwayList title="Coming up (next 30 days)" entries={figures.upcoming} empty="Nothing planned in the next 30 days." />
          </div>
          <Expiring kind={kind} id={id} />
          <BarChart title={`Leave by month, ${year} (${scopeName})`} labels={MONTHS} rows={figures.byMonth} unit="days" />
          <BarChart title={`Leave by type, ${year}`} labels={[...figures.byType.keys()].map((t) => leaveTypeName(app, t))}
                    rows={[...figures.byType.values()]} unit="days" />
          <BarChart title={`Leave by team, ${year}`} labels={[...figures.byTeam.keys()].map(teamName)}
                    rows={[...figures.byTeam.values()]} unit="days" />
          <BarChart title={`Sick leave and other leave without an allowance: absences begun, ${year}`} labels={MONTHS}
                    rows={figures.spellsByMonth.map((n) => ({ taken: n, planned: 0 }))} unit="absences" single
                    note={`${figures.peopleWithSpells} ${figures.peopleWithSpells === 1 ? 'person' : 'people'} had at least one.`} />
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
  return (
    <Section title="Carried-over days that will expire unused">
      <LoadError error={expiring.error} retry={expiring.reload} />
      {expiring.data && (expiring.data.items.length === 0 ? <p>No carried-over days will expire unused.</p> : (
        <ul class="plain">{expiring.data.items.map((e) => (
          <li key={`${e.userId}-${e.leaveTypeId}`}><strong>{e.userName}</strong> · {leaveTypeName(app, e.leaveTypeId)} ·{' '}
            {formatAmount(e.days, 'DAYS')} expire on {formatDay(e.expiresOn)} unless taken before</li>))}
          {expiring.data.nextToken && <li class="muted">And more: the soonest hundred are shown.</li>}
        </ul>))}
    </Section>
  );
}

function AwayList({ title, entries, empty }: { title: string; entries: Entry[]; empty: string }) {
  const app = useApp();
  return (
    <Section title={title}>
      {entries.length === 0 ? <p>{empty}</p> : (
        <ul class="plain">{entries.map((e) => (
          <li key={e.requestId}><strong>{e.userName}</strong> · {leaveTypeName(app, e.leaveTypeId)} ·{' '}
            {formatRange(e.startDate, e.endDate)}{e.status === 'PENDING' ? ' (awaiting approval)' : ''}</li>))}
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
          : [{ label: 'Taken', data: rows.map((r) => r.taken), backgroundColor: TAKEN },
            { label: 'Planned or awaiting approval', data: rows.map((r) => r.planned), backgroundColor: PLANNED }],
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
      <div class="chart-canvas"><canvas ref={canvas} role="img" aria-label={`${title}: a bar chart; its figures are in the table below`} /></div>
      <details>
        <summary>The figures as a table</summary>
        <table class="figures-table">
          <caption class="visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{single ? 'Month' : ''}</th>
            {single ? <th scope="col">Absences</th> : <><th scope="col">Taken ({unit})</th>
              <th scope="col">Planned or awaiting approval ({unit})</th><th scope="col">Total ({unit})</th></>}</tr></thead>
          <tbody>{labels.map((label, i) => (
            <tr key={label}><th scope="row">{label}</th><td>{formatNumber(rows[i].taken)}</td>
              {!single && <><td>{formatNumber(rows[i].planned)}</td><td>{formatNumber(rows[i].taken + rows[i].planned)}</td></>}</tr>))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
