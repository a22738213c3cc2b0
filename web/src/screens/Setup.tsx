import { useEffect, useState } from 'preact/hooks';
import { toApiError, type ApiError } from '../api/errors';
import { useCommand } from './useCommand';
import { ImportPeople } from './ImportPeople';
import { Workflow } from './Workflow';
import { Integrations } from './Integrations';
import { LeaveTypeSettings, LocationSettings, OrganizationName, SettingsTrail, Teams, WeekPicker, WEEK } from './Corrections';
import { PersonDetails } from './PersonDetails';
import { ProrationNotice } from './ProrationNotice';
import { addPerson } from './addPerson';
import { HolidayCalendarPicker, useCalendarNames } from './HolidayCalendarPicker';
import { FirstRunWalk, useFirstRunWalk, type WalkStep } from './FirstRunWalk';
import type { DayOfWeek, LeaveUnit, PublicHolidaysQuery, Role } from '../api/generated';
import {
  AssignApprover, ChangeUserRole, CreateLeaveType, CreateLocation, MoveUserToLocation, MoveUserToTeam, Policies,
  PublicHolidays, RemoveLeavePolicy, SetLeavePolicy,
} from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../components';
import { leaveTypeName, useApp, type Person } from '../context';
import { formatDay, formatNumber, today } from '../format';
import { useLive } from '../live';

/** An admin sets up and runs the organization: locations, leave types, policies, people. */
export function Setup() {
  const app = useApp();
  const walk = useFirstRunWalk(app.me.orgId, app.locations.length === 0);
  const [finished, setFinished] = useState(false);
  if (walk.step !== undefined) {
    return (
      <>
        <h1>Set-up of {app.organizationName}</h1>
        <SetupWalk step={walk.step} go={walk.go} leave={walk.leave} finish={() => { walk.finish(); setFinished(true); }} />
      </>
    );
  }
  return (
    <>
      <h1>Set-up of {app.organizationName}</h1>
      {finished && <p class="notice notice-ok" role="status">The first-run set-up is done. Everything it made, and every
        other setting, is below; each can be corrected where it is shown.</p>}
      {walk.leftAt !== undefined && <p class="notice">
        You left the first-run set-up at step {walk.leftAt + 1}.{' '}
        <button type="button" class="link" onClick={() => walk.go(walk.leftAt ?? 0)}>Continue the walk-through</button></p>}
      <p class="muted">What people count and request depends on these: their location (its holidays and working
        week), the leave types, and each location's policy for each type. Every setting can be corrected where it is
        shown; each correction is kept in the audit trail and every figure it touches is counted again.</p>
      <OrganizationName />
      <Locations />
      <LeaveTypes />
      <LeavePolicies />
      <Teams />
      <People />
      <ImportPeople />
      <Workflow />
      <Integrations />
      <SettingsTrail />
    </>
  );
}

/** The walk of a new organization: the four things without which nobody can request leave, in the order they need. */
function SetupWalk(walk: { step: number; go: (step: number) => void; leave: (step: number) => void; finish: () => void }) {
  const app = useApp();
  const policies = useLive(app.live, ['settings'], () => app.api.run(Policies, {}).then((d) => d.policies), [app.locations.length]);
  const steps: WalkStep[] = [
    { title: 'Locations', done: app.locations.length > 0, content: <><Locations /><YourLocation /></>,
      purpose: 'Where people work: each location has a time zone, its public holidays and a working week. Add one '
        + 'for every country or region whose holidays differ.' },
    { title: 'Leave types', done: app.leaveTypes.length > 0, content: <LeaveTypes />,
      purpose: 'What people can ask for: vacation or PTO counted against an allowance, sick days that are not, and '
        + 'anything else your company grants.' },
    { title: 'Leave policies', done: (policies.data?.length ?? 0) > 0, content: <LeavePolicies onChanged={policies.reload} />,
      purpose: 'How much of each type people earn in each location, how much carries over into the next year and for '
        + 'how long, and whether a balance may go below zero.' },
    { title: 'People', done: app.people.size > 1, content: <><YourLocation /><People /><ImportPeople /></>,
      purpose: 'Who works here: add people one by one or import them from a CSV file, with their location, team, '
        + 'start date and approver. They sign in with the e-mail address you give.' },
  ];
  return <FirstRunWalk steps={steps} {...walk} />;
}

