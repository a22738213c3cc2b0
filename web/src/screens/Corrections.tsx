import { useState } from 'preact/hooks';
import type { DayOfWeek } from '../api/generated';
import {
  AddHoliday, ArchiveLeaveType, CreateTeam, MyHistory, RenameTeam, SetTeamManagers, SetToil, ArchiveLocation, RemoveHoliday, SetLocationWorkingWeek, UpdateLeaveType,
  UpdateLocation, UpdateOrganization,
} from '../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../components';
import { personName, useApp, type LeaveType, type Location, type Team } from '../context';
import { useLive } from '../live';
import { formatDay, today } from '../format';
import { HolidayCalendarPicker } from './HolidayCalendarPicker';
import { useCommand } from './useCommand';

export const WEEK: DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const dayName = (d: DayOfWeek) => d.charAt(0) + d.slice(1).toLowerCase();

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

/** The organization's name, corrected in place. */
export function OrganizationName() {
  const app = useApp();
  const [name, setName] = useState(app.organizationName);
  const command = useCommand();
  return (
    <form class="inline-form" noValidate aria-label="Rename the organization" onSubmit={async (e) => {
      e.preventDefault();
      const wanted = name.trim();
      await command.run(async () => {
        await app.api.run(UpdateOrganization, { name: wanted });
        await app.directoryChanged((d) => d.organization?.name === wanted);
      });
    }}>
      <div class="field"><label for="organization-name">Organization name</label>
        <input id="organization-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <FieldError id="organization-name-error" error={command.error} />
      <button type="submit" disabled={command.busy || name.trim() === app.organizationName}>Rename</button>
    </form>
  );
}

