import { useEffect, useState } from 'preact/hooks';
import { toApiError, type ApiError } from '../../../api/errors';
import { useCommand } from '../../../hooks/useCommand';
import { LeaveTypeSettings, LocationSettings } from './Corrections';
import { WeekPicker, WEEK } from '../../../components/WeekPicker';
import { HolidayCalendarPicker, useCalendarNames } from './HolidayCalendarPicker';
import type { DayOfWeek, LeaveUnit, PublicHolidaysQuery } from '../../../api/generated';
import { CreateLeaveType, CreateLocation, PublicHolidays, RemoveLeavePolicy, SetLeavePolicy } from '../api/operations';
import { Policies } from '../../../api/operations';
import { ConfirmButton, FieldError, LoadError, Section } from '../../../components/ui';
import { leaveTypeName, useApp } from '../../../lib/context';
import { formatDay, formatNumber, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';

export function Locations() {
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

export function LeaveTypes() {
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
  negativeBalanceAllowedDays?: number | null; encashableDays?: number | null;
  tenureSteps: { afterYears: number; extraDays: number }[] }): string {
  const carried = p.rolloverMaxDays == null ? 'all that is left carries over'
    : p.rolloverMaxDays === 0 ? 'nothing carries over' : `at most ${formatNumber(p.rolloverMaxDays)} carry over`;
  const expiry = p.rolloverExpiryMonths && p.rolloverMaxDays !== 0
    ? `, until the end of month ${p.rolloverExpiryMonths} of the next year` : '';
  const negative = p.negativeBalanceAllowedDays ? `; may go ${formatNumber(p.negativeBalanceAllowedDays)} below zero` : '';
  const payout = p.encashableDays ? `; up to ${formatNumber(p.encashableDays)} of what the cap forfeits paid out` : '';
  const tenure = p.tenureSteps.map((t) => `; ${formatNumber(t.extraDays)} more from the ${ordinal(t.afterYears)} anniversary`)
    .join('');
  return carried + expiry + negative + payout + tenure;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd'
  : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

interface TypedStep { years: string; days: string }

/** `onChanged`: the first-run walk marks its step done once a policy is set. */
export function LeavePolicies({ onChanged }: { onChanged?: () => void }) {
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
  const [payout, setPayout] = useState('');
  const [steps, setSteps] = useState<TypedStep[]>([]);
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
        rolloverExpiryMonths: number(expiry), negativeBalanceAllowedDays: number(negative),
        encashableDays: number(payout), tenureSteps: steps.map((t) => ({ afterYears: number(t.years) ?? Number.NaN,
          extraDays: number(t.days) ?? Number.NaN })) });
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
        <div class="field"><label for="policy-payout">Paid out at most, of what the carry-over cap forfeits (empty: none)</label>
          <input id="policy-payout" inputMode="decimal" value={payout} onInput={(e) => setPayout(e.currentTarget.value)} /></div>
        <fieldset><legend>Extra days with tenure</legend>
          {steps.length === 0 && <p class="muted">None: the same allowance whatever the years of service.</p>}
          {steps.map((step, i) => {
            const change = (changed: Partial<TypedStep>) => setSteps(steps.map((t, j) => (j === i ? { ...t, ...changed } : t)));
            return (
              <div key={i} class="inline-fields">
                <div class="field"><label for={`policy-step-years-${i}`}>From anniversary (years)</label>
                  <input id={`policy-step-years-${i}`} inputMode="numeric" value={step.years}
                         onInput={(e) => change({ years: e.currentTarget.value })} /></div>
                <div class="field"><label for={`policy-step-days-${i}`}>Extra days a year</label>
                  <input id={`policy-step-days-${i}`} inputMode="decimal" value={step.days}
                         onInput={(e) => change({ days: e.currentTarget.value })} /></div>
                <button type="button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>Remove tenure step</button>
              </div>);
          })}
          <button type="button" onClick={() => setSteps([...steps, { years: '', days: '' }])}>Add a tenure step</button>
        </fieldset>
        <FieldError id="policy-error" error={command.error} />
        <button type="submit" disabled={command.busy}>Set policy</button>
      </form>
    </Section>
  );
}