function Locations() {
  const app = useApp();
  const calendarNames = useCalendarNames();
  const zones = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [calendar, setCalendar] = useState('');
  const [days, setDays] = useState<DayOfWeek[]>(WEEK.slice(0, 5));
  const [holidays, setHolidays] = useState<PublicHolidaysQuery['publicHolidays']>();
  const [calendarError, setCalendarError] = useState<ApiError>();
  const command = useCommand();
  // the year being set up first; the next on demand
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);

  useEffect(() => {
    setHolidays(undefined);
    setCalendarError(undefined);
    if (!calendar.trim()) return;
    const timer = setTimeout(() => app.api.run(PublicHolidays, { holidayCalendar: calendar.trim().toUpperCase(),
      year }).then((d) => setHolidays(d.publicHolidays), (e) => setCalendarError(toApiError(e))), 250);
    return () => clearTimeout(timer);
  }, [calendar, year]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const done = await command.run(async () => {
      await app.api.run(CreateLocation, { name: name.trim(), timeZone,
        holidayCalendar: calendar.trim().toUpperCase(), workingDays: days });
      await app.directoryChanged();
    });
    if (done) {
      setName('');
      setCalendar('');
    }
  };
  return (
    <Section title="Locations">
      <ul class="plain">{app.locations.map((l) => (
        <li key={l.id}><details>
          <summary>{l.name} <span class="muted">({l.timeZone}, holidays of {calendarNames.get(l.holidayCalendar)
            ?? l.holidayCalendar}{l.archived ? ', archived' : ''})</span></summary>
          <LocationSettings location={l} zones={zones} />
        </details></li>))}</ul>
      {app.locations.length === 0 && <p>No location yet: people need one for their holidays and working week.</p>}
      <form onSubmit={submit} noValidate aria-label="Add a location">
        <div class="field"><label for="location-name">Name</label>
          <input id="location-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for="location-zone">Time zone</label>
          <select id="location-zone" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select></div>
        <HolidayCalendarPicker id="location-calendar" label="Public holidays" value={calendar} onChange={setCalendar}
                               describedBy="calendar-preview" />
        <FieldError id="calendar-error" error={calendarError} />
        <div id="calendar-preview" class="muted" aria-live="polite">
          {holidays && (holidays.length === 0 ? `No public holidays in ${year}.`
            : `${holidays.length} public holidays in ${year}: `
              + holidays.map((h) => `${h.name} (${formatDay(h.date)})`).join(', '))}
          {calendar.trim() && <>{' '}<button type="button" class="link" onClick={() => setYear(year === thisYear ? thisYear + 1 : thisYear)}>
            Show {year === thisYear ? thisYear + 1 : thisYear}</button></>}
        </div>
        <WeekPicker legend="Working days" days={days} onChange={setDays} />
        <FieldError id="location-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add location</button>
      </form>
    </Section>
  );
}

