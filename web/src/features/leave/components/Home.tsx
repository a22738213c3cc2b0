import { PersonalDataDownload } from '../../../components/PersonalDataDownload';
import { useState } from 'preact/hooks';
import type { BalanceFieldsFragment, RequestFieldsFragment } from '../../../api/generated';
import { Balances, MyHistory, Policies } from '../../../api/operations';
import { CancelLeave, MyRequests, OptionalHolidays } from '../api/operations';
import { FieldError, LoadError, Section, StatusBadge } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { leaveTypeName, personName, useApp, type AppContext } from '../../../lib/context';
import { formatAmount, formatDay, formatHoliday, formatList, formatNumber, formatRange, formatShort, partsOfDay, today } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { CalendarFeedLinks } from './CalendarFeedLinks';
import { OptionalHolidayChoice } from './OptionalHolidayChoice';
import { useCommand } from '../../../hooks/useCommand';

/** Everyone's home: balances per leave type, their requests, their calendar feed links. */
export function Home() {
  const app = useApp();
  useT();
  const thisYear = Number(today().slice(0, 4));
  const left = !!app.me.employmentEndsOn && app.me.employmentEndsOn < today();
  // next year shows what carries over and when it expires; last year what was left
  const [year, setYear] = useState(thisYear);
  const balances = useLive(app.live, ['balances', 'requests'],
    () => app.api.run(Balances, { year }).then((d) => d.balances), [year]);
  return (
    <>
      <h1>{t({ id: 'home.hello', defaultMessage: 'Hello, {name}', description: 'Heading of the home page' }, { name: app.me.name })}</h1>
      {app.me.employmentEndsOn && (app.me.employmentEndsOn < today()
        ? <p class="notice" role="status">{t({ id: 'home.employmentEnded', defaultMessage: 'Your employment ended on {day}. Your balance on that day is your final balance; you can read your leave and balances here, and nothing else.', description: 'Home of a leaver' }, { day: formatDay(app.me.employmentEndsOn) })}</p>
        : <p class="notice" role="status">{t({ id: 'home.employmentEnds', defaultMessage: 'Your employment ends on {day}. Your balance on that day is your final balance; after it you can still read your leave and balances here.', description: 'Home of someone whose last day is set' }, { day: formatDay(app.me.employmentEndsOn) })}</p>)}
      {app.me.role === 'ADMIN' && !left && (app.locations.length === 0 || app.leaveTypes.length === 0) && (
        <p class="notice notice-ok" role="status">
          {t({ id: 'home.newOrganization', defaultMessage: '{organization} is new: add a location, its leave types and policies, and your people in', description: 'First words of a notice to the first admin; followed by a link to the set-up' }, { organization: app.organizationName })}{' '}
          <a href="#/admin">{t({ id: 'nav.setup', defaultMessage: 'Set-up', description: 'Main menu: the admins\' settings' })}</a>.</p>
      )}
      <Section title={t({ id: 'home.balances', defaultMessage: 'Your balances {year}', description: 'Section of the home page; year is e.g. 2026' }, { year: String(year) })} actions={<div class="toolbar">
        <button type="button" class="secondary" disabled={year <= thisYear - 1} onClick={() => setYear(year - 1)}>
          {t({ id: 'home.showYear', defaultMessage: 'Show {year}', description: 'Button: balances of another year' }, { year: String(year - 1) })}</button>
        <button type="button" class="secondary" disabled={year >= thisYear + 1} onClick={() => setYear(year + 1)}>
          {t({ id: 'home.showYear', defaultMessage: 'Show {year}', description: 'Button: balances of another year' }, { year: String(year + 1) })}</button></div>}>
        <LoadError error={balances.error} retry={balances.reload} />
        {balances.data && balances.data.length === 0 && <p>{t({ id: 'home.noBalances', defaultMessage: 'No leave type with an allowance applies to you yet.', description: 'Home without balances' })}</p>}
        <div class="balances">
          {balances.data?.map((b) => <BalanceCard key={b.leaveTypeId} balance={b} />)}
        </div>
      </Section>
      {!left && <OptionalHolidayChoice year={year} />}
      <MyRequestList />
      {!left && <CalendarFeedLinks />}
      <Section title={t({ id: 'home.yourData', defaultMessage: 'Your data', description: 'Section of the home page' })}>
        <p class="muted">{t({ id: 'home.yourDataIntro', defaultMessage: 'Everything Leave Tracker stores about you, in one file: your profile, requests with their reasons, balances of every year and the history behind them.', description: 'What the export holds' })}</p>
        <PersonalDataDownload />
      </Section>
    </>
  );
}

