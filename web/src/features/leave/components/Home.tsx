import { useState } from 'preact/hooks';
import type { BalanceFieldsFragment, RequestFieldsFragment } from '../../../api/generated';
import { Balances, MyHistory, Policies } from '../../../api/operations';
import { CancelLeave, MyRequests, OptionalHolidays } from '../api/operations';
import { FieldError, LoadError, Section, StatusBadge } from '../../../components/ui';
import { leaveTypeName, personName, useApp, type AppContext } from '../../../lib/context';
import { formatAmount, formatDay, formatNumber, formatRange, formatShort, partsOfDay, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { CalendarFeedLinks } from './CalendarFeedLinks';
import { OptionalHolidayChoice } from './OptionalHolidayChoice';
import { useCommand } from '../../../hooks/useCommand';

/** Everyone's home: balances per leave type, their requests, their calendar feed links. */
export function Home() {
  const app = useApp();
  const thisYear = Number(today().slice(0, 4));
  const left = !!app.me.employmentEndsOn && app.me.employmentEndsOn < today();
  // next year shows what carries over and when it expires; last year what was left
  const [year, setYear] = useState(thisYear);
  const balances = useLive(app.live, ['balances', 'requests'],
    () => app.api.run(Balances, { year }).then((d) => d.balances), [year]);
  return (
    <>
      <h1>Hello, {app.me.name}</h1>
      {app.me.employmentEndsOn && (app.me.employmentEndsOn < today()
        ? <p class="notice" role="status">Your employment ended on {formatDay(app.me.employmentEndsOn)}. Your balance
          on that day is your final balance; you can read your leave and balances here, and nothing else.</p>
        : <p class="notice" role="status">Your employment ends on
          {' '}{formatDay(app.me.employmentEndsOn)}. Your balance on that day is your final balance; after it you can
          still read your leave and balances here.</p>)}
      {app.me.role === 'ADMIN' && !left && (app.locations.length === 0 || app.leaveTypes.length === 0) && (
        <p class="notice notice-ok" role="status">
          {app.organizationName} is new: add a location, its leave types and policies, and your people in{' '}
          <a href="#/admin">Set-up</a>.</p>
      )}
      <Section title={`Your balances ${year}`} actions={<div class="toolbar">
        <button type="button" class="secondary" disabled={year <= thisYear - 1} onClick={() => setYear(year - 1)}>
          Show {year - 1}</button>
        <button type="button" class="secondary" disabled={year >= thisYear + 1} onClick={() => setYear(year + 1)}>
          Show {year + 1}</button></div>}>
        <LoadError error={balances.error} retry={balances.reload} />
        {balances.data && balances.data.length === 0 && <p>No leave type with an allowance applies to you yet.</p>}
        <div class="balances">
          {balances.data?.map((b) => <BalanceCard key={b.leaveTypeId} balance={b} />)}
        </div>
      </Section>
      {!left && <OptionalHolidayChoice year={year} />}
      <MyRequestList />
      {!left && <CalendarFeedLinks />}
    </>
  );
}

function BalanceCard({ balance }: { balance: BalanceFieldsFragment }) {
  const app = useApp();
  const [open, setOpen] = useState(false);
  const amount = (n: number) => formatAmount(n, balance.unit);
  const name = leaveTypeName(app, balance.leaveTypeId);
  // a ledger that adds up to what is available: every amount positive, its sign in words and a column of its own
  const earned = balance.accrued === balance.allowance ? 'Allowance' : 'Earned so far';
  const rows: [string, number, '+' | '−', string?][] = [
    [earned, balance.accrued, '+', balance.accrued === balance.allowance ? undefined : `of ${amount(balance.allowance)} this year`],
    [`Carried over from ${balance.year - 1}`, balance.carriedOver, '+', balance.carriedOverExpiresOn
      ? `expires ${formatDay(balance.carriedOverExpiresOn)}` : undefined],
    ['Carried over, expired unused', balance.expired, '−'],
    ['Adjustments', Math.abs(balance.adjustments), balance.adjustments < 0 ? '−' : '+'],
    ['Overtime (TOIL)', balance.overtime, '+'],
    ['Used', balance.used, '−'],
    ['Waiting for approval', balance.pending, '−'],
  ];
  const shown = rows.filter(([label, n]) => n !== 0 || label === earned);
  return (
    <article class="balance" aria-label={`${name} balance`}>
      <h3>{name}</h3>
      <p class="big"><span data-testid={`available-${name}`}>{formatNumber(balance.available)}</span>
        <span class="unit"> {balance.unit === 'HOURS' ? 'hours' : 'days'} available</span></p>
      <p class="muted">{amount(balance.remaining)} remaining after approved leave · {amount(balance.pending)} waiting for approval</p>
      <table class="figures">
        <caption class="visually-hidden">How the {amount(balance.available)} available are counted</caption>
        <tbody>
          {shown.map(([label, n, sign, note], i) => (
            <tr key={label}><th scope="row">{label}{note && <span class="muted"> ({note})</span>}</th>
              <td class="sign" aria-hidden="true">{i === 0 ? '' : sign}</td>
              <td class="amount"><span class="visually-hidden">{i === 0 ? '' : sign === '+' ? 'plus ' : 'minus '}</span>{amount(n)}</td></tr>
          ))}
          <tr class="total"><th scope="row">Available</th><td class="sign" aria-hidden="true">=</td>
            <td class="amount">{amount(balance.available)}</td></tr>
        </tbody>
      </table>
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Explain'} these figures
      </button>
      {open && <BalanceExplanation balance={balance} />}
    </article>
  );
}

/** Every figure from what is behind it: the policy, the person's own events and requests. */
function BalanceExplanation({ balance }: { balance: BalanceFieldsFragment }) {
  const app = useApp();
  const loaded = useLive(app.live, ['balances', 'requests'], async () => {
    const [policies, requests, history, optional] = await Promise.all([
      app.me.locationId ? app.api.run(Policies, { locationId: app.me.locationId }).then((d) => d.policies)
        : Promise.resolve([]),
      app.api.run(MyRequests, {}).then((d) => d.leaveRequests),
      app.api.run(MyHistory, { id: app.me.id }).then((d) => d.history),
      app.api.run(OptionalHolidays, { year: balance.year }).then((d) => d.optionalHolidays.holidays),
    ]);
    return { policies, requests, history, chosen: optional.filter((h) => h.chosen) };
  }, [balance.leaveTypeId, balance.year]);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <p class="muted">Loading…</p>;
  const { policies, requests, history, chosen } = loaded.data;
  const unit = (n: number) => formatAmount(n, balance.unit);
  const type = app.leaveTypes.find((t) => t.id === balance.leaveTypeId);
  const policy = policies.filter((p) => p.leaveTypeId === balance.leaveTypeId && p.effectiveDate <= balance.asOf)
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0];
  const inYear = requests.filter((r) => r.leaveTypeId === balance.leaveTypeId
    && r.startDate.slice(0, 4) <= String(balance.year) && r.endDate.slice(0, 4) >= String(balance.year));
  const adjustments = history.filter(({ entry }) => (entry.kind === 'BALANCE_CORRECTED' && entry.year === balance.year
      || entry.kind === 'OVERTIME_CREDITED' && (entry.from ?? '').startsWith(String(balance.year)))
    && entry.leaveTypeId === balance.leaveTypeId);
  return (
    <ul class="explain">
      <li>Figures as of {formatDay(balance.asOf)}.</li>
      {policy && <li>Allowance: {unit(policy.annualAllowanceDays)} a year under the policy in force since {formatDay(policy.effectiveDate)},
        {policy.accrual === 'MONTHLY' ? ' earned month by month' : ' all of it on 1 January'}
        {balance.allowance !== policy.annualAllowanceDays ? `, prorated to ${unit(balance.allowance)} for the part of the year you work here` : ''}.
        {policy.negativeBalanceAllowedDays > 0 ? ` You may go ${unit(policy.negativeBalanceAllowedDays)} below zero.` : ''}</li>}
      {policy?.tenureSteps.map((step) => (
        <li key={step.afterYears}>With {step.afterYears} {step.afterYears === 1 ? 'year' : 'years'} of service,
          {' '}{unit(step.extraDays)} more a year, from that anniversary on (its first year in proportion).</li>
      ))}
      {type?.maxBalanceDays != null && <li>Available never goes above {unit(type.maxBalanceDays)} for {type.name}:
        earning pauses there{balance.accrued < balance.allowance ? `, so ${unit(balance.accrued)} of ${unit(balance.allowance)} were credited` : ''}.</li>}
      {chosen.length > 0 && <li>Your optional holidays, days off for you alone:{' '}
        {chosen.map((h) => `${h.name} (${formatDay(h.date)})`).join(', ')}.</li>}
      {type?.countsCalendarDays && <li>{type.name} counts every calendar day, weekends and public holidays too.</li>}
      {balance.carriedOver > 0 && <li>Carried over {unit(balance.carriedOver)} from {balance.year - 1}
        {balance.carriedOverExpiresOn ? `, expires ${formatDay(balance.carriedOverExpiresOn)}` : ''}.</li>}
      {balance.expired > 0 && <li>{unit(balance.expired)} carried over expired unused.</li>}
      {balance.encashed > 0 && <li>{unit(balance.encashed)} that could not be carried over from {balance.year - 1}
        {' '}were paid out instead of lost.</li>}
      {adjustments.map((e) => (
        <li key={e.version}>{e.entry.kind === 'OVERTIME_CREDITED' ? 'Overtime credited' : 'Adjusted'}{' '}
          {(e.entry.days ?? 0) > 0 ? '+' : ''}{formatNumber(e.entry.days ?? 0)} by {personName(app, e.actorId)} on {formatShort(e.occurredAt.slice(0, 10))}
          {e.entry.text ? `: “${e.entry.text}”` : ''}</li>
      ))}
      {inYear.filter((r) => r.status === 'APPROVED' || r.status === 'PENDING').map((r) => (
        <li key={r.id}>{r.status === 'APPROVED' ? 'Used' : 'Pending'} {unit(r.days)}: {formatRange(r.startDate, r.endDate)}</li>
      ))}
    </ul>
  );
}