/** Everything an admin may correct about one location: its settings, working week, custom holidays, archiving. */
export function LocationSettings({ location, zones }: { location: Location; zones: string[] }) {
  const app = useApp();
  const id = location.id.replace(/[^a-zA-Z0-9]/g, '');
  const [name, setName] = useState(location.name);
  const [timeZone, setTimeZone] = useState(location.timeZone);
  const [calendar, setCalendar] = useState(location.holidayCalendar);
  const current = location.workingWeeks[location.workingWeeks.length - 1]?.workingDays ?? location.workingDays;
  const [week, setWeek] = useState<DayOfWeek[]>(current);
  const [weekFrom, setWeekFrom] = useState(today());
  const [holidayDate, setHolidayDate] = useState('');
  const [holidayName, setHolidayName] = useState('');
  const settings = useCommand();
  const working = useCommand();
  const holiday = useCommand();
  const removal = useCommand();
  const shows = (check: (l: Location) => boolean) =>
    app.directoryChanged((d) => d.locations.some((l) => l.id === location.id && check(l)));

  return (
    <div class="settings">
      <form noValidate aria-label={`Correct ${location.name}`} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = { name: name.trim(), timeZone, holidayCalendar: calendar.trim().toUpperCase() };
        await settings.run(async () => {
          await app.api.run(UpdateLocation, { locationId: location.id, ...wanted });
          await shows((l) => l.name === wanted.name && l.timeZone === wanted.timeZone
            && l.holidayCalendar === wanted.holidayCalendar);
        });
      }}>
        <h3>Name, time zone and holidays</h3>
        <div class="field"><label for={`loc-name-${id}`}>Name</label>
          <input id={`loc-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for={`loc-zone-${id}`}>Time zone</label>
          <select id={`loc-zone-${id}`} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}</select></div>
        <HolidayCalendarPicker id={`loc-calendar-${id}`} label="Public holidays" value={calendar} onChange={setCalendar} />
        <p class="muted">A new holiday calendar counts the days of everyone's leave here again.</p>
        <FieldError id={`loc-settings-error-${id}`} error={settings.error} />
        <button type="submit" disabled={settings.busy}>Save {location.name}</button>
      </form>

      <form noValidate aria-label={`Working week of ${location.name}`} onSubmit={async (e) => {
        e.preventDefault();
        await working.run(async () => {
          await app.api.run(SetLocationWorkingWeek, { locationId: location.id, workingDays: week, effectiveDate: weekFrom });
          await shows((l) => l.workingWeeks.some((w) => w.effectiveDate === weekFrom));
        });
      }}>
        <h3>Working week</h3>
        <ul class="plain">{location.workingWeeks.map((w) => (
          <li key={w.effectiveDate ?? 'first'}>{w.effectiveDate ? `From ${formatDay(w.effectiveDate)}` : 'At first'}:{' '}
            {w.workingDays.map(dayName).join(', ')}</li>))}</ul>
        <WeekPicker legend="New working days" days={week} onChange={setWeek} />
        <div class="field"><label for={`loc-week-from-${id}`}>In force from</label>
          <input id={`loc-week-from-${id}`} type="date" value={weekFrom}
                 onInput={(e) => setWeekFrom(e.currentTarget.value)} /></div>
        <p class="muted">Leave from that date on is counted again for everyone here without a week of their own.</p>
        <FieldError id={`loc-week-error-${id}`} error={working.error} />
        <button type="submit" disabled={working.busy}>Set working week</button>
      </form>

      <form noValidate aria-label={`Custom holidays of ${location.name}`} onSubmit={async (e) => {
        e.preventDefault();
        if (await holiday.run(async () => {
          await app.api.run(AddHoliday, { locationId: location.id, date: holidayDate, name: holidayName.trim() });
          await shows((l) => l.holidays.some((h) => h.date === holidayDate));
        })) {
          setHolidayDate('');
          setHolidayName('');
        }
      }}>
        <h3>Custom holidays</h3>
        {location.holidays.length === 0 && <p class="muted">None: only the public holidays of {location.holidayCalendar}.</p>}
        <ul class="plain">{location.holidays.map((h) => (
          <li key={h.date}>{formatDay(h.date)}: {h.name}{' '}
            <ConfirmButton label={`Remove ${h.name}`}
              question={`Remove ${h.name} (${formatDay(h.date)})? Leave on that day counts again for everyone in ${location.name}.`}
              onConfirm={() => removal.run(async () => {
                await app.api.run(RemoveHoliday, { locationId: location.id, date: h.date });
                await shows((l) => !l.holidays.some((x) => x.date === h.date));
              })} /></li>))}</ul>
        <FieldError id={`loc-holiday-remove-error-${id}`} error={removal.error} />
        <div class="field"><label for={`loc-holiday-date-${id}`}>Date</label>
          <input id={`loc-holiday-date-${id}`} type="date" value={holidayDate}
                 onInput={(e) => setHolidayDate(e.currentTarget.value)} /></div>
        <div class="field"><label for={`loc-holiday-name-${id}`}>Name</label>
          <input id={`loc-holiday-name-${id}`} value={holidayName} onInput={(e) => setHolidayName(e.currentTarget.value)} /></div>
        <FieldError id={`loc-holiday-error-${id}`} error={holiday.error} />
        <button type="submit" disabled={holiday.busy}>Add holiday</button>
      </form>

      {!location.archived && (
        <p><ConfirmButton label={`Archive ${location.name}`}
          question={`Archive ${location.name}? No one can be moved there any more; the people there keep their leave and history.`}
          onConfirm={() => removal.run(async () => {
            await app.api.run(ArchiveLocation, { locationId: location.id });
            await shows((l) => l.archived);
          })} /></p>
      )}
    </div>
  );
}

/** A leave type's name and approval settings, corrected for requests made from now on, or archived. */
export function LeaveTypeSettings({ type }: { type: LeaveType }) {
  const app = useApp();
  const id = type.id.replace(/[^a-zA-Z0-9]/g, '');
  const [name, setName] = useState(type.name);
  const [approval, setApproval] = useState(type.requiresApproval);
  const [halfDays, setHalfDays] = useState(type.allowHalfDays);
  const command = useCommand();
  const shows = (check: (t: LeaveType) => boolean) =>
    app.directoryChanged((d) => d.leaveTypes.some((t) => t.id === type.id && check(t)));
  return (
    <form class="settings" noValidate aria-label={`Correct ${type.name}`} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = { name: name.trim(), requiresApproval: approval, allowHalfDays: type.unit === 'DAYS' && halfDays };
      await command.run(async () => {
        await app.api.run(UpdateLeaveType, { leaveTypeId: type.id, ...wanted });
        await shows((t) => t.name === wanted.name && t.requiresApproval === wanted.requiresApproval
          && t.allowHalfDays === wanted.allowHalfDays);
      });
    }}>
      <div class="field"><label for={`type-name-${id}`}>Name</label>
        <input id={`type-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <label class="inline"><input type="checkbox" checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} />
        Needs approval</label>
      <label class="inline"><input type="checkbox" checked={halfDays} disabled={type.unit === 'HOURS'}
        onChange={(e) => setHalfDays(e.currentTarget.checked)} /> Half days allowed</label>
      <p class="muted">For requests made from now on; requests already made keep theirs. What a type counts never
        changes: for that, add a new type and archive this one.</p>
      <FieldError id={`type-settings-error-${id}`} error={command.error} />
      <button type="submit" disabled={command.busy}>Save {type.name}</button>{' '}
      {type.deductsFromAllowance && !type.toil && <ConfirmButton label={`Make ${type.name} time off in lieu`}
        question={`Make ${type.name} time off in lieu? Overtime recorded for people then adds to their ${type.name} balance`
          + ' (and expires after 12 months).'}
        onConfirm={() => command.run(async () => {
          await app.api.run(SetToil, { leaveTypeId: type.id, expiryMonths: 12 });
          await shows((t) => t.toil);
        })} />}
      {type.toil && <p class="muted">Time off in lieu: recorded overtime adds to it
        {type.toilExpiryMonths ? ` and expires after ${type.toilExpiryMonths} months` : ''}.</p>}{' '}
      {!type.archived && <ConfirmButton label={`Archive ${type.name}`}
        question={`Archive ${type.name}? No one can request it any more; balances and past leave stay.`}
        onConfirm={() => command.run(async () => {
          await app.api.run(ArchiveLeaveType, { leaveTypeId: type.id });
          await shows((t) => t.archived);
        })} />}
    </form>
  );
}

