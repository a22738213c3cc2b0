import { useState } from 'preact/hooks';
import { ApiError } from '../../../api/errors';
import type { DayOfWeek, EntryFieldsFragment } from '../../../api/generated';
import {
  AddHoliday, ArchiveLeaveType, CreateTeam, RenameTeam, SetTeamManagers, SetToil, ArchiveLocation, RemoveHoliday, SetLocationWorkingWeek, UpdateLeaveType, UpdateLocation, UpdateOrganization, SetRetention,
} from '../api/operations';
import { MyHistory } from '../../../api/operations';
import { ConfirmButton, FieldError, LanguageOptions, LoadError, Section } from '../../../components/ui';
import { dayName, WeekPicker } from '../../../components/WeekPicker';
import { LANGUAGE_NAMES, t, useT, type Language } from '../../../i18n/i18n';
import { personName, useApp, type LeaveType, type Location, type Team } from '../../../lib/context';
import { useLive } from '../../../lib/live';
import { formatDay, formatList, today } from '../../../lib/format';
import { HolidayCalendarPicker } from './HolidayCalendarPicker';
import { useCommand } from '../../../hooks/useCommand';

/** The organization's name, corrected in place. */
export function OrganizationName() {
  const app = useApp();
  useT();
  const [name, setName] = useState(app.organizationName);
  const command = useCommand();
  return (
    <>
    <form class="inline-form" noValidate aria-label={t({ id: 'org.renameLabel', defaultMessage: 'Rename the organization', description: 'Accessible name of the form' })} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = name.trim();
      await command.run(async () => {
        await app.api.run(UpdateOrganization, { name: wanted });
        await app.directoryChanged();
      });
    }}>
      <div class="field"><label for="organization-name">{t({ id: 'org.name', defaultMessage: 'Organization name', description: 'Field' })}</label>
        <input id="organization-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <FieldError id="organization-name-error" error={command.error} />
      <button type="submit" disabled={command.busy || name.trim() === app.organizationName}>{t({ id: 'org.rename', defaultMessage: 'Rename', description: 'Button' })}</button>
    </form>
    <DefaultLanguage />
    <RetentionPeriod />
    </>
  );
}

/** The language of everyone who has chosen none and whose browser asks for none the app speaks (SPEC §3.11). */
function DefaultLanguage() {
  const app = useApp();
  const command = useCommand();
  const [language, setLanguage] = useState<Language>((app.defaultLanguage as Language | undefined) ?? 'en');
  return (
    <form class="inline-form" noValidate aria-label={t({ id: 'org.languageLabel', defaultMessage: 'Default language', description: 'Accessible name of the form' })} onSubmit={async (e) => {
      e.preventDefault();
      await command.run(async () => {
        await app.api.run(UpdateOrganization, { defaultLanguage: language });
        await app.directoryChanged();
      });
    }}>
      <div class="field"><label for="organization-language">{t({ id: 'org.language', defaultMessage: 'Default language', description: 'Field: the organization\'s language' })}</label>
        <select id="organization-language" value={language} aria-describedby="organization-language-hint"
                onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
          <LanguageOptions />
        </select></div>
      <p id="organization-language-hint" class="muted">{t({ id: 'org.languageHint', defaultMessage: 'E-mails and Slack messages to people who have not chosen a language are in this one, and so is the app where their browser asks for none it speaks.', description: 'What the default language is for' })}</p>
      <FieldError id="organization-language-error" error={command.error} />
      <button type="submit" disabled={command.busy || language === app.defaultLanguage}>{t({ id: 'org.setLanguage', defaultMessage: 'Set language', description: 'Button' })}</button>
    </form>
  );
}