function BalanceCard({ balance }: { balance: BalanceFieldsFragment }) {
  const app = useApp();
  useT();
  const [open, setOpen] = useState(false);
  const amount = (n: number) => formatAmount(n, balance.unit);
  const name = leaveTypeName(app, balance.leaveTypeId);
  // a ledger that adds up to what is available: every amount positive, its sign in words and a column of its own
  const earned = balance.accrued === balance.allowance
    ? t({ id: 'balance.allowance', defaultMessage: 'Allowance', description: 'Ledger row: the year\'s allowance' })
    : t({ id: 'balance.earnedSoFar', defaultMessage: 'Earned so far', description: 'Ledger row: what monthly accrual has earned' });
  const rows: [string, number, '+' | '−', string?][] = [
    [earned, balance.accrued, '+', balance.accrued === balance.allowance ? undefined
      : t({ id: 'balance.ofThisYear', defaultMessage: 'of {amount} this year', description: 'Note beside "Earned so far"' }, { amount: amount(balance.allowance) })],
    [t({ id: 'balance.carriedOverFrom', defaultMessage: 'Carried over from {year}', description: 'Ledger row' }, { year: String(balance.year - 1) }), balance.carriedOver, '+', balance.carriedOverExpiresOn
      ? t({ id: 'balance.expires', defaultMessage: 'expires {day}', description: 'Note: when carried-over days expire' }, { day: formatDay(balance.carriedOverExpiresOn) }) : undefined],
    [t({ id: 'balance.expired', defaultMessage: 'Carried over, expired unused', description: 'Ledger row' }), balance.expired, '−'],
    [t({ id: 'balance.adjustments', defaultMessage: 'Adjustments', description: 'Ledger row: an admin\'s corrections' }), Math.abs(balance.adjustments), balance.adjustments < 0 ? '−' : '+'],
    [t({ id: 'balance.overtime', defaultMessage: 'Overtime (TOIL)', description: 'Ledger row: time off in lieu' }), balance.overtime, '+'],
    [t({ id: 'balance.used', defaultMessage: 'Used', description: 'Ledger row: approved leave' }), balance.used, '−'],
    [t({ id: 'balance.waiting', defaultMessage: 'Waiting for approval', description: 'Ledger row: pending leave' }), balance.pending, '−'],
  ];
  const shown = rows.filter(([label, n]) => n !== 0 || label === earned);
  return (
    <article class="balance" aria-label={t({ id: 'balance.label', defaultMessage: '{type} balance', description: 'Accessible name of a balance card' }, { type: name })}>
      <h3>{name}</h3>
      <p class="big"><span data-testid={`available-${name}`}>{formatNumber(balance.available)}</span>
        <span class="unit"> {t({ id: 'balance.unitAvailable', defaultMessage: '{unit, select, HOURS {{amount, plural, one {hour} other {hours}}} other {{amount, plural, one {day} other {days}}}} available', description: 'After the big number of a balance card: "days available"' }, { unit: balance.unit, amount: balance.available })}</span></p>
      <p class="muted">{t({ id: 'balance.remaining', defaultMessage: '{remaining} remaining after approved leave · {pending} waiting for approval', description: 'Below the big number of a balance card' }, { remaining: amount(balance.remaining), pending: amount(balance.pending) })}</p>
      <table class="figures">
        <caption class="visually-hidden">{t({ id: 'balance.caption', defaultMessage: 'How the {amount} available are counted', description: 'Caption of the ledger for screen readers' }, { amount: amount(balance.available) })}</caption>
        <tbody>
          {shown.map(([label, n, sign, note], i) => (
            <tr key={label}><th scope="row">{label}{note && <span class="muted"> ({note})</span>}</th>
              <td class="sign" aria-hidden="true">{i === 0 ? '' : sign}</td>
              <td class="amount"><span class="visually-hidden">{i === 0 ? '' : <>{sign === '+' ? t({ id: 'balance.plus', defaultMessage: 'plus', description: 'Read before a ledger amount that adds' }) : t({ id: 'balance.minus', defaultMessage: 'minus', description: 'Read before a ledger amount that subtracts' })}{' '}</>}</span>{amount(n)}</td></tr>
          ))}
          <tr class="total"><th scope="row">{t({ id: 'balance.available', defaultMessage: 'Available', description: 'Ledger total' })}</th><td class="sign" aria-hidden="true">=</td>
            <td class="amount">{amount(balance.available)}</td></tr>
        </tbody>
      </table>
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t({ id: 'balance.hideFigures', defaultMessage: 'Hide these figures', description: 'Closes the explanation' })
          : t({ id: 'balance.explainFigures', defaultMessage: 'Explain these figures', description: 'Opens the explanation of a balance' })}
      </button>
      {open && <BalanceExplanation balance={balance} />}
    </article>
  );
}