type Payload = Record<string, unknown>;

/** One change of the organization's settings in words: "You removed the holiday of 19 Jun 2026 in Berlin". */
export function describeSetting(app: ReturnType<typeof useApp>, type: string, data: Payload, actor: string): string {
  const location = (id: unknown) => app.locations.find((l) => l.id === id)?.name ?? 'a location';
  const leaveType = (id: unknown) => app.leaveTypes.find((t) => t.id === id)?.name ?? 'a leave type';
  const days = (list: unknown) => (list as DayOfWeek[]).map(dayName).join(', ');
  switch (type) {
    case 'OrganizationCreated': return `${actor} created the organization ${String(data.name)}`;
    case 'OrganizationRenamed': return `${actor} renamed the organization ${String(data.name)}`;
    case 'LocationCreated': return `${actor} added the location ${String(data.name)}`;
    case 'LocationUpdated': return `${actor} corrected ${String(data.name)}: ${String(data.timeZone)}, holidays ${String(data.holidayCalendar)}`;
    case 'LocationWorkingWeekSet': return `${actor} set the working week of ${location(data.locationId)} from `
      + `${formatDay(String(data.effectiveDate))}: ${days(data.workingDays)}`;
    case 'LocationArchived': return `${actor} archived ${location(data.locationId)}`;
    case 'HolidayAdded': return `${actor} added the holiday ${String(data.name)} on ${formatDay(String(data.date))} in ${location(data.locationId)}`;
    case 'HolidayRemoved': return `${actor} removed the holiday of ${formatDay(String(data.date))} in ${location(data.locationId)}`;
    case 'LeaveTypeCreated': return `${actor} added the leave type ${String(data.name)}`;
    case 'LeaveTypeUpdated': return `${actor} corrected the leave type ${String(data.name)}`;
    case 'LeaveTypeArchived': return `${actor} archived ${leaveType(data.leaveTypeId)}`;
    case 'LeavePolicySet': return `${actor} set the ${leaveType(data.leaveTypeId)} policy of ${location(data.locationId)} from `
      + `${formatDay(String(data.effectiveDate))}`;
    case 'LeavePolicyRemoved': return `${actor} removed the ${leaveType(data.leaveTypeId)} policy of ${location(data.locationId)} `
      + `from ${formatDay(String(data.effectiveDate))}`;
    case 'BlackoutPeriodAdded': return `${actor} added a blackout period ${formatDay(String(data.from))} – ${formatDay(String(data.to))}`;
    case 'BlackoutPeriodRemoved': return `${actor} removed a blackout period`;
    case 'ApproverGroupSet': return `${actor} set the approver group ${String(data.name)}`;
    case 'ApproverGroupRemoved': return `${actor} removed an approver group`;
    case 'ApprovalChainSet': return `${actor} set the approval chain of ${leaveType(data.leaveTypeId)}`;
    case 'ToilEnabled': return `${actor} made ${leaveType(data.leaveTypeId)} time off in lieu`;
    case 'WebhookRegistered': return `${actor} registered a webhook`;
    case 'WebhookRemoved': return `${actor} removed a webhook`;
    case 'TeamCreated': return `${actor} added the team ${String(data.name)}`;
    case 'TeamRenamed': return `${actor} renamed a team ${String(data.name)}`;
    case 'TeamManagersSet': return `${actor} chose the managers of ${app.teams.find((t) => t.id === data.teamId)?.name ?? 'a team'}`;
    default: return `${type} by ${actor}`;
  }
}