function MyRequestList() {
  const app = useApp();
  const requests = useLive(app.live, ['requests'],
    () => app.api.run(MyRequests, {}).then((d) => d.leaveRequests), []);
  const list = requests.data;
  const now = today();
  // a cancelled or denied request is no leave to come: it is listed apart, so "upcoming" holds only what will happen
  const taken = (r: RequestFieldsFragment) => r.status === 'PENDING' || r.status === 'APPROVED';
  const upcoming = list?.filter((r) => r.endDate >= now && taken(r))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const past = list?.filter((r) => r.endDate < now && taken(r)).sort((a, b) => b.startDate.localeCompare(a.startDate));
  const withdrawn = list?.filter((r) => !taken(r)).sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <>
      <Section title="Your upcoming leave" actions={<a class="button" href="#/request">Request leave</a>}>
        <LoadError error={requests.error} retry={requests.reload} />
        {upcoming?.length === 0 && <p>Nothing planned yet.</p>}
        <ul class="requests">{upcoming?.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
      </Section>
      <Section title="Your past leave">
        {past?.length === 0 && <p>No past leave.</p>}
        <ul class="requests">{past?.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
      </Section>
      {withdrawn && withdrawn.length > 0 && (
        <Section title="Cancelled or denied">
          <ul class="requests">{withdrawn.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
        </Section>
      )}
    </>
  );
}

function RequestRow({ request, app }: { request: RequestFieldsFragment; app: AppContext }) {
  const [confirming, setConfirming] = useState(false);
  const { error, busy, run } = useCommand();
  const active = request.status === 'PENDING' || request.status === 'APPROVED';
  const cancellable = active && (request.status === 'PENDING' || request.startDate > today());
  const cancel = async () => {
    if (await run(async () => {
      await app.api.run(CancelLeave, { requestId: request.id });
      app.live.changedByMe();
    })) {
      setConfirming(false);
    }
  };
  const label = `${leaveTypeName(app, request.leaveTypeId)}, ${formatRange(request.startDate, request.endDate)}`;
  return (
    <li class="request" data-request-id={request.id}>
      <div class="request-main">
        <strong>{leaveTypeName(app, request.leaveTypeId)}</strong>{' '}
        <span>{formatRange(request.startDate, request.endDate)}</span>
        {partsOfDay(request) && <span class="muted"> ({partsOfDay(request)})</span>}
        {request.startTime && <span class="muted"> {request.startTime}–{request.endTime}</span>}
        <span class="muted"> · {formatAmount(request.days, request.unit)}</span>
        {' '}<StatusBadge status={request.status} />
        {request.decidedBy && request.status !== 'PENDING' && request.status !== 'CANCELLED'
          && <span class="muted"> by {personName(app, request.decidedBy)}</span>}
      </div>
      {request.decisionNote && request.status !== 'PENDING' && (
        <p class="muted decision-note">{request.status === 'DENIED' ? 'Why: ' : 'Note: '}{request.decisionNote}</p>
      )}
      {cancellable && !confirming && (
        <button type="button" class="secondary" aria-label={`Cancel ${label}`} onClick={() => setConfirming(true)}>Cancel…</button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-label={`Cancel ${label}?`}>
          <span>Cancel this leave? {request.status === 'APPROVED' ? 'The days go back to your balance.' : ''}</span>
          <button type="button" class="danger" disabled={busy} onClick={cancel}>Yes, cancel it</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      )}
      <FieldError id={`cancel-error-${request.id}`} error={error} />
    </li>
  );
}