/** How long leavers' personal data is kept: erased that many years after their last day, once a day (SPEC §3.10). */
function RetentionPeriod() {
  const app = useApp();
  const command = useCommand();
  const [years, setYears] = useState(app.retentionYears === null ? '' : String(app.retentionYears));
  const wanted = years.trim() === '' ? null : Number(years.trim());
  const whole = wanted === null || /^\d+$/.test(years.trim());
  return (
    <form class="inline-form" noValidate aria-label={t({ id: 'org.retentionLabel', defaultMessage: 'Retention of leavers’ personal data', description: 'Accessible name of the form' })} onSubmit={async (e) => {
      e.preventDefault();
      await command.run(async () => {
        // an Int argument cannot carry "two" or 2.5: said here, in the words the server uses for 0 or 101
        if (!whole) throw new ApiError('VALIDATION_ERROR', t({ id: 'org.retentionWhole', defaultMessage: 'Enter whole years, 1 to 100, or leave it empty.', description: 'Refusal of the retention field' }), { field: 'retentionYears' });
        await app.api.run(SetRetention, { retentionYears: wanted });
        await app.directoryChanged();
      });
    }}>
      <div class="field"><label for="organization-retention">{t({ id: 'org.retention', defaultMessage: 'Erase leavers’ personal data after (years)', description: 'Field: a number of years' })}</label>
        <input id="organization-retention" inputMode="numeric" value={years} aria-describedby="organization-retention-hint"
               onInput={(e) => setYears(e.currentTarget.value)} /></div>
      <p id="organization-retention-hint" class="muted">{t({ id: 'org.retentionHint', defaultMessage: 'Once a day, the name, e-mail, reasons and notes of everyone whose last day is more than this many years ago are erased for good; their days and every figure stay. Leave it empty to keep them until an admin erases them.', description: 'What the retention period does' })}</p>
      <FieldError id="organization-retention-error" error={command.error} />
      <button type="submit" disabled={command.busy || wanted === app.retentionYears}>{t({ id: 'org.setRetention', defaultMessage: 'Set retention', description: 'Button' })}</button>
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
  useT();

  return (
    <div class="settings">
      <form noValidate aria-label={t({ id: 'location.correctLabel', defaultMessage: 'Correct {name}', description: 'Accessible name of a settings form' }, { name: location.name })} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = { name: name.trim(), timeZone, holidayCalendar: calendar.trim().toUpperCase(),
          optionalHolidaysPerYear: perYear.trim() === '' ? 0 : Number(perYear) };
        await settings.run(async () => {
          await app.api.run(UpdateLocation, { locationId: location.id, ...wanted });
          await app.directoryChanged();
        });
      }}>
        <h3>{t({ id: 'location.settingsTitle', defaultMessage: 'Name, time zone and holidays', description: 'Heading' })}</h3>
        <div class="field"><label for={`loc-name-${id}`}>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id={`loc-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for={`loc-zone-${id}`}>{t({ id: 'location.timeZone', defaultMessage: 'Time zone', description: 'Field of a location' })}</label>
          <select id={`loc-zone-${id}`} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}</select></div>
        <HolidayCalendarPicker id={`loc-calendar-${id}`} label={t({ id: 'location.publicHolidays', defaultMessage: 'Public holidays', description: 'Field: the holiday calendar of a location' })} value={calendar} onChange={setCalendar} />
        <p class="muted">{t({ id: 'location.calendarRecount', defaultMessage: 'A new holiday calendar counts the days of everyone\'s leave here again.', description: 'Hint' })}</p>
        <div class="field"><label for={`loc-optional-${id}`}>{t({ id: 'location.optionalPerYear', defaultMessage: 'Optional holidays each person chooses a year', description: 'Field of a location' })}</label>
          <input id={`loc-optional-${id}`} inputMode="numeric" value={perYear} aria-describedby={`loc-settings-error-${id}`}
                 onInput={(e) => setPerYear(e.currentTarget.value)} /></div>
        <FieldError id={`loc-settings-error-${id}`} error={settings.error} />
        <button type="submit" disabled={settings.busy}>{t({ id: 'common.save', defaultMessage: 'Save {name}', description: 'Button' }, { name: location.name })}</button>
      </form>

      <form noValidate aria-label={t({ id: 'location.weekLabel', defaultMessage: 'Working week of {name}', description: 'Accessible name of the form' }, { name: location.name })} onSubmit={async (e) => {
        e.preventDefault();
        await working.run(async () => {
          await app.api.run(SetLocationWorkingWeek, { locationId: location.id, workingDays: week, effectiveDate: weekFrom });
          await app.directoryChanged();
        });
      }}>
        <h3>{t({ id: 'location.week', defaultMessage: 'Working week', description: 'Heading' })}</h3>
        <ul class="plain">{location.workingWeeks.map((w) => (
          <li key={w.effectiveDate ?? 'first'}>{t({ id: 'location.weekFrom', defaultMessage: '{from, select, none {At first} other {From {from}}}: {days}', description: 'A dated working week; from is a day or "none"' }, { from: w.effectiveDate ? formatDay(w.effectiveDate) : 'none', days: formatList(w.workingDays.map(dayName)) })}</li>))}</ul>
        <WeekPicker legend={t({ id: 'location.newDays', defaultMessage: 'New working days', description: 'Legend of the day check boxes' })} days={week} onChange={setWeek} />
        <div class="field"><label for={`loc-week-from-${id}`}>{t({ id: 'location.inForceFrom', defaultMessage: 'In force from', description: 'Field: the date a working week starts' })}</label>
          <input id={`loc-week-from-${id}`} type="date" value={weekFrom}
                 onInput={(e) => setWeekFrom(e.currentTarget.value)} /></div>
        <p class="muted">{t({ id: 'location.weekRecount', defaultMessage: 'Leave from that date on is counted again for everyone here without a week of their own.', description: 'Hint' })}</p>
        <FieldError id={`loc-week-error-${id}`} error={working.error} />
        <button type="submit" disabled={working.busy}>{t({ id: 'location.setWeek', defaultMessage: 'Set working week', description: 'Button' })}</button>
      </form>

      <form noValidate aria-label={t({ id: 'location.holidaysLabel', defaultMessage: 'Custom holidays of {name}', description: 'Accessible name of the form' }, { name: location.name })} onSubmit={async (e) => {
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
        <h3>{t({ id: 'location.customHolidays', defaultMessage: 'Custom holidays', description: 'Heading' })}</h3>
        {location.holidays.length === 0 && location.optionalHolidays.length === 0 && <p class="muted">{t({ id: 'location.noCustom', defaultMessage: 'None: only the public holidays of {calendar}.', description: 'A location without custom holidays' }, { calendar: location.holidayCalendar })}</p>}
        <ul class="plain">{[...location.holidays.map((h) => ({ ...h, optional: false })),
          ...location.optionalHolidays.map((h) => ({ ...h, optional: true }))]
          .sort((a, b) => a.date.localeCompare(b.date)).map((h) => (
          <li key={h.date}>{t({ id: 'location.holiday', defaultMessage: '{day}: {name}{optional, select, yes { (optional)} other {}}', description: 'A custom holiday' }, { day: formatDay(h.date), name: h.name, optional: h.optional ? 'yes' : 'no' })}{' '}
            <ConfirmButton label={t({ id: 'common.remove', defaultMessage: 'Remove {name}', description: 'Button' }, { name: h.name })}
              question={h.optional ? t({ id: 'location.removeOptional', defaultMessage: 'Remove {name} ({day})? Those who chose it get the choice back, and their leave on that day counts again.', description: 'Confirmation' }, { name: h.name, day: formatDay(h.date) })
                : t({ id: 'location.removeHoliday', defaultMessage: 'Remove {name} ({day})? Leave on that day counts again for everyone in {location}.', description: 'Confirmation' }, { name: h.name, day: formatDay(h.date), location: location.name })}
              onConfirm={() => removal.run(async () => {
                await app.api.run(RemoveHoliday, { locationId: location.id, date: h.date });
                await app.directoryChanged();
              })} /></li>))}</ul>
        <FieldError id={`loc-holiday-remove-error-${id}`} error={removal.error} />
        <div class="field"><label for={`loc-holiday-date-${id}`}>{t({ id: 'common.date', defaultMessage: 'Date', description: 'Field: a date' })}</label>
          <input id={`loc-holiday-date-${id}`} type="date" value={holidayDate}
                 onInput={(e) => setHolidayDate(e.currentTarget.value)} /></div>
        <div class="field"><label for={`loc-holiday-name-${id}`}>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id={`loc-holiday-name-${id}`} value={holidayName} onInput={(e) => setHolidayName(e.currentTarget.value)} /></div>
        <label class="inline"><input type="checkbox" checked={holidayOptional}
          onChange={(e) => setHolidayOptional(e.currentTarget.checked)} /> {t({ id: 'location.optional', defaultMessage: 'Optional: each person may choose it', description: 'Check box of a new holiday' })}</label>
        <FieldError id={`loc-holiday-error-${id}`} error={holiday.error} />
        <button type="submit" disabled={holiday.busy}>{t({ id: 'location.addHoliday', defaultMessage: 'Add holiday', description: 'Button' })}</button>
      </form>

      {!location.archived && (
        <p><ConfirmButton label={t({ id: 'common.archive', defaultMessage: 'Archive {name}', description: 'Button' }, { name: location.name })}
          question={t({ id: 'location.archiveQuestion', defaultMessage: 'Archive {name}? No one can be moved there any more; the people there keep their leave and history.', description: 'Confirmation' }, { name: location.name })}
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
  useT();
  const days = (label: string, field: string, value: string, set: (v: string) => void) => (
    <div class="field"><label for={`${field}-${id}`}>{label}</label>
      <input id={`${field}-${id}`} type="number" min={0} inputMode="numeric" value={value}
             placeholder={t({ id: 'type.noLimit', defaultMessage: 'no limit', description: 'Placeholder of an empty rule' })} onInput={(e) => set(e.currentTarget.value)} /></div>
  );
  return (
    <form class="settings" noValidate aria-label={t({ id: 'location.correctLabel', defaultMessage: 'Correct {name}', description: 'Accessible name of a settings form' }, { name: type.name })} onSubmit={async (e) => {
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
      <div class="field"><label for={`type-name-${id}`}>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
        <input id={`type-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <label class="inline"><input type="checkbox" checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} />
        {' '}{t({ id: 'type.needsApproval', defaultMessage: 'Needs approval', description: 'Check box of a leave type' })}</label>
      <label class="inline"><input type="checkbox" checked={halfDays} disabled={type.unit === 'HOURS'}
        onChange={(e) => setHalfDays(e.currentTarget.checked)} /> {t({ id: 'type.halfDays', defaultMessage: 'Half days allowed', description: 'Check box of a leave type' })}</label>
      <label class="inline"><input type="checkbox" checked={calendarDays} disabled={type.unit === 'HOURS'}
        onChange={(e) => setCalendarDays(e.currentTarget.checked)} /> {t({ id: 'type.calendarDays', defaultMessage: 'Counts calendar days (weekends and holidays too)', description: 'Check box of a leave type' })}</label>
      <fieldset><legend>{t({ id: 'type.rules', defaultMessage: 'Rules (empty: none)', description: 'Legend of a leave type\'s rules' })}</legend>
        {days(t({ id: 'type.maxConsecutive', defaultMessage: 'Most consecutive days', description: 'Rule field' }), 'consecutive', consecutive, setConsecutive)}
        {days(t({ id: 'type.notice', defaultMessage: 'Days of notice', description: 'Rule field' }), 'notice', notice, setNotice)}
        {days(t({ id: 'type.waiting', defaultMessage: 'Waiting period after joining, in days', description: 'Rule field' }), 'waiting', waiting, setWaiting)}
        {type.deductsFromAllowance && days(t({ id: 'type.maxBalance', defaultMessage: 'Most days available at once', description: 'Rule field' }), 'cap', cap, setCap)}
      </fieldset>
      <p class="muted">{t({ id: 'type.fromNowOn', defaultMessage: 'For requests made from now on; requests already made keep theirs. What a type counts never changes: for that, add a new type and archive this one.', description: 'Hint' })}</p>
      <FieldError id={`type-settings-error-${id}`} error={command.error} />
      <button type="submit" disabled={command.busy}>{t({ id: 'common.save', defaultMessage: 'Save {name}', description: 'Button' }, { name: type.name })}</button>{' '}
      {type.deductsFromAllowance && !type.toil && <ConfirmButton label={t({ id: 'type.makeToil', defaultMessage: 'Make {name} time off in lieu', description: 'Button' }, { name: type.name })}
        question={t({ id: 'type.makeToilQuestion', defaultMessage: 'Make {name} time off in lieu? Overtime recorded for people then adds to their {name} balance (and expires after 12 months).', description: 'Confirmation' }, { name: type.name })}
        onConfirm={() => command.run(async () => {
          await app.api.run(SetToil, { leaveTypeId: type.id, expiryMonths: 12 });
          await app.directoryChanged();
        })} />}
      {type.toil && <p class="muted">{t({ id: 'type.toil', defaultMessage: 'Time off in lieu: recorded overtime adds to it{months, plural, =0 {} one { and expires after # month} other { and expires after # months}}.', description: 'A TOIL leave type; months 0 means it never expires' }, { months: type.toilExpiryMonths ?? 0 })}</p>}{' '}
      {!type.archived && <ConfirmButton label={t({ id: 'common.archive', defaultMessage: 'Archive {name}', description: 'Button' }, { name: type.name })}
        question={t({ id: 'type.archiveQuestion', defaultMessage: 'Archive {name}? No one can request it any more; balances and past leave stay.', description: 'Confirmation' }, { name: type.name })}
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
  const day = (date: string | null) => (date ? formatDay(date) : '');
  return t({ id: 'trail.setting', description: 'One change of the organization’s settings in the audit trail, by its kind. actor is a name or "You"; from/to are days; days a list of weekdays',
    defaultMessage: '{kind, select, '
      + 'ORGANIZATION_FOUNDED {{actor} created the organization {name}} '
      + 'ORGANIZATION_NAMED {{actor} renamed the organization {name}} '
      + 'DEFAULT_LANGUAGE_SET {{actor} set the organization’s language to {language}} '
      + 'RETENTION_PERIOD_SET {{actor} set leavers’ personal data to be {years, select, none {kept until an admin erases it} other {erased {years} years after their last day}}} '
      + 'LEAVERS_ERASED {The retention period erased the personal data of leavers gone more than {retained} years: {text}} '
      + 'LOCATION_ADDED {{actor} added the location {name}} '
      + 'LOCATION_CORRECTED {{actor} corrected {name}: {timeZone}, holidays {calendar}} '
      + 'LOCATION_WEEK_SET {{actor} set the working week of {location} from {from}: {days}} '
      + 'LOCATION_CLOSED {{actor} archived {location}} '
      + 'HOLIDAY_ADDED {{actor} added the holiday {name} on {from} in {location}} '
      + 'HOLIDAY_TAKEN_BACK {{actor} removed the holiday of {from} in {location}} '
      + 'OPTIONAL_HOLIDAY_ADDED {{actor} added the optional holiday {name} on {from} in {location}} '
      + 'OPTIONAL_HOLIDAYS_ALLOWED {{actor} set how many optional holidays people in {location} choose} '
      + 'LEAVE_TYPE_ADDED {{actor} added the leave type {name}} '
      + 'LEAVE_TYPE_CORRECTED {{actor} corrected the leave type {name}} '
      + 'LEAVE_TYPE_CLOSED {{actor} archived {leaveType}} '
      + 'POLICY_SET {{actor} set the {leaveType} policy of {location} from {from}} '
      + 'POLICY_TAKEN_BACK {{actor} removed the {leaveType} policy of {location} from {from}} '
      + 'BLACKOUT_ADDED {{actor} added a blackout period {from} – {to}} '
      + 'BLACKOUT_TAKEN_BACK {{actor} removed a blackout period} '
      + 'APPROVER_GROUP_SET {{actor} set the approver group {name}} '
      + 'APPROVER_GROUP_TAKEN_BACK {{actor} removed an approver group} '
      + 'APPROVAL_CHAIN_SET {{actor} set the approval chain of {leaveType}} '
      + 'TIME_OFF_IN_LIEU_ENABLED {{actor} made {leaveType} time off in lieu} '
      + 'LEAVE_TYPE_RULES_SET {{actor} set the rules of {leaveType}} '
      + 'WEBHOOK_ADDED {{actor} registered a webhook} '
      + 'WEBHOOK_TAKEN_BACK {{actor} removed a webhook} '
      + 'SCIM_TOKEN_ISSUED {{actor} issued the SCIM token “{name}”} '
      + 'SCIM_TOKEN_REVOKED {{actor} revoked a SCIM token} '
      + 'PROVISIONING_SET {{actor} set how provisioned people are placed} '
      + 'CALENDAR_CONNECTED {{actor} connected the calendars and automatic replies} '
      + 'CALENDAR_DISCONNECTED {{actor} disconnected the calendars and automatic replies} '
      + 'TEAM_ADDED {{actor} added the team {name}} '
      + 'TEAM_NAMED {{actor} renamed a team {name}} '
      + 'TEAM_MANAGERS_SET {{actor} chose the managers of {team}} '
      + 'other {A change by {actor}}}' },
  { kind: entry.kind, actor, name: entry.name ?? '', timeZone: entry.timeZone ?? '', calendar: entry.holidayCalendar ?? '',
    location: app.locations.find((l) => l.id === entry.locationId)?.name ?? t({ id: 'trail.aLocation', defaultMessage: 'a location', description: 'A location no longer known' }),
    leaveType: app.leaveTypes.find((lt) => lt.id === entry.leaveTypeId)?.name ?? t({ id: 'trail.aLeaveType', defaultMessage: 'a leave type', description: 'A leave type no longer known' }),
    team: app.teams.find((team) => team.id === entry.teamId)?.name ?? t({ id: 'trail.aTeam', defaultMessage: 'a team', description: 'A team no longer known' }),
    from: day(entry.from), to: day(entry.to), language: LANGUAGE_NAMES[entry.text as Language] ?? entry.text ?? '',
    years: entry.kind === 'RETENTION_PERIOD_SET' ? entry.text ?? 'none' : '', retained: entry.year ?? '', text: entry.text ?? '',
    days: formatList((entry.workingDays ?? []).map(dayName)) });
}

/** The audit trail of the organization's settings, newest first: every correction next to what it corrected. */
export function SettingsTrail() {
  const app = useApp();
  useT();
  const trail = useLive(app.live, ['settings'], () => app.api.run(MyHistory, { id: app.me.orgId }),
    [app.locations, app.leaveTypes, app.organizationName]);
  const events = trail.data?.history ?? [];
  return (
    <Section title={t({ id: 'trail.title', defaultMessage: 'Changes to the settings', description: 'Section of the set-up: the audit trail' })}>
      <LoadError error={trail.error} retry={trail.reload} />
      <ol class="trail">
        {[...events].reverse().slice(0, 50).map((e) => (
          <li key={e.version}><span class="muted">{formatDay(e.occurredAt.slice(0, 10))}</span>{' '}
            {describeSetting(app, e.entry, e.actorId === app.me.id ? t({ id: 'trail.you', defaultMessage: 'You', description: 'The signed-in person at the start of a sentence' }) : personName(app, e.actorId))}</li>
        ))}
      </ol>
      {events.length > 50 && <p class="muted">{t({ id: 'trail.latest', defaultMessage: 'The 50 latest of {count} changes.', description: 'The trail shows only the latest changes' }, { count: events.length })}</p>}
    </Section>
  );
}

/** Teams (SPEC §3.8): add one, rename it, and choose its managers (approvers or admins). */
export function Teams() {
  const app = useApp();
  useT();
  const [name, setName] = useState('');
  const command = useCommand();
  return (
    <Section title={t({ id: 'teams.title', defaultMessage: 'Teams', description: 'Section of the set-up' })}>
      <p class="muted">{t({ id: 'teams.intro', defaultMessage: 'A team’s managers approve its members’ leave besides their own approvers, and its members see their team’s calendar first.', description: 'What teams are for' })}</p>
      <ul class="plain">{app.teams.map((team) => (
        <li key={team.id}><details><summary>{team.name} <span class="muted">{t({ id: 'teams.members', defaultMessage: '({count, plural, one {# person} other {# people}})', description: 'How many people a team has' }, { count: team.memberCount })}</span></summary>
          <TeamSettings team={team} /></details></li>))}</ul>
      <form noValidate aria-label={t({ id: 'teams.addLabel', defaultMessage: 'Add a team', description: 'Accessible name of the form' })} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = name.trim();
        if (await command.run(async () => {
          await app.api.run(CreateTeam, { name: wanted });
          await app.directoryChanged();
        })) setName('');
      }}>
        <div class="field"><label for="team-name">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id="team-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <FieldError id="team-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'teams.add', defaultMessage: 'Add team', description: 'Button' })}</button>
      </form>
    </Section>
  );
}