/** The audit trail of the organization's settings, newest first: every correction next to what it corrected. */
export function SettingsTrail() {
  const app = useApp();
  const trail = useLive(app.live, ['settings'], () => app.api.run(MyHistory, { id: app.me.orgId }),
    [app.locations, app.leaveTypes, app.organizationName]);
  const events = trail.data?.history ?? [];
  return (
    <Section title="Changes to the settings">
      <LoadError error={trail.error} retry={trail.reload} />
      <ol class="trail">
        {[...events].reverse().slice(0, 50).map((e) => (
          <li key={e.version}><span class="muted">{formatDay(e.occurredAt.slice(0, 10))}</span>{' '}
            {describeSetting(app, e.type, JSON.parse(e.payload) as Payload,
              personName(app, e.actorId) === 'you' ? 'You' : personName(app, e.actorId))}</li>
        ))}
      </ol>
      {events.length > 50 && <p class="muted">The 50 latest of {events.length} changes.</p>}
    </Section>
  );
}

/** Teams (SPEC §3.8): add one, rename it, and choose its managers (approvers or admins). */
export function Teams() {
  const app = useApp();
  const [name, setName] = useState('');
  const command = useCommand();
  return (
    <Section title="Teams">
      <p class="muted">A team's managers approve its members' leave besides their own approvers, and its members
        see their team's calendar first.</p>
      <ul class="plain">{app.teams.map((t) => (
        <li key={t.id}><details><summary>{t.name} <span class="muted">({t.memberCount} people)</span></summary>
          <TeamSettings team={t} /></details></li>))}</ul>
      <form noValidate aria-label="Add a team" onSubmit={async (e) => {
        e.preventDefault();
        const wanted = name.trim();
        if (await command.run(async () => {
          await app.api.run(CreateTeam, { name: wanted });
          await app.directoryChanged((d) => d.teams.some((t) => t.name === wanted));
        })) setName('');
      }}>
        <div class="field"><label for="team-name">Name</label>
          <input id="team-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <FieldError id="team-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Add team</button>
      </form>
    </Section>
  );
}

function TeamSettings({ team }: { team: Team }) {
  const app = useApp();
  const id = team.id.replace(/[^a-zA-Z0-9]/g, '');
  const [name, setName] = useState(team.name);
  const command = useCommand();
  const approvers = [...app.people.values()].filter((p) => p.role !== 'MEMBER')
    .sort((a, b) => a.name.localeCompare(b.name));
  const setManagers = (managerIds: string[]) => command.run(async () => {
    await app.api.run(SetTeamManagers, { teamId: team.id, managerIds });
    await app.directoryChanged((d) => d.teams.some((t) => t.id === team.id
      && t.managerIds.length === managerIds.length));
  });
  return (
    <form class="settings" noValidate aria-label={`Team ${team.name}`} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = name.trim();
      await command.run(async () => {
        await app.api.run(RenameTeam, { teamId: team.id, name: wanted });
        await app.directoryChanged((d) => d.teams.some((t) => t.id === team.id && t.name === wanted));
      });
    }}>
      <div class="field"><label for={`team-name-${id}`}>Name</label>
        <input id={`team-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <button type="submit" disabled={command.busy}>Rename</button>
      <fieldset><legend>Managers</legend>
        {approvers.map((p) => (
          <label key={p.id} class="inline"><input type="checkbox" checked={team.managerIds.includes(p.id)}
            onChange={(e) => setManagers(e.currentTarget.checked ? [...team.managerIds, p.id]
              : team.managerIds.filter((m) => m !== p.id))} /> {p.name}</label>))}
      </fieldset>
      <FieldError id={`team-settings-error-${id}`} error={command.error} />
    </form>
  );
}