/** Every figure from what is behind it: the policy, the person's own events and requests. */
function BalanceExplanation({ balance }: { balance: BalanceFieldsFragment }) {
  const app = useApp();
  useT();
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
  if (!loaded.data) return <p class="muted">{t({ id: 'app.loading', defaultMessage: 'Loading…', description: 'Shown while a screen loads' })}</p>;
  const { policies, requests, history, chosen } = loaded.data;
  const unit = (n: number) => formatAmount(n, balance.unit);
  const type = app.leaveTypes.find((lt) => lt.id === balance.leaveTypeId);
  const policy = policies.filter((p) => p.leaveTypeId === balance.leaveTypeId && p.effectiveDate <= balance.asOf)
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0];
  const inYear = requests.filter((r) => r.leaveTypeId === balance.leaveTypeId
    && r.startDate.slice(0, 4) <= String(balance.year) && r.endDate.slice(0, 4) >= String(balance.year));
  const adjustments = history.filter(({ entry }) => (entry.kind === 'BALANCE_CORRECTED' && entry.year === balance.year
      || entry.kind === 'OVERTIME_CREDITED' && (entry.from ?? '').startsWith(String(balance.year)))
    && entry.leaveTypeId === balance.leaveTypeId);
  return (
    <ul class="explain">
      <li>{t({ id: 'explain.asOf', defaultMessage: 'Figures as of {day}.', description: 'First line of a balance\'s explanation' }, { day: formatDay(balance.asOf) })}</li>
      {policy && <li>{t({ id: 'explain.policy', description: 'The policy behind a balance. accrual: MONTHLY or UPFRONT; prorated: the prorated allowance or "none"; negative: how far below zero, or "none"',
        defaultMessage: 'Allowance: {allowance} a year under the policy in force since {since}, {accrual, select, MONTHLY {earned month by month} other {all of it on 1 January}}{prorated, select, none {} other {, prorated to {prorated} for the part of the year you work here}}.{negative, select, none {} other { You may go {negative} below zero.}}' },
      { allowance: unit(policy.annualAllowanceDays), since: formatDay(policy.effectiveDate), accrual: policy.accrual,
        prorated: balance.allowance !== policy.annualAllowanceDays ? unit(balance.allowance) : 'none',
        negative: policy.negativeBalanceAllowedDays > 0 ? unit(policy.negativeBalanceAllowedDays) : 'none' })}</li>}
      {policy?.tenureSteps.map((step) => (
        <li key={step.afterYears}>{t({ id: 'explain.tenure', defaultMessage: 'With {years, plural, one {# year} other {# years}} of service, {extra} more a year, from that anniversary on (its first year in proportion).', description: 'A tenure step of the policy' }, { years: step.afterYears, extra: unit(step.extraDays) })}</li>
      ))}
      {type?.maxBalanceDays != null && <li>{t({ id: 'explain.maxBalance', defaultMessage: 'Available never goes above {max} for {type}: earning pauses there{credited, select, none {} other {, so {credited} of {allowance} were credited}}.', description: 'The leave type\'s maximum balance; credited is "none" when nothing was held back' },
        { max: unit(type.maxBalanceDays), type: type.name, credited: balance.accrued < balance.allowance ? unit(balance.accrued) : 'none', allowance: unit(balance.allowance) })}</li>}
      {chosen.length > 0 && <li>{t({ id: 'explain.optionalHolidays', defaultMessage: 'Your optional holidays, days off for you alone: {holidays}.', description: 'holidays is a list like "Carnival (Mon, 16 Feb 2026)"' },
        { holidays: formatList(chosen.map(formatHoliday)) })}</li>}
      {type?.countsCalendarDays && <li>{t({ id: 'explain.calendarDays', defaultMessage: '{type} counts every calendar day, weekends and public holidays too.', description: 'A leave type that counts calendar days' }, { type: type.name })}</li>}
      {balance.carriedOver > 0 && <li>{t({ id: 'explain.carriedOver', defaultMessage: 'Carried over {amount} from {year}{expires, select, none {} other {, expires {expires}}}.', description: 'expires is a day, or "none"' },
        { amount: unit(balance.carriedOver), year: String(balance.year - 1), expires: balance.carriedOverExpiresOn ? formatDay(balance.carriedOverExpiresOn) : 'none' })}</li>}
      {balance.expired > 0 && <li>{t({ id: 'explain.expired', defaultMessage: '{amount} carried over expired unused.', description: 'Carried-over days that expired' }, { amount: unit(balance.expired) })}</li>}
      {balance.encashed > 0 && <li>{t({ id: 'explain.encashed', defaultMessage: '{amount} that could not be carried over from {year} were paid out instead of lost.', description: 'Payout of what the rollover cap would forfeit' }, { amount: unit(balance.encashed), year: String(balance.year - 1) })}</li>}
      {adjustments.map((e) => (
        <li key={e.version}>{t({ id: 'explain.adjustment', description: 'A correction of the balance; kind: OVERTIME_CREDITED or another; amount is signed ("+2", "-1"); text the admin\'s note or "none"',
          defaultMessage: '{kind, select, OVERTIME_CREDITED {Overtime credited} other {Adjusted}} {amount} by {who} on {day}{text, select, none {} other {: “{text}”}}' },
        { kind: e.entry.kind, amount: ((e.entry.days ?? 0) > 0 ? '+' : '') + formatNumber(e.entry.days ?? 0), who: personName(app, e.actorId),
          day: formatShort(e.occurredAt.slice(0, 10)), text: e.entry.text || 'none' })}</li>
      ))}
      {inYear.filter((r) => r.status === 'APPROVED' || r.status === 'PENDING').map((r) => (
        <li key={r.id}>{t({ id: 'explain.request', defaultMessage: '{status, select, APPROVED {Used} other {Pending}} {amount}: {dates}', description: 'A request counted in the balance' }, { status: r.status, amount: unit(r.days), dates: formatRange(r.startDate, r.endDate) })}</li>
      ))}
    </ul>
  );
}