function LeaveTypes() {
  const app = useApp();
  const [name, setName] = useState('');
  const [deducts, setDeducts] = useState(true);
  const [approval, setApproval] = useState(true);
  const [halfDays, setHalfDays] = useState(true);
  const [unit, setUnit] = useState<LeaveUnit>('DAYS');
  const command = useCommand();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await command.run(async () => {
      await app.api.run(CreateLeaveType, { name: name.trim(), deductsFromAllowance: deducts,
        requiresApproval: approval, allowHalfDays: unit === 'DAYS' && halfDays, unit });
      await app.directoryChanged();
    })) setName('');
  };
  return (
    <Section title="Leave types">
      <ul class="plain">{app.leaveTypes.map((t) => (
        <li key={t.id}><details><summary>{t.name} <span class="muted">({[t.deductsFromAllowance ? 'counts against an allowance' : 'no allowance',
          t.requiresApproval ? 'needs approval' : 'approved at once', t.unit === 'HOURS' ? 'in hours' : 'in days',
          ...(t.archived ? ['archived'] : [])].join(', ')})</span></summary>
          <LeaveTypeSettings type={t} /></details></li>))}</ul>
      <form onSubmit={submit} noValidate aria-label="Add a leave type">
        <div class="field"><label for="type-name">Name</label>
          <input id="type-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <label class="inline"><input type="checkbox" checked={deducts} onChange={(e) => setDeducts(e.currentTarget.checked)} />
          Counts against a yearly allowance</label>
        <label class="inline"><input type="checkbox" checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} />
          Needs approval</label>
        <label class="inline"><input type="checkbox" checked={halfDays} disabled={unit === 'HOURS'}
          onChange={(e) => setHalfDays(e.currentTarget.checked)} /> Half days allowed</label>
        <fieldset><legend>Counted in</legend>
          <label class="inline"><input type="radio" name="unit" checked={unit === 'DAYS'} onChange={() => setUnit('DAYS')} /> Days</label>
          <label class="inline"><input type="radio" name="unit" checked={unit === 'HOURS'} onChange={() => setUnit('HOURS')} /> Hours</label>
        </fieldset>
        <FieldError id="type-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add leave type</button>
      </form>
    </Section>
  );
}

function carryOver(p: { rolloverMaxDays?: number | null; rolloverExpiryMonths?: number | null;
  negativeBalanceAllowedDays?: number | null }): string {
  const carried = p.rolloverMaxDays == null ? 'all that is left carries over'
    : p.rolloverMaxDays === 0 ? 'nothing carries over' : `at most ${formatNumber(p.rolloverMaxDays)} carry over`;
  const expiry = p.rolloverExpiryMonths && p.rolloverMaxDays !== 0
    ? `, until the end of month ${p.rolloverExpiryMonths} of the next year` : '';
  const negative = p.negativeBalanceAllowedDays ? `; may go ${formatNumber(p.negativeBalanceAllowedDays)} below zero` : '';
  return carried + expiry + negative;
}

