import { useState } from 'preact/hooks';
import {
  AddPastLeave, AdjustBalance, EndEmployment, MoveUserToLocation, PersonTrail, RecordOvertime, RemoveApprover, ReleaseSignIn, SetWorkingWeek, UndoEndEmployment, UpdateUser,
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
    ? `${amounts.get(entry.requestId ?? '') ?? ''} of ${leaveTypeName(app, request.leaveTypeId ?? '')}`
      + ` (${formatRange(request.from, request.to)})` : 'leave';
  const day = (date: string | null) => (date ? formatDay(date) : '');
  const location = app.locations.find((l) => l.id === entry.locationId)?.name ?? 'a location';
  const someone = app.people.get(entry.personId ?? '')?.name ?? 'someone';
  const role = (entry.role ?? '').toLowerCase();
  switch (entry.kind) {
    case 'PERSON_ADDED': return `${actor} added ${entry.name} as ${role}`;
    case 'FIRST_SIGN_IN': return 'Signed in for the first time';
    case 'SIGN_IN_RELEASED': return 'Sign-in released by an admin: the next sign-in binds again';
    case 'ROLE_CHANGED': return `${actor} made them ${role}`;
    case 'MOVED_TO_LOCATION': return `${actor} moved them to ${location} from ${day(entry.from)}`;
    case 'WORKING_WEEK_SET': return `${actor} set their working week from ${day(entry.from)}`;
    case 'APPROVER_NAMED': return `${actor} made ${someone} their approver`;
    case 'APPROVER_TAKEN_OFF': return `${actor} removed ${someone} as their approver`;
    case 'NAME_AND_EMAIL_CORRECTED': return `${actor} corrected their name and e-mail to ${entry.name}, ${entry.email}`;
    case 'SUBSTITUTION_TAKEN_BACK': return `${actor} took back the substitution from ${day(entry.from)}`;
    case 'MOVED_TO_TEAM': return `${actor} put them in ${app.teams.find((t) => t.id === entry.teamId)?.name
      ?? 'a team'} from ${day(entry.from)}`;
    case 'LEFT_TEAM': return `${actor} took them out of their team from ${day(entry.from)}`;
    case 'EMPLOYMENT_ENDS': return `${actor} ended their employment after ${day(entry.from)}`;
    case 'EMPLOYMENT_END_TAKEN_BACK': return `${actor} took back the end of their employment`;
    case 'BALANCE_CORRECTED': return `${actor} adjusted ${leaveTypeName(app, entry.leaveTypeId ?? '')} ${entry.year} by `
      + `${(entry.days ?? 0) > 0 ? '+' : ''}${formatNumber(entry.days ?? 0)}: “${entry.text ?? ''}”`;
    case 'OVERTIME_CREDITED': return `${actor} credited ${formatAmount(entry.days ?? 0, 'DAYS')} of overtime on ${day(entry.from)}`;
    case 'LEAVE_ASKED_FOR': return `${actor} requested ${what}`;
    case 'PAST_LEAVE_ADDED': return `${actor} recorded past leave: ${what}`;
    case 'LEVEL_PASSED': return `${actor} approved level ${(entry.level ?? 0) + 1} of ${what}`;
    case 'LEAVE_GRANTED': return `${actor} approved ${what}`;
    case 'LEAVE_GRANTED_AT_ONCE': return `${what} was approved at once`;
    case 'LEAVE_REFUSED': return `${actor} denied ${what}${entry.text ? `: “${entry.text}”` : ''}`;
    case 'LEAVE_WITHDRAWN': return `${actor} cancelled ${what}`;
    case 'FEED_ADDRESSES_RENEWED': return `${actor} made new calendar feed addresses`;
    case 'SUBSTITUTE_NAMED': return `${actor} named ${someone} their substitute from `
      + `${day(entry.from)} to ${day(entry.to)}`;
    default: return `A change by ${actor}`;
  }
}

