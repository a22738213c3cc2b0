import { currentLanguage, t, useLanguage, useT } from '../../../i18n/i18n';
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
import { formatDay, formatHoliday, formatList, formatNumber, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';

export function Locations() {
  const app = useApp();
  const calendarNames = useCalendarNames();
  const { language } = useLanguage();
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
      year, language: currentLanguage() }).then((d) => setHolidays(d.publicHolidays), (e) => setCalendarError(toApiError(e))), 250);
    return () => clearTimeout(timer);
  }, [calendar, year, language]);

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
    <Section title={t({ id: 'locations.title', defaultMessage: 'Locations', description: 'Section of the set-up' })}>
      <ul class="plain">{app.locations.map((l) => (
        <li key={l.id}><details>
          <summary>{l.name} <span class="muted">{t({ id: 'locations.summary', defaultMessage: '({zone}, holidays of {calendar}{archived, select, yes {, archived} other {}})', description: 'A location in the list' }, { zone: l.timeZone, calendar: calendarNames.get(l.holidayCalendar) ?? l.holidayCalendar, archived: l.archived ? 'yes' : 'no' })}</span></summary>
          <LocationSettings location={l} zones={zones} />
        </details></li>))}</ul>
      {app.locations.length === 0 && <p>{t({ id: 'locations.none', defaultMessage: 'No location yet: people need one for their holidays and working week.', description: 'Empty list' })}</p>}
      <form onSubmit={submit} noValidate aria-label={t({ id: 'locations.addLabel', defaultMessage: 'Add a location', description: 'Accessible name of the form' })}>
        <div class="field"><label for="location-name">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id="location-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <div class="field"><label for="location-zone">{t({ id: 'location.timeZone', defaultMessage: 'Time zone', description: 'Field of a location' })}</label>
          <select id="location-zone" value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select></div>
        <HolidayCalendarPicker id="location-calendar" label={t({ id: 'location.publicHolidays', defaultMessage: 'Public holidays', description: 'Field: the holiday calendar of a location' })} value={calendar} onChange={setCalendar}
                               describedBy="calendar-preview" />
        <FieldError id="calendar-error" error={calendarError} />
        <div id="calendar-preview" class="muted" aria-live="polite">
          {holidays && t({ id: 'locations.preview', defaultMessage: '{count, plural, =0 {No public holidays in {year}.} one {# public holiday in {year}: {list}} other {# public holidays in {year}: {list}}}', description: 'Preview of a holiday calendar; list is "New Year (Thu, 1 Jan 2026), …"' }, { count: holidays.length, year: String(year), list: formatList(holidays.map(formatHoliday)) })}
          {calendar.trim() && <>{' '}<button type="button" class="link" onClick={() => setYear(year === thisYear ? thisYear + 1 : thisYear)}>
            {t({ id: 'home.showYear', defaultMessage: 'Show {year}', description: 'Button: balances of another year' }, { year: String(year === thisYear ? thisYear + 1 : thisYear) })}</button></>}
        </div>
        <WeekPicker legend={t({ id: 'locations.workingDays', defaultMessage: 'Working days', description: 'Legend of the day check boxes' })} days={days} onChange={setDays} />
        <FieldError id="location-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'locations.add', defaultMessage: 'Add location', description: 'Button' })}</button>
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
  useT();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await command.run(async () => {
      await app.api.run(CreateLeaveType, { name: name.trim(), deductsFromAllowance: deducts,
        requiresApproval: approval, allowHalfDays: unit === 'DAYS' && halfDays, unit });
      await app.directoryChanged();
    })) setName('');
  };
  return (
    <Section title={t({ id: 'types.title', defaultMessage: 'Leave types', description: 'Section of the set-up' })}>
      <ul class="plain">{app.leaveTypes.map((lt) => (
        <li key={lt.id}><details><summary>{lt.name} <span class="muted">{t({ id: 'types.summary', defaultMessage: '({allowance, select, yes {counts against an allowance} other {no allowance}}, {approval, select, yes {needs approval} other {approved at once}}, {unit, select, HOURS {in hours} other {in days}}{archived, select, yes {, archived} other {}})', description: 'A leave type in the list' }, { allowance: lt.deductsFromAllowance ? 'yes' : 'no', approval: lt.requiresApproval ? 'yes' : 'no', unit: lt.unit, archived: lt.archived ? 'yes' : 'no' })}</span></summary>
          <LeaveTypeSettings type={lt} /></details></li>))}</ul>
      <form onSubmit={submit} noValidate aria-label={t({ id: 'types.addLabel', defaultMessage: 'Add a leave type', description: 'Accessible name of the form' })}>
        <div class="field"><label for="type-name">{t({ id: 'common.name', defaultMessage: 'Name', description: 'Field: a name' })}</label>
          <input id="type-name" value={name} onInput={(e) => setName(e.currentTarget.value)} /></div>
        <label class="inline"><input type="checkbox" checked={deducts} onChange={(e) => setDeducts(e.currentTarget.checked)} />
          {' '}{t({ id: 'types.deducts', defaultMessage: 'Counts against a yearly allowance', description: 'Check box of a new leave type' })}</label>
        <label class="inline"><input type="checkbox" checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} />
          {' '}{t({ id: 'type.needsApproval', defaultMessage: 'Needs approval', description: 'Check box of a leave type' })}</label>
        <label class="inline"><input type="checkbox" checked={halfDays} disabled={unit === 'HOURS'}
          onChange={(e) => setHalfDays(e.currentTarget.checked)} /> {t({ id: 'type.halfDays', defaultMessage: 'Half days allowed', description: 'Check box of a leave type' })}</label>
        <fieldset><legend>{t({ id: 'types.countedIn', defaultMessage: 'Counted in', description: 'Legend: days or hours' })}</legend>
          <label class="inline"><input type="radio" name="unit" checked={unit === 'DAYS'} onChange={() => setUnit('DAYS')} /> {t({ id: 'types.days', defaultMessage: 'Days', description: 'Unit of a leave type' })}</label>
          <label class="inline"><input type="radio" name="unit" checked={unit === 'HOURS'} onChange={() => setUnit('HOURS')} /> {t({ id: 'types.hours', defaultMessage: 'Hours', description: 'Unit of a leave type' })}</label>
        </fieldset>
        <FieldError id="type-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'types.add', defaultMessage: 'Add leave type', description: 'Button' })}</button>
      </form>
    </Section>
  );
}

