import { useState } from 'preact/hooks';
import type { DayOfWeek, EntryFieldsFragment } from '../../../api/generated';
import {
  AddHoliday, ArchiveLeaveType, CreateTeam, RenameTeam, SetTeamManagers, SetToil, ArchiveLocation, RemoveHoliday, SetLocationWorkingWeek, UpdateLeaveType, UpdateLocation, UpdateOrganization,
} from '../api/operations';
import { MyHistory } from '../../../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { dayName, WeekPicker } from '../../../components/WeekPicker';
import { personName, useApp, type LeaveType, type Location, type Team } from '../../../lib/context';
import { useLive } from '../../../lib/live';
import { formatDay, today } from '../../../lib/format';
import { HolidayCalendarPicker } from './HolidayCalendarPicker';
import { useCommand } from '../../../hooks/useCommand';

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
        await app.directoryChanged();
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
  const [holidayOptional, setHolidayOptional] = useState(false);
  const [perYear, setPerYear] = useState(String(location.optionalHolidaysPerYear));
  const settings = useCommand();
  const working = useCommand();
  const holiday = useCommand();
  const removal = useCommand();

  return (
    <div class="settings">
      <form noValidate aria-label={`Correct ${location.name}`} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = { name: name.trim(), timeZone, holidayCalendar: calendar.trim().toUpperCase(),
          optionalHolidaysPerYear: perYear.trim() === '' ? 0 : Number(perYear) };
        await settings.run(async () => {
          await app.api.run(UpdateLocation, { locationId: location.id, ...wanted });
          await app.directoryChanged();
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
        <div class="field"><label for={`loc-optional-${id}`}>Optional holidays each person chooses a year</label>
          <input id={`loc-optional-${id}`} inputMode="numeric" value={perYear} aria-describedby={`loc-settings-error-${id}`}
                 onInput={(e) => setPerYear(e.currentTarget.value)} /></div>
        <FieldError id={`loc-settings-error-${id}`} error={settings.error} />
        <button type="submit" disabled={settings.busy}>Save {location.name}</button>
      </form>

      <form noValidate aria-label={`Working week of ${location.name}`} onSubmit={async (e) => {
        e.preventDefault();
        await working.run(async () => {
          await app.api.run(SetLocationWorkingWeek, { locationId: location.id, workingDays: week, effectiveDate: weekFrom });
          await app.directoryChanged();
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
        await holiday.run(async () => {
          await app.api.run(AddHoliday, { locationId: location.id, date: holidayDate, name: holidayName.trim(),
            optional: holidayOptional });
          // cleared before the list shows the new holiday, so a next one typed meanwhile is not wiped
          setHolidayDate('');
          setHolidayName('');
          setHolidayOptional(false);
          await app.directoryChanged();
        });
      }}>
        <h3>Custom holidays</h3>
        {location.holidays.length === 0 && location.optionalHolidays.length === 0 && <p class="muted">None: only the public holidays of {location.holidayCalendar}.</p>}
        <ul class="plain">{[...location.holidays.map((h) => ({ ...h, optional: false })),
          ...location.optionalHolidays.map((h) => ({ ...h, optional: true }))]
          .sort((a, b) => a.date.localeCompare(b.date)).map((h) => (
          <li key={h.date}>{formatDay(h.date)}: {h.name}{h.optional ? ' (optional)' : ''}{' '}
            <ConfirmButton label={`Remove ${h.name}`}
              question={h.optional ? `Remove ${h.name} (${formatDay(h.date)})? Those who chose it get the choice back, and their leave on that day counts again.`
                : `Remove ${h.name} (${formatDay(h.date)})? Leave on that day counts again for everyone in ${location.name}.`}
              onConfirm={() => removal.run(async () => {
                await app.api.run(RemoveHoliday, { locationId: location.id, date: h.date });
                await app.directoryChanged();
              })} /></li>))}</ul>
        <FieldError id={`loc-holiday-remove-error-${id}`} error={removal.error} />
        <div class="field"><label for={`loc-holiday-date-${id}`}>Date</label>
          <input id={`loc-holiday-date-${id}`} type="date" value={holidayDate}
                 onInput={(e) => setHolidayDate(e.currentTarget.value)} /></div>
        <div class="field"><label for={`loc-holiday-name-${id}`}>Name</label>
          <input id={`loc-holiday-name-${id}`} value={holidayName} onInput={(e) => setHolidayName(e.currentTarget.value)} /></div>
        <label class="inline"><input type="checkbox" checked={holidayOptional}
          onChange={(e) => setHolidayOptional(e.currentTarget.checked)} /> Optional: each person may choose it</label>
        <FieldError id={`loc-holiday-error-${id}`} error={holiday.error} />
        <button type="submit" disabled={holiday.busy}>Add holiday</button>
      </form>

      {!location.archived && (
        <p><ConfirmButton label={`Archive ${location.name}`}
          question={`Archive ${location.name}? No one can be moved there any more; the people there keep their leave and history.`}
          onConfirm={() => removal.run(async () => {
            await app.api.run(ArchiveLocation, { locationId: location.id });
            await app.directoryChanged();
          })} /></p>
      )}
    </div>
  );
}

/** A whole number of days typed in a box: empty is no limit, which the API takes as 0. */
const limit = (typed: string) => (typed.trim() === '' ? 0 : Number(typed));
const shown = (value: number | null | undefined) => (value == null ? '' : String(value));

/** A leave type's name, approval settings and rules, corrected for requests made from now on, or archived. */
export function LeaveTypeSettings({ type }: { type: LeaveType }) {
  const app = useApp();
  const id = type.id.replace(/[^a-zA-Z0-9]/g, '');
  const [name, setName] = useState(type.name);
  const [approval, setApproval] = useState(type.requiresApproval);
  const [halfDays, setHalfDays] = useState(type.allowHalfDays);
  const [calendarDays, setCalendarDays] = useState(type.countsCalendarDays);
  const [consecutive, setConsecutive] = useState(shown(type.maxConsecutiveDays));
  const [notice, setNotice] = useState(shown(type.minNoticeDays));
  const [waiting, setWaiting] = useState(shown(type.waitingPeriodDays));
  const [cap, setCap] = useState(shown(type.maxBalanceDays));
  const command = useCommand();
  const days = (label: string, field: string, value: string, set: (v: string) => void) => (
    <div class="field"><label for={`${field}-${id}`}>{label}</label>
      <input id={`${field}-${id}`} type="number" min={0} inputMode="numeric" value={value}
             placeholder="no limit" onInput={(e) => set(e.currentTarget.value)} /></div>
  );
  return (
    <form class="settings" noValidate aria-label={`Correct ${type.name}`} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = { name: name.trim(), requiresApproval: approval, allowHalfDays: type.unit === 'DAYS' && halfDays,
        countsCalendarDays: type.unit === 'DAYS' && calendarDays, maxConsecutiveDays: limit(consecutive),
        minNoticeDays: limit(notice), waitingPeriodDays: limit(waiting),
        ...(type.deductsFromAllowance ? { maxBalanceDays: limit(cap) } : {}) };
      await command.run(async () => {
        await app.api.run(UpdateLeaveType, { leaveTypeId: type.id, ...wanted });
        await app.directoryChanged();
      });
    }}>
      <div class="field"><label for={`type-name-${id}`}>Name</label>
        <input id={`type-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <label class="inline"><input type="checkbox" checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} />
        Needs approval</label>
      <label class="inline"><input type="checkbox" checked={halfDays} disabled={type.unit === 'HOURS'}
        onChange={(e) => setHalfDays(e.currentTarget.checked)} /> Half days allowed</label>
      <label class="inline"><input type="checkbox" checked={calendarDays} disabled={type.unit === 'HOURS'}
        onChange={(e) => setCalendarDays(e.currentTarget.checked)} /> Counts calendar days (weekends and holidays too)</label>
      <fieldset><legend>Rules (empty: none)</legend>
        {days('Most consecutive days', 'consecutive', consecutive, setConsecutive)}
        {days('Days of notice', 'notice', notice, setNotice)}
        {days('Waiting period after joining, in days', 'waiting', waiting, setWaiting)}
        {type.deductsFromAllowance && days('Most days available at once', 'cap', cap, setCap)}
      </fieldset>
      <p class="muted">For requests made from now on; requests already made keep theirs. What a type counts never
        changes: for that, add a new type and archive this one.</p>
      <FieldError id={`type-settings-error-${id}`} error={command.error} />
      <button type="submit" disabled={command.busy}>Save {type.name}</button>{' '}
      {type.deductsFromAllowance && !type.toil && <ConfirmButton label={`Make ${type.name} time off in lieu`}
        question={`Make ${type.name} time off in lieu? Overtime recorded for people then adds to their ${type.name} balance`
          + ' (and expires after 12 months).'}
        onConfirm={() => command.run(async () => {
          await app.api.run(SetToil, { leaveTypeId: type.id, expiryMonths: 12 });
          await app.directoryChanged();
        })} />}
      {type.toil && <p class="muted">Time off in lieu: recorded overtime adds to it
        {type.toilExpiryMonths ? ` and expires after ${type.toilExpiryMonths} months` : ''}.</p>}{' '}
      {!type.archived && <ConfirmButton label={`Archive ${type.name}`}
        question={`Archive ${type.name}? No one can request it any more; balances and past leave stay.`}
        onConfirm={() => command.run(async () => {
          await app.api.run(ArchiveLeaveType, { leaveTypeId: type.id });
          await app.directoryChanged();
        })} />}
    </form>
  );
}

/** One change of the organization's settings in words: "You removed the holiday of 19 Jun 2026 in Berlin". */
export function describeSetting(app: ReturnType<typeof useApp>, entry: EntryFieldsFragment['entry'],
                                actor: string): string {
  const location = app.locations.find((l) => l.id === entry.locationId)?.name ?? 'a location';
  const leaveType = app.leaveTypes.find((t) => t.id === entry.leaveTypeId)?.name ?? 'a leave type';
  const day = (date: string | null) => (date ? formatDay(date) : '');
  switch (entry.kind) {
    case 'ORGANIZATION_FOUNDED': return `${actor} created the organization ${entry.name}`;
    case 'ORGANIZATION_NAMED': return `${actor} renamed the organization ${entry.name}`;
    case 'LOCATION_ADDED': return `${actor} added the location ${entry.name}`;
    case 'LOCATION_CORRECTED': return `${actor} corrected ${entry.name}: ${entry.timeZone}, holidays ${entry.holidayCalendar}`;
    case 'LOCATION_WEEK_SET': return `${actor} set the working week of ${location} from `
      + `${day(entry.from)}: ${(entry.workingDays ?? []).map(dayName).join(', ')}`;
    case 'LOCATION_CLOSED': return `${actor} archived ${location}`;
    case 'HOLIDAY_ADDED': return `${actor} added the holiday ${entry.name} on ${day(entry.from)} in ${location}`;
    case 'HOLIDAY_TAKEN_BACK': return `${actor} removed the holiday of ${day(entry.from)} in ${location}`;
    case 'LEAVE_TYPE_ADDED': return `${actor} added the leave type ${entry.name}`;
    case 'LEAVE_TYPE_CORRECTED': return `${actor} corrected the leave type ${entry.name}`;
    case 'LEAVE_TYPE_CLOSED': return `${actor} archived ${leaveType}`;
    case 'POLICY_SET': return `${actor} set the ${leaveType} policy of ${location} from ${day(entry.from)}`;
    case 'POLICY_TAKEN_BACK': return `${actor} removed the ${leaveType} policy of ${location} from ${day(entry.from)}`;
    case 'BLACKOUT_ADDED': return `${actor} added a blackout period ${day(entry.from)} – ${day(entry.to)}`;
    case 'BLACKOUT_TAKEN_BACK': return `${actor} removed a blackout period`;
    case 'APPROVER_GROUP_SET': return `${actor} set the approver group ${entry.name}`;
    case 'APPROVER_GROUP_TAKEN_BACK': return `${actor} removed an approver group`;
    case 'APPROVAL_CHAIN_SET': return `${actor} set the approval chain of ${leaveType}`;
    case 'TIME_OFF_IN_LIEU_ENABLED': return `${actor} made ${leaveType} time off in lieu`;
    case 'LEAVE_TYPE_RULES_SET': return `${actor} set the rules of ${leaveType}`;
    case 'WEBHOOK_ADDED': return `${actor} registered a webhook`;
    case 'WEBHOOK_TAKEN_BACK': return `${actor} removed a webhook`;
    case 'SCIM_TOKEN_ISSUED': return `${actor} issued the SCIM token “${entry.name ?? ''}”`;
    case 'SCIM_TOKEN_REVOKED': return `${actor} revoked a SCIM token`;
    case 'PROVISIONING_SET': return `${actor} set how provisioned people are placed`;
    case 'TEAM_ADDED': return `${actor} added the team ${entry.name}`;
    case 'TEAM_NAMED': return `${actor} renamed a team ${entry.name}`;
    case 'TEAM_MANAGERS_SET': return `${actor} chose the managers of ${app.teams.find((t) => t.id === entry.teamId)?.name ?? 'a team'}`;
    default: return `A change by ${actor}`;
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
            {describeSetting(app, e.entry, personName(app, e.actorId) === 'you' ? 'You' : personName(app, e.actorId))}</li>
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
          await app.directoryChanged();
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
    await app.directoryChanged();
  });
  return (
    <form class="settings" noValidate aria-label={`Team ${team.name}`} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = name.trim();
      await command.run(async () => {
        await app.api.run(RenameTeam, { teamId: team.id, name: wanted });
        await app.directoryChanged();
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