/** An admin's view of one person: balance adjustments, past leave, and their audit trail in words. */
export function PersonDetails({ person }: { person: Person }) {
  const app = useApp();
  const trail = useLive(app.live, ['requests', 'balances', 'settings'], () => app.api.run(PersonTrail, { userId: person.id }),
    [person.id]);
  const deducting = app.leaveTypes.filter((t) => t.deductsFromAllowance);
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
  const [lastDay, setLastDay] = useState('');
  const toilTypes = app.leaveTypes.filter((t) => t.toil);
  const dated = useCommand();
  const [moveTo, setMoveTo] = useState('');
  const [moveFrom, setMoveFrom] = useState(today());
  const [week, setWeek] = useState<DayOfWeek[]>(WEEK.slice(0, 5));
  const [weekFrom, setWeekFrom] = useState(today());
  const overtimeCommand = useCommand();
  const [overtimeDate, setOvertimeDate] = useState('');
  const [overtimeDays, setOvertimeDays] = useState('1');
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

  const events = trail.data?.history ?? [];
  const requests = new Map<string, Entry>();
  for (const { entry } of events) {
    if (entry.requestId && entry.from) requests.set(entry.requestId, entry);
  }
  const amounts = new Map((trail.data?.leaveRequests ?? []).map((r) => [r.id, formatAmount(r.days, r.unit)]));
  const id = person.id.replace(/[^a-zA-Z0-9]/g, '');
  return (
    <div class="person-details">
      <form noValidate aria-label={`Correct ${person.name}`} onSubmit={async (e) => {
        e.preventDefault();
        const wanted = { name: name.trim(), email: email.trim() };
        if (await update.run(async () => {
          await app.api.run(UpdateUser, { userId: person.id, ...wanted });
          await app.directoryChanged();
        })) trail.reload();
      }}>
        <h3>Name and e-mail</h3>
        <div class="field"><label for={`person-name-${id}`}>Name</label>
          <input id={`person-name-${id}`} value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for={`person-email-${id}`}>E-mail</label>
          <input id={`person-email-${id}`} type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></div>
        <p class="muted">Someone who has signed in keeps signing in as themself; a new address only signs in a person
          who has not yet.</p>
        <FieldError id={`person-update-error-${id}`} error={update.error} />
        <button type="submit" disabled={update.busy}>Save</button>
      </form>
      <form noValidate aria-label={`Employment of ${person.name}`} onSubmit={(e) => e.preventDefault()}>
        <h3>Employment</h3>
        {person.employmentEndsOn ? <>
          <p>Leaves after {formatDay(person.employmentEndsOn)}: their balance on that day is the final one.</p>
          <ConfirmButton label="Undo the end of employment" question={`Undo? ${person.name}'s allowance is counted`
            + ' for the whole year again; leave cancelled when it ended stays cancelled.'}
            onConfirm={() => leaving.run(async () => {
              await app.api.run(UndoEndEmployment, { userId: person.id });
              await app.directoryChanged();
              trail.reload();
            })} /></> : <>
          <div class="field"><label for={`last-day-${id}`}>Last day</label>
            <input id={`last-day-${id}`} type="date" value={lastDay} onInput={(e) => setLastDay(e.currentTarget.value)} /></div>
          <ConfirmButton label="End employment" disabled={!lastDay} question={`End ${person.name}'s employment after `
            + `${lastDay ? formatDay(lastDay) : 'the last day'}? Their allowance is prorated to it, their leave after it is`
            + ' cancelled, and after it they can only read.'}
            onConfirm={() => leaving.run(async () => {
              await app.api.run(EndEmployment, { userId: person.id, lastDay });
              await app.directoryChanged();
              trail.reload();
            })} /></>}
        <FieldError id={`employment-error-${id}`} error={leaving.error} />
      </form>
      <form noValidate aria-label={`Sign-in of ${person.name}`} onSubmit={(e) => e.preventDefault()}>
        <h3>Sign-in</h3>
        <p class="muted">When {person.name}'s sign-in account was recreated, or they moved to single sign-on, release
          their old sign-in: their next sign-in with their verified e-mail is theirs again.</p>
        <ConfirmButton label="Release sign-in" question={`Release ${person.name}'s sign-in? Their current sign-in stops`
          + ' working; the next one with their verified e-mail address binds again.'}
          onConfirm={() => release.run(async () => {
            await app.api.run(ReleaseSignIn, { userId: person.id });
            trail.reload();
          })} />
        <FieldError id={`release-error-${id}`} error={release.error} />
      </form>
      <form noValidate aria-label={`Location and working week of ${person.name}`} onSubmit={(e) => e.preventDefault()}>
        <h3>Location and working week, from a date</h3>
        <p class="muted">Earlier or later dates are fine: leave on either side is counted again (the trail below
          lists every change).</p>
        <div class="field"><label for={`move-to-${id}`}>Location</label>
          <select id={`move-to-${id}`} value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {app.locations.filter((l) => !l.archived).map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select></div>
        <div class="field"><label for={`move-from-${id}`}>There from</label>
          <input id={`move-from-${id}`} type="date" value={moveFrom} onInput={(e) => setMoveFrom(e.currentTarget.value)} /></div>
        <button type="button" disabled={dated.busy || !moveTo} onClick={() => dated.run(async () => {
          await app.api.run(MoveUserToLocation, { userId: person.id, locationId: moveTo, effectiveDate: moveFrom });
          trail.reload();
        })}>Move</button>
        <WeekPicker legend={`Working days of ${person.name}`} days={week} onChange={setWeek} />
        <div class="field"><label for={`week-from-${id}`}>Working those days from</label>
          <input id={`week-from-${id}`} type="date" value={weekFrom} onInput={(e) => setWeekFrom(e.currentTarget.value)} /></div>
        <button type="button" disabled={dated.busy} onClick={() => dated.run(async () => {
          await app.api.run(SetWorkingWeek, { userId: person.id, workingDays: week, effectiveDate: weekFrom });
          trail.reload();
        })}>Set working week</button>
        <FieldError id={`dated-error-${id}`} error={dated.error} />
      </form>
      {toilTypes.length > 0 && <form noValidate aria-label={`Record overtime of ${person.name}`} onSubmit={async (e) => {
        e.preventDefault();
        if (await overtimeCommand.run(() => app.api.run(RecordOvertime, { userId: person.id, date: overtimeDate,
          days: number(overtimeDays), leaveTypeId: toilTypes[0].id }))) {
          setOvertimeDate('');
          trail.reload();
        }
      }}>
        <h3>Overtime worked</h3>
        <div class="field"><label for={`overtime-date-${id}`}>Day</label>
          <input id={`overtime-date-${id}`} type="date" value={overtimeDate} onInput={(e) => setOvertimeDate(e.currentTarget.value)} /></div>
        <div class="field"><label for={`overtime-days-${id}`}>Days (0.5 or 1), added to {toilTypes[0].name}</label>
          <input id={`overtime-days-${id}`} inputMode="decimal" value={overtimeDays} onInput={(e) => setOvertimeDays(e.currentTarget.value)} /></div>
        <FieldError id={`overtime-error-${id}`} error={overtimeCommand.error} />
        <button type="submit" disabled={overtimeCommand.busy}>Record overtime</button>
      </form>}
      <section aria-label={`Approvers of ${person.name}`}>
        <h3>Approvers</h3>
        {person.approverIds.length === 0 && <p class="muted">None: the admins decide.</p>}
        <ul class="plain">{person.approverIds.map((approverId) => {
          const approver = app.people.get(approverId)?.name ?? 'someone';
          return <li key={approverId}>{approver}{' '}
            <ConfirmButton label={`Remove ${approver}`} question={`Remove ${approver} as approver of ${person.name}?`
              + ' Their pending requests leave that queue (the admins decide when no approver is left).'}
              onConfirm={() => unassign.run(async () => {
                await app.api.run(RemoveApprover, { userId: person.id, approverId });
                await app.directoryChanged();
                trail.reload();
              })} /></li>;
        })}</ul>
        <FieldError id={`person-approver-error-${id}`} error={unassign.error} />
      </section>
      <form noValidate aria-label={`Adjust a balance of ${person.name}`} onSubmit={async (e) => {
        e.preventDefault();
        if (await adjust.run(() => app.api.run(AdjustBalance, { userId: person.id,
          leaveTypeId: adjustType || deducting[0]?.id || '', year: Number(year), days: number(days), note }))) {
          setDays('');
          setNote('');
          trail.reload();
        }
      }}>
        <h3>Adjust a balance</h3>
        <div class="field"><label for={`adjust-type-${id}`}>Leave type</label>
          <select id={`adjust-type-${id}`} value={adjustType || deducting[0]?.id} onChange={(e) => setAdjustType(e.currentTarget.value)}>
            {deducting.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>
        <div class="field"><label for={`adjust-year-${id}`}>Year</label>
          <input id={`adjust-year-${id}`} inputMode="numeric" value={year} onInput={(e) => setYear(e.currentTarget.value)} /></div>
        <div class="field"><label for={`adjust-days-${id}`}>Days (+ or −)</label>
          <input id={`adjust-days-${id}`} inputMode="decimal" value={days} onInput={(e) => setDays(e.currentTarget.value)} /></div>
        <div class="field"><label for={`adjust-note-${id}`}>Why (they will see it)</label>
          <input id={`adjust-note-${id}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} /></div>
        <FieldError id={`adjust-error-${id}`} error={adjust.error} />
        <button type="submit" disabled={adjust.busy}>Adjust</button>
      </form>
      <form noValidate aria-label={`Record past leave of ${person.name}`} onSubmit={async (e) => {
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
        <h3>Record leave already taken</h3>
        <div class="field"><label for={`past-type-${id}`}>Leave type</label>
          <select id={`past-type-${id}`} value={pastType || app.leaveTypes[0]?.id} onChange={(e) => setPastType(e.currentTarget.value)}>
            {app.leaveTypes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>
        <div class="field"><label for={`past-from-${id}`}>First day</label>
          <input id={`past-from-${id}`} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></div>
        <div class="field"><label for={`past-to-${id}`}>Last day</label>
          <input id={`past-to-${id}`} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></div>
        <div class="field"><label for={`past-reason-${id}`}>Note (optional)</label>
          <input id={`past-reason-${id}`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></div>
        <FieldError id={`past-error-${id}`} error={past.error} />
        <button type="submit" disabled={past.busy}>Record</button>
      </form>
      <section aria-label={`Audit trail of ${person.name}`}>
        <h3>What happened</h3>
        <LoadError error={trail.error} retry={trail.reload} />
        <ol class="trail">
          {[...events].reverse().map((e) => (
            <li key={e.version}><span class="muted">{formatDay(e.occurredAt.slice(0, 10))}</span>{' '}
              {describe(app, e.entry, personName(app, e.actorId) === 'you' ? 'You'
                : personName(app, e.actorId), requests, amounts)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