function TeamSettings({ team }: { team: Team }) {
  const app = useApp();
  const id = team.id.replace(/[^a-zA-Z0-9]/g, '');
  const [name, setName] = useState(team.name);
  const command = useCommand();
  useT();
  const approvers = [...app.people.values()].filter((p) => p.role !== 'MEMBER')
    .sort((a, b) => a.name.localeCompare(b.name));
  const setManagers = (managerIds: string[]) => command.run(async () => {
    await app.api.run(SetTeamManagers, { teamId: team.id, managerIds });
    await app.directoryChanged();
  });
  return (
    <form class="settings" noValidate aria-label={t({ id: 'teams.teamLabel', defaultMessage: 'Team {name}', description: 'Accessible name of a team’s form' }, { name: team.name })} onSubmit={async (e) => {
      e.preventDefault();
      const wanted = name.trim();
      await command.run(async () => {
        await app.api.run(RenameTeam, { teamId: team.id, name: wanted });
        await app.directoryChanged();
      });
    }}>
      <div class="field"><label for={`team-name-${id}`}>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
        <input id={`team-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
      <button type="submit" disabled={command.busy}>{t({ id: 'org.rename', defaultMessage: 'Rename', description: 'Button' })}</button>
      <fieldset><legend>{t({ id: 'teams.managers', defaultMessage: 'Managers', description: 'Legend: the team’s managers' })}</legend>
        {approvers.map((p) => (
          <label key={p.id} class="inline"><input type="checkbox" checked={team.managerIds.includes(p.id)}
            onChange={(e) => setManagers(e.currentTarget.checked ? [...team.managerIds, p.id]
              : team.managerIds.filter((m) => m !== p.id))} /> {p.name}</label>))}
      </fieldset>
      <FieldError id={`team-settings-error-${id}`} error={command.error} />
    </form>
  );
}
