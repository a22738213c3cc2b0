import { PersonalDataDownload } from '../../../components/PersonalDataDownload';
import { LANGUAGE_NAMES, t, useT, type Language } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import {
  AddPastLeave, AdjustBalance, EndEmployment, ErasePersonalData, MoveUserToLocation, PersonTrail, RecordOvertime, RemoveApprover, ReleaseSignIn, SetWorkingWeek, UndoEndEmployment, UpdateUser,
} from '../api/operations';
import { ConfirmButton, FieldError, LoadError } from '../../../components/ui';
import type { DayOfWeek, EntryFieldsFragment } from '../../../api/generated';
import { WeekPicker, WEEK } from '../../../components/WeekPicker';
import { leaveTypeName, personName, useApp, type AppContext, type Person } from '../../../lib/context';
import { formatAmount, formatDay, formatNumber, formatRange, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

type Entry = EntryFieldsFragment['entry'];

/** One entry of a person's trail in words: "Bob approved 3 days of Vacation (6 Jul 2026 – 8 Jul 2026)". */
export function describe(app: AppContext, entry: Entry, actor: string, requests: Map<string, Entry>,
                         amounts: Map<string, string>): string {
  const request = entry.requestId ? requests.get(entry.requestId) : undefined;
  const what = request && request.from && request.to
    ? t({ id: 'trail.what', defaultMessage: '{amount} of {type} ({dates})', description: 'A request in the trail: "3 days of Vacation (dates)"' },
      { amount: amounts.get(entry.requestId ?? '') ?? '', type: leaveTypeName(app, request.leaveTypeId ?? ''), dates: formatRange(request.from, request.to) })
    : t({ id: 'trail.leave', defaultMessage: 'leave', description: 'A request in the trail whose dates are not known' });
  const day = (date: string | null) => (date ? formatDay(date) : '');
  return t({ id: 'trail.person', description: 'One entry of a person’s audit trail, by its kind. actor is a name or "You"; "them/their" is the person; what is a request; from/to are days',
    defaultMessage: '{kind, select, '
      + 'PERSON_ADDED {{actor} added {name} as {role, select, ADMIN {admin} APPROVER {approver} other {member}}} '
      + 'FIRST_SIGN_IN {Signed in for the first time} '
      + 'SIGN_IN_RELEASED {Sign-in released by an admin: the next sign-in binds again} '
      + 'ROLE_CHANGED {{actor} made them {role, select, ADMIN {admin} APPROVER {approver} other {member}}} '
      + 'LANGUAGE_CHOSEN {{actor} chose {language, select, none {the default language} other {{language}}}} '
      + 'CALENDAR_PREFERENCES_SET {{actor} chose what goes into their own calendar and automatic reply} '
      + 'PERSONAL_DATA_EXPORTED {{actor} exported everything stored about them} '
      + 'PERSONAL_DATA_ERASED {{actor} erased their personal data} '
      + 'PERSONAL_DATA_ERASED_BY_RETENTION {Their personal data was erased: the organization’s retention period after their last day was over} '
      + 'MOVED_TO_LOCATION {{actor} moved them to {location} from {from}} '
      + 'WORKING_WEEK_SET {{actor} set their working week from {from}} '
      + 'APPROVER_NAMED {{actor} made {someone} their approver} '
      + 'APPROVER_TAKEN_OFF {{actor} removed {someone} as their approver} '
      + 'NAME_AND_EMAIL_CORRECTED {{actor} corrected their name and e-mail to {name}, {email}} '
      + 'SUBSTITUTION_TAKEN_BACK {{actor} took back the substitution from {from}} '
      + 'MOVED_TO_TEAM {{actor} put them in {team} from {from}} '
      + 'LEFT_TEAM {{actor} took them out of their team from {from}} '
      + 'EMPLOYMENT_ENDS {{actor} ended their employment after {from}} '
      + 'EMPLOYMENT_END_TAKEN_BACK {{actor} took back the end of their employment} '
      + 'OPTIONAL_HOLIDAY_CHOSEN {{actor} chose the optional holiday of {from}} '
      + 'OPTIONAL_HOLIDAY_GIVEN_BACK {{actor} gave back the optional holiday of {from}} '
      + 'BALANCE_CORRECTED {{actor} adjusted {leaveType} {year} by {signed}: “{text}”} '
      + 'OVERTIME_CREDITED {{actor} credited {amount} of overtime on {from}} '
      + 'LEAVE_ASKED_FOR {{actor} requested {what}} '
      + 'PAST_LEAVE_ADDED {{actor} recorded past leave: {what}} '
      + 'LEVEL_PASSED {{actor} approved level {level} of {what}} '
      + 'LEAVE_GRANTED {{actor} approved {what}} '
      + 'LEAVE_GRANTED_AT_ONCE {{what} was approved at once} '
      + 'LEAVE_REFUSED {{actor} denied {what}{text, select, none {} other {: “{text}”}}} '
      + 'LEAVE_WITHDRAWN {{actor} cancelled {what}} '
      + 'FEED_ADDRESSES_RENEWED {{actor} made new calendar feed addresses} '
      + 'SUBSTITUTE_NAMED {{actor} named {someone} their substitute from {from} to {to}} '
      + 'other {A change by {actor}}}' },
  { kind: entry.kind, actor, name: entry.name ?? '', email: entry.email ?? '', role: entry.role ?? '',
    language: entry.kind === 'LANGUAGE_CHOSEN' ? (LANGUAGE_NAMES[entry.text as Language] ?? 'none') : 'none',
    location: app.locations.find((l) => l.id === entry.locationId)?.name ?? t({ id: 'trail.aLocation', defaultMessage: 'a location', description: 'A location no longer known' }),
    someone: app.people.get(entry.personId ?? '')?.name ?? t({ id: 'context.someone', defaultMessage: 'someone', description: 'A person no longer in the directory, in the middle of a sentence' }),
    team: app.teams.find((team) => team.id === entry.teamId)?.name ?? t({ id: 'trail.aTeam', defaultMessage: 'a team', description: 'A team no longer known' }),
    leaveType: leaveTypeName(app, entry.leaveTypeId ?? ''), year: String(entry.year ?? ''),
    signed: ((entry.days ?? 0) > 0 ? '+' : '') + formatNumber(entry.days ?? 0), amount: formatAmount(entry.days ?? 0, 'DAYS'),
    level: (entry.level ?? 0) + 1, what, text: entry.text || 'none', from: day(entry.from), to: day(entry.to) });
}

/** An admin's view of one person: balance adjustments, past leave, and their audit trail in words. */
export function PersonDetails({ person }: { person: Person }) {
  const app = useApp();
  const trail = useLive(app.live, ['requests', 'balances', 'settings'], () => app.api.run(PersonTrail, { userId: person.id }),
    [person.id]);
  const deducting = app.leaveTypes.filter((lt) => lt.deductsFromAllowance);
  const [adjustType, setAdjustType] = useState('');
  const [year, setYear] = useState(today().slice(0, 4));
  const [days, setDays] = useState('');
  const [note, setNote] = useState('');
  const [pastType, setPastType] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const adjust = useCommand();
  const past = useCommand();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email);
  const update = useCommand();
  const unassign = useCommand();
  const leaving = useCommand();
  const release = useCommand();
  const erase = useCommand();
  const [lastDay, setLastDay] = useState('');
  const toilTypes = app.leaveTypes.filter((lt) => lt.toil);
  const dated = useCommand();
  const [moveTo, setMoveTo] = useState('');
  const [moveFrom, setMoveFrom] = useState(today());
  const [week, setWeek] = useState<DayOfWeek[]>(WEEK.slice(0, 5));
  const [weekFrom, setWeekFrom] = useState(today());
  const overtimeCommand = useCommand();
  const [overtimeDate, setOvertimeDate] = useState('');
  const [overtimeDays, setOvertimeDays] = useState('1');
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
  useT();

  const events = trail.data?.history ?? [];
  const requests = new Map<string, Entry>();
  for (const { entry } of events) {
    if (entry.requestId && entry.from) requests.set(entry.requestId, entry);
  }
  const amounts = new Map((trail.data?.leaveRequests ?? []).map((r) => [r.id, formatAmount(r.days, r.unit)]));
  const id = person.id.replace(/[^a-zA-Z0-9]/g, '');
  return (
    <div class="person-details">
      <form noValidate aria-label={t({ id: 'location.correctLabel', defaultMessage: 'Correct {name}', description: 'Accessible name of a settings form' }, { name: person.name })} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = { name: name.trim(), email: email.trim() };
        if (await update.run(async () => {
          await app.api.run(UpdateUser, { userId: person.id, ...wanted });
          await app.directoryChanged();
        })) trail.reload();
      }}>
        <h3>{t({ id: 'person.nameAndEmail', defaultMessage: 'Name and e-mail', description: 'Heading' })}</h3>
        <div class="field"><label for={`person-name-${id}`}>{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id={`person-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for={`person-email-${id}`}>{t({ id: 'signIn.email', defaultMessage: 'E-mail', description: 'Field of the sign-in form' })}</label>
          <input id={`person-email-${id}`} type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></div>
        <p class="muted">{t({ id: 'person.emailHint', defaultMessage: 'Someone who has signed in keeps signing in as themself; a new address only signs in a person who has not yet.', description: 'Hint' })}</p>
        <FieldError id={`person-update-error-${id}`} error={update.error} />
        <button type="submit" disabled={update.busy}>{t({ id: 'person.save', defaultMessage: 'Save', description: 'Button' })}</button>
      </form>
      <form noValidate aria-label={t({ id: 'person.employmentOf', defaultMessage: 'Employment of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={(e) => e.preventDefault()}>
        <h3>{t({ id: 'person.employment', defaultMessage: 'Employment', description: 'Heading' })}</h3>
        {person.employmentEndsOn ? <>
          <p>{t({ id: 'person.leavesAfter', defaultMessage: 'Leaves after {day}: their balance on that day is the final one.', description: 'A leaver' }, { day: formatDay(person.employmentEndsOn) })}</p>
          <ConfirmButton label={t({ id: 'person.undoEnd', defaultMessage: 'Undo the end of employment', description: 'Button' })} question={t({ id: 'person.undoEndQuestion', defaultMessage: 'Undo? {name}\'s allowance is counted for the whole year again; leave cancelled when it ended stays cancelled.', description: 'Confirmation' }, { name: person.name })}
            onConfirm={() => leaving.run(async () => {
              await app.api.run(UndoEndEmployment, { userId: person.id });
              await app.directoryChanged();
              trail.reload();
            })} /></> : <>
          <div class="field"><label for={`last-day-${id}`}>{t({ id: 'request.lastDay', defaultMessage: 'Last day', description: 'Last day of the leave' })}</label>
            <input id={`last-day-${id}`} type="date" value={lastDay} onInput={(e) => setLastDay(e.currentTarget.value)} /></div>
          <ConfirmButton label={t({ id: 'person.end', defaultMessage: 'End employment', description: 'Button' })} disabled={!lastDay} question={t({ id: 'person.endQuestion', defaultMessage: 'End {name}\'s employment after {day}? Their allowance is prorated to it, their leave after it is cancelled, and after it they can only read.', description: 'Confirmation' }, { name: person.name, day: lastDay ? formatDay(lastDay) : '' })}
            onConfirm={() => leaving.run(async () => {
              await app.api.run(EndEmployment, { userId: person.id, lastDay });
              await app.directoryChanged();
              trail.reload();
            })} /></>}
        <FieldError id={`employment-error-${id}`} error={leaving.error} />
      </form>
      <form noValidate aria-label={t({ id: 'person.signInOf', defaultMessage: 'Sign-in of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={(e) => e.preventDefault()}>
        <h3>{t({ id: 'person.signIn', defaultMessage: 'Sign-in', description: 'Heading' })}</h3>
        <p class="muted">{t({ id: 'person.releaseHint', defaultMessage: 'When {name}\'s sign-in account was recreated, or they moved to single sign-on, release their old sign-in: their next sign-in with their verified e-mail is theirs again.', description: 'Hint' }, { name: person.name })}</p>
        <ConfirmButton label={t({ id: 'person.release', defaultMessage: 'Release sign-in', description: 'Button' })} question={t({ id: 'person.releaseQuestion', defaultMessage: 'Release {name}\'s sign-in? Their current sign-in stops working; the next one with their verified e-mail address binds again.', description: 'Confirmation' }, { name: person.name })}
          onConfirm={() => release.run(async () => {
            await app.api.run(ReleaseSignIn, { userId: person.id });
            trail.reload();
          })} />
        <FieldError id={`release-error-${id}`} error={release.error} />
        <h3>{t({ id: 'person.personalData', defaultMessage: 'Personal data', description: 'Heading: what is stored about the person' })}</h3>
        {person.erased
          ? <p>{t({ id: 'person.erased', defaultMessage: 'This person’s personal data was erased: their days and every figure stay, under their id.', description: 'An erased person' })}</p>
          : <PersonalDataDownload userId={person.id} name={person.name} />}
        {!person.erased && (person.employmentEndsOn || !person.locationId
          ? <ConfirmButton label={t({ id: 'person.erase', defaultMessage: 'Erase the personal data of {name}', description: 'Button' }, { name: person.name })}
              question={t({ id: 'person.eraseQuestion', defaultMessage: 'Erase {name}’s personal data for good? Their name, e-mail and the reasons and notes of their leave become unreadable everywhere, backups included, and cannot be brought back; their data exports and uploaded files are deleted. They show as “Erased person”; their days, balances and every report stay as they are. E-mails already sent and what webhooks received are not reached.', description: 'Confirmation' }, { name: person.name })}
              onConfirm={() => erase.run(async () => {
                await app.api.run(ErasePersonalData, { userId: person.id });
                await app.directoryChanged();
                trail.reload();
              })} />
          : <p class="muted">{t({ id: 'person.eraseHint', defaultMessage: 'Personal data can be erased once employment has ended.', description: 'Hint' })}</p>)}
        <FieldError id={`erase-error-${id}`} error={erase.error} />
      </form>
      <form noValidate aria-label={t({ id: 'person.datedOf', defaultMessage: 'Location and working week of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={(e) => e.preventDefault()}>
        <h3>{t({ id: 'person.dated', defaultMessage: 'Location and working week, from a date', description: 'Heading' })}</h3>
        <p class="muted">{t({ id: 'person.datedHint', defaultMessage: 'Earlier or later dates are fine: leave on either side is counted again (the trail below lists every change).', description: 'Hint' })}</p>
        <div class="field"><label for={`move-to-${id}`}>{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</label>
          <select id={`move-to-${id}`} value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)}>
            <option value="">{t({ id: 'person.choose', defaultMessage: 'Choose…', description: 'Empty choice of a list' })}</option>
            {app.locations.filter((l) => !l.archived).map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for={`move-from-${id}`}>{t({ id: 'person.thereFrom', defaultMessage: 'There from', description: 'Field: the date of a move' })}</label>
          <input id={`move-from-${id}`} type="date" value={moveFrom} onInput={(e) => setMoveFrom(e.currentTarget.value)} /></div>
        <button type="button" disabled={dated.busy || !moveTo} onClick={() => dated.run(async () => {
          await app.api.run(MoveUserToLocation, { userId: person.id, locationId: moveTo, effectiveDate: moveFrom });
          trail.reload();
        })}>{t({ id: 'person.moveButton', defaultMessage: 'Move', description: 'Button: moves the person' })}</button>
        <WeekPicker legend={t({ id: 'person.workingDaysOf', defaultMessage: 'Working days of {name}', description: 'Legend of the day check boxes' }, { name: person.name })} days={week} onChange={setWeek} />
        <div class="field"><label for={`week-from-${id}`}>{t({ id: 'person.weekFrom', defaultMessage: 'Working those days from', description: 'Field: the date a working week starts' })}</label>
          <input id={`week-from-${id}`} type="date" value={weekFrom} onInput={(e) => setWeekFrom(e.currentTarget.value)} /></div>
        <button type="button" disabled={dated.busy} onClick={() => dated.run(async () => {
          await app.api.run(SetWorkingWeek, { userId: person.id, workingDays: week, effectiveDate: weekFrom });
          trail.reload();
        })}>{t({ id: 'location.setWeek', defaultMessage: 'Set working week', description: 'Button' })}</button>
        <FieldError id={`dated-error-${id}`} error={dated.error} />
      </form>
      {toilTypes.length > 0 && <form noValidate aria-label={t({ id: 'person.overtimeOf', defaultMessage: 'Record overtime of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={async (e) => {
        e.preventDefault();
        if (await overtimeCommand.run(() => app.api.run(RecordOvertime, { userId: person.id, date: overtimeDate,
          days: number(overtimeDays), leaveTypeId: toilTypes[0].id }))) {
          setOvertimeDate('');
          trail.reload();
        }
      }}>
        <h3>{t({ id: 'person.overtime', defaultMessage: 'Overtime worked', description: 'Heading' })}</h3>
        <div class="field"><label for={`overtime-date-${id}`}>{t({ id: 'person.day', defaultMessage: 'Day', description: 'Field: a day' })}</label>
          <input id={`overtime-date-${id}`} type="date" value={overtimeDate} onInput={(e) => setOvertimeDate(e.currentTarget.value)} /></div>
        <div class="field"><label for={`overtime-days-${id}`}>{t({ id: 'person.overtimeDays', defaultMessage: 'Days (0.5 or 1), added to {type}', description: 'Field' }, { type: toilTypes[0].name })}</label>
          <input id={`overtime-days-${id}`} inputMode="decimal" value={overtimeDays} onInput={(e) => setOvertimeDays(e.currentTarget.value)} /></div>
        <FieldError id={`overtime-error-${id}`} error={overtimeCommand.error} />
        <button type="submit" disabled={overtimeCommand.busy}>{t({ id: 'person.recordOvertime', defaultMessage: 'Record overtime', description: 'Button' })}</button>
      </form>}
      <section aria-label={t({ id: 'person.approversOf', defaultMessage: 'Approvers of {name}', description: 'Accessible name' }, { name: person.name })}>
        <h3>{t({ id: 'person.approvers', defaultMessage: 'Approvers', description: 'Heading' })}</h3>
        {person.approverIds.length === 0 && <p class="muted">{t({ id: 'person.adminsDecide', defaultMessage: 'None: the admins decide.', description: 'No approver' })}</p>}
        <ul class="plain">{person.approverIds.map((approverId) => {
          const approver = app.people.get(approverId)?.name ?? t({ id: 'context.someone', defaultMessage: 'someone', description: 'A person no longer in the directory, in the middle of a sentence' });
          return <li key={approverId}>{approver}{' '}
            <ConfirmButton label={t({ id: 'common.remove', defaultMessage: 'Remove {name}', description: 'Button' }, { name: approver })} question={t({ id: 'person.removeApproverQuestion', defaultMessage: 'Remove {approver} as approver of {name}? Their pending requests leave that queue (the admins decide when no approver is left).', description: 'Confirmation' }, { approver, name: person.name })}
              onConfirm={() => unassign.run(async () => {
                await app.api.run(RemoveApprover, { userId: person.id, approverId });
                await app.directoryChanged();
                trail.reload();
              })} /></li>;
        })}</ul>
        <FieldError id={`person-approver-error-${id}`} error={unassign.error} />
      </section>
      <form noValidate aria-label={t({ id: 'person.adjustOf', defaultMessage: 'Adjust a balance of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={async (e) => {
        e.preventDefault();
        if (await adjust.run(() => app.api.run(AdjustBalance, { userId: person.id,
          leaveTypeId: adjustType || deducting[0]?.id || '', year: Number(year), days: number(days), note }))) {
          setDays('');
          setNote('');
          trail.reload();
        }
      }}>
        <h3>{t({ id: 'person.adjust', defaultMessage: 'Adjust a balance', description: 'Heading' })}</h3>
        <div class="field"><label for={`adjust-type-${id}`}>{t({ id: 'request.leaveType', defaultMessage: 'Leave type', description: 'Field of the request form' })}</label>
          <select id={`adjust-type-${id}`} value={adjustType || deducting[0]?.id} onChange={(e) => setAdjustType(e.currentTarget.value)}>
            {deducting.map((lt) => <option key={lt.id} value={lt.id}>{lt.name}</option>)}</select></div>
        <div class="field"><label for={`adjust-year-${id}`}>{t({ id: 'person.year', defaultMessage: 'Year', description: 'Field: a year' })}</label>
          <input id={`adjust-year-${id}`} inputMode="numeric" value={year} onInput={(e) => setYear(e.currentTarget.value)} /></div>
        <div class="field"><label for={`adjust-days-${id}`}>{t({ id: 'person.adjustDays', defaultMessage: 'Days (+ or −)', description: 'Field: a signed number of days' })}</label>
          <input id={`adjust-days-${id}`} inputMode="decimal" value={days} onInput={(e) => setDays(e.currentTarget.value)} /></div>
        <div class="field"><label for={`adjust-note-${id}`}>{t({ id: 'person.adjustWhy', defaultMessage: 'Why (they will see it)', description: 'Field: the reason of an adjustment' })}</label>
          <input id={`adjust-note-${id}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} /></div>
        <FieldError id={`adjust-error-${id}`} error={adjust.error} />
        <button type="submit" disabled={adjust.busy}>{t({ id: 'person.adjustButton', defaultMessage: 'Adjust', description: 'Button' })}</button>
      </form>
      <form noValidate aria-label={t({ id: 'person.pastOf', defaultMessage: 'Record past leave of {name}', description: 'Accessible name' }, { name: person.name })} onSubmit={async (e) => {
        e.preventDefault();
        if (await past.run(() => app.api.run(AddPastLeave, { userId: person.id,
          leaveTypeId: pastType || app.leaveTypes[0]?.id || '', startDate: from, endDate: to || from,
          reason: reason || null }))) {
          setFrom('');
          setTo('');
          setReason('');
          trail.reload();
        }
      }}>
        <h3>{t({ id: 'person.past', defaultMessage: 'Record leave already taken', description: 'Heading' })}</h3>
        <div class="field"><label for={`past-type-${id}`}>{t({ id: 'request.leaveType', defaultMessage: 'Leave type', description: 'Field of the request form' })}</label>
          <select id={`past-type-${id}`} value={pastType || app.leaveTypes[0]?.id} onChange={(e) => setPastType(e.currentTarget.value)}>
            {app.leaveTypes.map((lt) => <option key={lt.id} value={lt.id}>{lt.name}</option>)}</select></div>
        <div class="field"><label for={`past-from-${id}`}>{t({ id: 'request.firstDay', defaultMessage: 'First day', description: 'First day of the leave' })}</label>
          <input id={`past-from-${id}`} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for={`past-to-${id}`}>{t({ id: 'request.lastDay', defaultMessage: 'Last day', description: 'Last day of the leave' })}</label>
          <input id={`past-to-${id}`} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for={`past-reason-${id}`}>{t({ id: 'person.note', defaultMessage: 'Note (optional)', description: 'Field' })}</label>
          <input id={`past-reason-${id}`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></div>
        <FieldError id={`past-error-${id}`} error={past.error} />
        <button type="submit" disabled={past.busy}>{t({ id: 'person.record', defaultMessage: 'Record', description: 'Button' })}</button>
      </form>
      <section aria-label={t({ id: 'person.trailOf', defaultMessage: 'Audit trail of {name}', description: 'Accessible name' }, { name: person.name })}>
        <h3>{t({ id: 'person.trail', defaultMessage: 'What happened', description: 'Heading of a person’s trail' })}</h3>
        <LoadError error={trail.error} retry={trail.reload} />
        <ol class="trail">
          {[...events].reverse().map((e) => (
            <li key={e.version}><span class="muted">{formatDay(e.occurredAt.slice(0, 10))}</span>{' '}
              {describe(app, e.entry, e.actorId === app.me.id ? t({ id: 'trail.you', defaultMessage: 'You', description: 'The signed-in person at the start of a sentence' })
                : personName(app, e.actorId), requests, amounts)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