function MyRequestList() {
  const app = useApp();
  useT();
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
      <Section title={t({ id: 'home.upcoming', defaultMessage: 'Your upcoming leave', description: 'Section of the home page' })} actions={<a class="button" href="#/request">{t({ id: 'nav.request', defaultMessage: 'Request leave', description: 'Main menu: the request form' })}</a>}>
        <LoadError error={requests.error} retry={requests.reload} />
        {upcoming?.length === 0 && <p>{t({ id: 'home.nothingPlanned', defaultMessage: 'Nothing planned yet.', description: 'No upcoming leave' })}</p>}
        <ul class="requests">{upcoming?.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
      </Section>
      <Section title={t({ id: 'home.past', defaultMessage: 'Your past leave', description: 'Section of the home page' })}>
        {past?.length === 0 && <p>{t({ id: 'home.noPast', defaultMessage: 'No past leave.', description: 'No past leave' })}</p>}
        <ul class="requests">{past?.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
      </Section>
      {withdrawn && withdrawn.length > 0 && (
        <Section title={t({ id: 'home.withdrawn', defaultMessage: 'Cancelled or denied', description: 'Section of the home page' })}>
          <ul class="requests">{withdrawn.map((r) => <RequestRow key={r.id} request={r} app={app} />)}</ul>
        </Section>
      )}
    </>
  );
}

function RequestRow({ request, app }: { request: RequestFieldsFragment; app: AppContext }) {
  const [confirming, setConfirming] = useState(false);
  useT();
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
  const label = t({ id: 'home.requestLabel', defaultMessage: '{type}, {dates}', description: 'A request named in a button\'s accessible name' },
    { type: leaveTypeName(app, request.leaveTypeId), dates: formatRange(request.startDate, request.endDate) });
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
          && <span class="muted"> {t({ id: 'home.decidedBy', defaultMessage: 'by {who}', description: 'After a status badge: who decided' }, { who: personName(app, request.decidedBy) })}</span>}
      </div>
      {request.decisionNote && request.status !== 'PENDING' && (
        <p class="muted decision-note">{t({ id: 'inbox.decisionNote', defaultMessage: '{status, select, DENIED {Why:} other {Note:}} {note}', description: 'The approver\'s note on a decision' }, { status: request.status, note: request.decisionNote })}</p>
      )}
      {cancellable && !confirming && (
        <button type="button" class="secondary" aria-label={t({ id: 'home.cancelLabel', defaultMessage: 'Cancel {request}', description: 'Accessible name of the cancel button' }, { request: label })} onClick={() => setConfirming(true)}>{t({ id: 'home.cancelDots', defaultMessage: 'Cancel…', description: 'Button that asks to confirm a cancellation' })}</button>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-label={t({ id: 'home.cancelQuestionLabel', defaultMessage: 'Cancel {request}?', description: 'Accessible name of the confirmation' }, { request: label })}>
          <span>{t({ id: 'home.cancelQuestion', defaultMessage: 'Cancel this leave?{status, select, APPROVED { The days go back to your balance.} other { }}', description: 'Confirmation of a cancellation' }, { status: request.status })}</span>
          <button type="button" class="danger" disabled={busy} onClick={cancel}>{t({ id: 'home.yesCancel', defaultMessage: 'Yes, cancel it', description: 'Confirms the cancellation' })}</button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>{t({ id: 'ui.keepIt', defaultMessage: 'Keep it', description: 'Takes back a correction before it is made' })}</button>
        </div>
      )}
      <FieldError id={`cancel-error-${request.id}`} error={error} />
    </li>
  );
}