/** `onChanged`: the first-run walk marks its step done once a policy is set. */
function LeavePolicies({ onChanged }: { onChanged?: () => void }) {
  const app = useApp();
  const policies = useLive(app.live, ['settings'], () => app.api.run(Policies, {}).then((d) => d.policies), [app.locations.length]);
  const deducting = app.leaveTypes.filter((t) => t.deductsFromAllowance);
  const [locationId, setLocationId] = useState('');
  const [leaveTypeId, setLeaveTypeId] = useState('');
  const [effectiveDate, setEffectiveDate] = useState(`${today().slice(0, 4)}-01-01`);
  const [allowance, setAllowance] = useState('25');
  const [accrual, setAccrual] = useState<'UPFRONT' | 'MONTHLY'>('UPFRONT');
  const [rollover, setRollover] = useState('');
  const [expiry, setExpiry] = useState('');
  const [negative, setNegative] = useState('');
  const command = useCommand();
  const removal = useCommand();
  const location = locationId || app.locations[0]?.id || '';
  const type = leaveTypeId || deducting[0]?.id || '';
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await command.run(async () => {
      await app.api.run(SetLeavePolicy, { locationId: location, leaveTypeId: type, effectiveDate,
        annualAllowanceDays: number(allowance) ?? Number.NaN, accrual, rolloverMaxDays: number(rollover),
        rolloverExpiryMonths: number(expiry), negativeBalanceAllowedDays: number(negative) });
    })) {
      policies.reload();
      onChanged?.();
    }
  };
  if (app.locations.length === 0 || deducting.length === 0) {
    return <Section title="Leave policies"><p>Add a location and a leave type that counts against an allowance first.</p></Section>;
  }
  return (
    <Section title="Leave policies">
      <LoadError error={policies.error} retry={policies.reload} />
      <ul>{policies.data?.map((p) => (
        <li key={p.id}>{app.locations.find((l) => l.id === p.locationId)?.name}, {leaveTypeName(app, p.leaveTypeId)}:{' '}
          {formatNumber(p.annualAllowanceDays)} a year {p.accrual === 'MONTHLY' ? 'earned monthly' : 'from 1 January'},
          from {formatDay(p.effectiveDate)}; {carryOver(p)}{' '}
          <ConfirmButton label="Remove policy" question={`Remove this policy from ${formatDay(p.effectiveDate)}? The balances`
            + ` of everyone in ${app.locations.find((l) => l.id === p.locationId)?.name ?? 'the location'} are counted`
            + ' again as if it had never been set.'}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveLeavePolicy, { locationId: p.locationId, leaveTypeId: p.leaveTypeId,
                effectiveDate: p.effectiveDate });
              policies.reload();
              onChanged?.();
            })} /></li>))}</ul>
      <FieldError id="policy-remove-error" error={removal.error} />
      <form onSubmit={submit} noValidate aria-label="Set a leave policy">
        <div class="field"><label for="policy-location">Location</label>
          <select id="policy-location" value={location} onChange={(e) => setLocationId(e.currentTarget.value)}>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        <div class="field"><label for="policy-type">Leave type</label>
          <select id="policy-type" value={type} onChange={(e) => setLeaveTypeId(e.currentTarget.value)}>
            {deducting.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>
        <div class="field"><label for="policy-from">In force from</label>
          <input id="policy-from" type="date" value={effectiveDate} onInput={(e) => setEffectiveDate(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-allowance">Allowance a year</label>
          <input id="policy-allowance" inputMode="decimal" value={allowance} onInput={(e) => setAllowance(e.currentTarget.value)} /></div>
        <fieldset><legend>Earned</legend>
          <label class="inline"><input type="radio" name="accrual" checked={accrual === 'UPFRONT'} onChange={() => setAccrual('UPFRONT')} /> All on 1 January</label>
          <label class="inline"><input type="radio" name="accrual" checked={accrual === 'MONTHLY'} onChange={() => setAccrual('MONTHLY')} /> Month by month</label>
        </fieldset>
        <div class="field"><label for="policy-rollover">Carried over at most (empty: all)</label>
          <input id="policy-rollover" inputMode="decimal" value={rollover} onInput={(e) => setRollover(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-expiry">Carried over expires after months (empty: never)</label>
          <input id="policy-expiry" inputMode="numeric" value={expiry} onInput={(e) => setExpiry(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-negative">May go below zero by (empty: 0)</label>
          <input id="policy-negative" inputMode="decimal" value={negative} onInput={(e) => setNegative(e.currentTarget.value)} /></div>
        <FieldError id="policy-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Set policy</button>
      </form>
    </Section>
  );
}

const PAGE = 50;
type SortKey = 'name' | 'role' | 'location' | 'team';
const SORTS: Record<SortKey, (app: ReturnType<typeof useApp>) => (p: { name: string; role: string;
  locationId?: string | null; teamId?: string | null }) => string> = {
  name: () => (p) => p.name,
  role: () => (p) => p.role,
  location: (app) => (p) => app.locations.find((l) => l.id === p.locationId)?.name ?? '\uffff', // none last
  team: (app) => (p) => app.teams.find((t) => t.id === p.teamId)?.name ?? '\uffff', // none last
};

function People() {
  const app = useApp();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string>();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const openLocations = app.locations.filter((l) => !l.archived);
  const [locationId, setLocationId] = useState<string>();
  const [startDate, setStartDate] = useState(`${today().slice(0, 4)}-01-01`);
  const [teamId, setTeamId] = useState('');
  const [approverId, setApproverId] = useState('');
  // preset: the admin's own location, else the first; "" is a deliberate "none yet"
  const location = locationId ?? (app.me.locationId && openLocations.some((l) => l.id === app.me.locationId)
    ? app.me.locationId : openLocations[0]?.id ?? '');
  const command = useCommand();
  const rowCommand = useCommand();
  const [sort, setSort] = useState<SortKey>('name');
  const [page, setPage] = useState(0);
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sortValue = SORTS[sort](app);
  // every match counted, only one page of rows drawn: a directory of 10,000 stays quick to filter and to render
  const matches = [...app.people.values()]
    .filter((p) => words.every((w) => `${p.name} ${p.email}`.toLowerCase().includes(w)))
    .sort((a, b) => sortValue(a).localeCompare(sortValue(b)) || a.name.localeCompare(b.name));
  const pages = Math.max(1, Math.ceil(matches.length / PAGE));
  const shown = Math.min(page, pages - 1);
  const people = matches.slice(shown * PAGE, shown * PAGE + PAGE);
  const approvers = [...app.people.values()].filter((p) => p.role !== 'MEMBER');
  const add = async (event: Event) => {
    event.preventDefault();
    if (await command.run(async () => {
      const id = await addPerson(app.api, { email: email.trim(), name: name.trim(), role,
        locationId: location || null, teamId: teamId || null, startDate });
      if (approverId) await app.api.run(AssignApprover, { userId: id, approverId });
      await app.directoryChanged();
    })) {
      setEmail('');
      setName('');
    }
  };
  const change = (command: () => Promise<unknown>) =>
    rowCommand.run(async () => {
      await command();
      await app.directoryChanged();
    });
  return (
    <Section title="People">
      <form onSubmit={add} noValidate aria-label="Add a person">
        <div class="field"><label for="person-email">E-mail</label>
          <input id="person-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-name">Name</label>
          <input id="person-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for="person-role">Role</label>
          <select id="person-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <option value="MEMBER">Member</option><option value="APPROVER">Approver</option><option value="ADMIN">Admin</option>
          </select></div>
        <div class="field"><label for="person-location">Location</label>
          <select id="person-location" value={location} onChange={(e) => setLocationId(e.currentTarget.value)}>
            <option value="">None yet</option>
            {openLocations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for="person-start">Start date</label>
          <input id="person-start" type="date" value={startDate} aria-describedby="person-start-hint person-proration"
                 onInput={(e) => setStartDate(e.currentTarget.value)} />
          <p id="person-start-hint" class="muted">Their first day at this location: it decides the first year's
            allowance. For someone already working here, 1 January (or earlier) gives the whole year.</p></div>
        {location && <ProrationNotice id="person-proration" locationId={location} effectiveDate={startDate} />}
        <div class="field"><label for="person-team">Team</label>
          <select id="person-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
            <option value="">No team</option>
            {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select></div>
        <div class="field"><label for="person-approver">Approver</label>
          <select id="person-approver" value={approverId} onChange={(e) => setApproverId(e.currentTarget.value)}>
            <option value="">None: the admins decide</option>
            {approvers.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select></div>
        <FieldError id="person-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add person</button>
      </form>
      <div class="toolbar">
        <div class="field"><label for="people-search">Find a person</label>
          <input id="people-search" type="search" value={search}
                 onInput={(e) => { setSearch(e.currentTarget.value); setPage(0); }} /></div>
        <div class="field"><label for="people-sort">Sort by</label>
          <select id="people-sort" value={sort} onChange={(e) => { setSort(e.currentTarget.value as SortKey); setPage(0); }}>
            <option value="name">Name</option><option value="role">Role</option>
            <option value="location">Location</option><option value="team">Team</option>
          </select></div>
      </div>
      <p class="muted" aria-live="polite">{matches.length === 0 ? 'No one matches.'
        : `${shown * PAGE + 1}–${shown * PAGE + people.length} of ${matches.length} people`}</p>
      {pages > 1 && <div class="toolbar">
        <button type="button" class="secondary" disabled={shown === 0} onClick={() => setPage(shown - 1)}>Previous page</button>
        <button type="button" class="secondary" disabled={shown >= pages - 1} onClick={() => setPage(shown + 1)}>Next page</button>
      </div>}
      <FieldError id="people-error" error={rowCommand.error} />
      <div class="table-scroll">
        <table class="people">
          <caption class="visually-hidden">People of {app.organizationName}</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Location</th>
            <th scope="col">Team</th><th scope="col">Approver</th></tr></thead>
          <tbody>
            {people.map((p) => [
              <tr key={p.id}>
                <th scope="row">{p.name}<div class="muted">{p.email}</div>
                  {p.employmentEndsOn && <div class="muted">Leaves after {formatDay(p.employmentEndsOn)}</div>}
                  <button type="button" class="link" aria-expanded={open === p.id}
                          onClick={() => setOpen(open === p.id ? undefined : p.id)}>
                    {open === p.id ? 'Close' : 'Balances, past leave, history'}<span class="visually-hidden"> of {p.name}</span>
                  </button></th>
                <td data-label="Role"><select aria-label={`Role of ${p.name}`} value={p.role} disabled={p.id === app.me.id}
                  onChange={(e) => { const r = e.currentTarget.value as Role; change(
                    () => app.api.run(ChangeUserRole, { userId: p.id, role: r })); }}>
                  <option value="MEMBER">Member</option><option value="APPROVER">Approver</option><option value="ADMIN">Admin</option>
                </select></td>
                <td data-label="Location"><MoveToLocation person={p} /></td>
                <td data-label="Team (from today)"><select aria-label={`Team of ${p.name} from today`} value={p.teamId ?? ''}
                  onChange={(e) => { const t = e.currentTarget.value || null; change(
                    () => app.api.run(MoveUserToTeam, { userId: p.id, teamId: t, effectiveDate: today() })); }}>
                  <option value="">No team</option>
                  {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
                </select></td>
                <td data-label="Approver"><select aria-label={`Add an approver for ${p.name}`} value=""
                  onChange={(e) => { const a = e.currentTarget.value; if (a) change(
                    () => app.api.run(AssignApprover, { userId: p.id, approverId: a })); }}>
                  <option value="">{p.approverIds.length === 0 ? 'None: the admins'
                    : p.approverIds.map((id) => app.people.get(id)?.name ?? 'someone').join(', ')}</option>
                  {approvers.filter((a) => a.id !== p.id && !p.approverIds.includes(a.id))
                    .map((a) => <option key={a.id} value={a.id}>+ {a.name}</option>)}
                </select></td>
              </tr>,
              open === p.id && <tr key={`${p.id}-details`}><td colSpan={5}><PersonDetails person={p} /></td></tr>,
            ])}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/**
 * A person's location, changed from a date that is asked for, with what that date does to their allowances said
 * before saving: a person with no location yet is preset to 1 January, anyone else to today.
 */
function MoveToLocation({ person, label }: { person: Person; label?: string }) {
  const app = useApp();
  const [chosen, setChosen] = useState<string>();
  const [from, setFrom] = useState(person.locationId ? today() : `${today().slice(0, 4)}-01-01`);
  const command = useCommand();
  const key = person.id === app.me.id ? 'me' : person.id;
  const moving = chosen !== undefined && chosen !== '' && chosen !== (person.locationId ?? '');
  const move = async () => {
    if (await command.run(async () => {
      await app.api.run(MoveUserToLocation, { userId: person.id, locationId: chosen ?? '', effectiveDate: from });
      await app.directoryChanged();
    })) setChosen(undefined);
  };
  return (
    <div class="move-location">
      <select aria-label={label ?? `Location of ${person.name}`} value={chosen ?? person.locationId ?? ''}
              onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="" disabled={!!person.locationId}>None yet</option>
        {app.locations.filter((l) => !l.archived || l.id === person.locationId)
          .map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
      {moving && (
        <div class="move-location-details" role="group" aria-label={`Move ${person.name}`}>
          <div class="field"><label for={`move-from-${key}`}>From</label>
            <input id={`move-from-${key}`} type="date" value={from} aria-describedby={`move-proration-${key}`}
                   onInput={(e) => setFrom(e.currentTarget.value)} /></div>
          <ProrationNotice id={`move-proration-${key}`} userId={person.id} locationId={chosen ?? ''} effectiveDate={from} />
          <FieldError id={`move-error-${key}`} error={command.error} />
          <div class="toolbar">
            <button type="button" disabled={command.busy} onClick={move}>
              {person.id === app.me.id ? 'Set my location' : `Move ${person.name}`}</button>
            <button type="button" class="link" onClick={() => setChosen(undefined)}>Keep as it is</button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The founder is a person too: their own location, asked for in the first-run walk as soon as one exists. */
function YourLocation() {
  const app = useApp();
  const me = app.people.get(app.me.id);
  if (!me || app.locations.length === 0 || me.locationId) return null;
  return (
    <Section title="Your own location">
      <p>You work somewhere too: your location gives you its holidays, working week and leave policies.</p>
      <MoveToLocation person={me} label="Your location" />
    </Section>
  );
}