function carryOver(p: { rolloverMaxDays?: number | null; rolloverExpiryMonths?: number | null;
  negativeBalanceAllowedDays?: number | null; encashableDays?: number | null;
  tenureSteps: { afterYears: number; extraDays: number }[] }): string {
  const carried = p.rolloverMaxDays == null ? t({ id: 'policy.carriesAll', defaultMessage: 'all that is left carries over', description: 'Part of a policy’s summary' })
    : p.rolloverMaxDays === 0 ? t({ id: 'policy.carriesNothing', defaultMessage: 'nothing carries over', description: 'Part of a policy’s summary' }) : t({ id: 'policy.carriesAtMost', defaultMessage: 'at most {days} carry over', description: 'Part of a policy’s summary' }, { days: formatNumber(p.rolloverMaxDays) });
  const expiry = p.rolloverExpiryMonths && p.rolloverMaxDays !== 0
    ? t({ id: 'policy.expiry', defaultMessage: ', until the end of month {months} of the next year', description: 'Part of a policy’s summary (starts with a comma)' }, { months: p.rolloverExpiryMonths }) : '';
  const negative = p.negativeBalanceAllowedDays ? t({ id: 'policy.negative', defaultMessage: '; may go {days} below zero', description: 'Part of a policy’s summary (starts with a semicolon)' }, { days: formatNumber(p.negativeBalanceAllowedDays) }) : '';
  const payout = p.encashableDays ? t({ id: 'policy.payout', defaultMessage: '; up to {days} of what the cap forfeits paid out', description: 'Part of a policy’s summary (starts with a semicolon)' }, { days: formatNumber(p.encashableDays) }) : '';
  const tenure = p.tenureSteps.map((step) => t({ id: 'policy.tenure', defaultMessage: '; {days} more from the {years, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} anniversary', description: 'A tenure step in a policy’s summary (starts with a semicolon); years is an ordinal number' }, { days: formatNumber(step.extraDays), years: step.afterYears })).join('');
  return carried + expiry + negative + payout + tenure;
}

interface TypedStep { years: string; days: string }

/** `onChanged`: the first-run walk marks its step done once a policy is set. */
export function LeavePolicies({ onChanged }: { onChanged?: () => void }) {
  const app = useApp();
  const policies = useLive(app.live, ['settings'], () => app.api.run(Policies, {}).then((d) => d.policies), [app.locations.length]);
  const deducting = app.leaveTypes.filter((lt) => lt.deductsFromAllowance);
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
  useT();
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
    return <Section title={t({ id: 'policies.title', defaultMessage: 'Leave policies', description: 'Section of the set-up' })}><p>{t({ id: 'policies.first', defaultMessage: 'Add a location and a leave type that counts against an allowance first.', description: 'Policies need both' })}</p></Section>;
  }
  return (
    <Section title={t({ id: 'policies.title', defaultMessage: 'Leave policies', description: 'Section of the set-up' })}>
      <LoadError error={policies.error} retry={policies.reload} />
      <ul>{policies.data?.map((p) => (
        <li key={p.id}>{t({ id: 'policies.item', defaultMessage: '{location}, {type}: {days} a year {accrual, select, MONTHLY {earned monthly} other {from 1 January}}, from {from};', description: 'A policy in the list, followed by its carry-over summary' }, { location: app.locations.find((l) => l.id === p.locationId)?.name ?? '', type: leaveTypeName(app, p.leaveTypeId), days: formatNumber(p.annualAllowanceDays), accrual: p.accrual, from: formatDay(p.effectiveDate) })}{' '}{carryOver(p)}{' '}
          <ConfirmButton label={t({ id: 'policies.remove', defaultMessage: 'Remove policy', description: 'Button' })} question={t({ id: 'policies.removeQuestion', defaultMessage: 'Remove this policy from {from}? The balances of everyone in {location} are counted again as if it had never been set.', description: 'Confirmation' }, { from: formatDay(p.effectiveDate), location: app.locations.find((l) => l.id === p.locationId)?.name ?? '' })}
            onConfirm={() => removal.run(async () => {
              await app.api.run(RemoveLeavePolicy, { locationId: p.locationId, leaveTypeId: p.leaveTypeId,
                effectiveDate: p.effectiveDate });
              policies.reload();
              onChanged?.();
            })} /></li>))}</ul>
      <FieldError id="policy-remove-error" error={removal.error} />
      <form onSubmit={submit} noValidate aria-label={t({ id: 'policies.setLabel', defaultMessage: 'Set a leave policy', description: 'Accessible name of the form' })}>
        <div class="field"><label for="policy-location">{t({ id: 'calendar.location', defaultMessage: 'Location', description: 'Filter of the calendar by location' })}</label>
          <select id="policy-location" value={location} onChange={(e) => setLocationId(e.currentTarget.value)}>
            {app.locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}</select></div>
        <div class="field"><label for="policy-type">{t({ id: 'request.leaveType', defaultMessage: 'Leave type', description: 'Field of the request form' })}</label>
          <select id="policy-type" value={type} onChange={(e) => setLeaveTypeId(e.currentTarget.value)}>
            {deducting.map((lt) => <option key={lt.id} value={lt.id}>{lt.name}</option>)}</select></div>
        <div class="field"><label for="policy-from">{t({ id: 'location.inForceFrom', defaultMessage: 'In force from', description: 'Field: the date a working week starts' })}</label>
          <input id="policy-from" type="date" value={effectiveDate} onInput={(e) => setEffectiveDate(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-allowance">{t({ id: 'policy.allowance', defaultMessage: 'Allowance a year', description: 'Field of a policy' })}</label>
          <input id="policy-allowance" inputMode="decimal" value={allowance} onInput={(e) => setAllowance(e.currentTarget.value)} /></div>
        <fieldset><legend>{t({ id: 'policy.earned', defaultMessage: 'Earned', description: 'Legend: how the allowance is earned' })}</legend>
          <label class="inline"><input type="radio" name="accrual" checked={accrual === 'UPFRONT'} onChange={() => setAccrual('UPFRONT')} /> {t({ id: 'policy.upfront', defaultMessage: 'All on 1 January', description: 'Accrual choice' })}</label>
          <label class="inline"><input type="radio" name="accrual" checked={accrual === 'MONTHLY'} onChange={() => setAccrual('MONTHLY')} /> {t({ id: 'policy.monthly', defaultMessage: 'Month by month', description: 'Accrual choice' })}</label>
        </fieldset>
        <div class="field"><label for="policy-rollover">{t({ id: 'policy.rollover', defaultMessage: 'Carried over at most (empty: all)', description: 'Field of a policy' })}</label>
          <input id="policy-rollover" inputMode="decimal" value={rollover} onInput={(e) => setRollover(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-expiry">{t({ id: 'policy.expiryField', defaultMessage: 'Carried over expires after months (empty: never)', description: 'Field of a policy' })}</label>
          <input id="policy-expiry" inputMode="numeric" value={expiry} onInput={(e) => setExpiry(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-negative">{t({ id: 'policy.negativeField', defaultMessage: 'May go below zero by (empty: 0)', description: 'Field of a policy' })}</label>
          <input id="policy-negative" inputMode="decimal" value={negative} onInput={(e) => setNegative(e.currentTarget.value)} /></div>
        <div class="field"><label for="policy-payout">{t({ id: 'policy.payoutField', defaultMessage: 'Paid out at most, of what the carry-over cap forfeits (empty: none)', description: 'Field of a policy' })}</label>
          <input id="policy-payout" inputMode="decimal" value={payout} onInput={(e) => setPayout(e.currentTarget.value)} /></div>
        <fieldset><legend>{t({ id: 'policy.tenureLegend', defaultMessage: 'Extra days with tenure', description: 'Legend of the tenure steps' })}</legend>
          {steps.length === 0 && <p class="muted">{t({ id: 'policy.noTenure', defaultMessage: 'None: the same allowance whatever the years of service.', description: 'No tenure steps' })}</p>}
          {steps.map((step, i) => {
            const change = (changed: Partial<TypedStep>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...changed } : s)));
            return (
              <div key={i} class="inline-fields">
                <div class="field"><label for={`policy-step-years-${i}`}>{t({ id: 'policy.stepYears', defaultMessage: 'From anniversary (years)', description: 'Field of a tenure step' })}</label>
                  <input id={`policy-step-years-${i}`} inputMode="numeric" value={step.years}
                         onInput={(e) => change({ years: e.currentTarget.value })} /></div>
                <div class="field"><label for={`policy-step-days-${i}`}>{t({ id: 'policy.stepDays', defaultMessage: 'Extra days a year', description: 'Field of a tenure step' })}</label>
                  <input id={`policy-step-days-${i}`} inputMode="decimal" value={step.days}
                         onInput={(e) => change({ days: e.currentTarget.value })} /></div>
                <button type="button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>{t({ id: 'policy.removeStep', defaultMessage: 'Remove tenure step', description: 'Button' })}</button>
              </div>);
          })}
          <button type="button" onClick={() => setSteps([...steps, { years: '', days: '' }])}>{t({ id: 'policy.addStep', defaultMessage: 'Add a tenure step', description: 'Button' })}</button>
        </fieldset>
        <FieldError id="policy-error" error={command.error} />
        <button type="submit" disabled={command.busy}>{t({ id: 'policy.set', defaultMessage: 'Set policy', description: 'Button' })}</button>
      </form>
    </Section>
  );
}
