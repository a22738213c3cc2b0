import { useState } from 'preact/hooks';
import type { DecisionsQuery, RequestFieldsFragment } from '../../../api/generated';
import { ApproveLeave, Decisions, DenyLeave, PendingApprovals } from '../api/operations';
import { Balances } from '../../../api/operations';
import { FieldError, LoadError, Section, StatusBadge } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { leaveTypeName, personName, useApp } from '../../../lib/context';
import { formatAmount, formatDay, formatRange, partsOfDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

/** What waits for the approver (also as a substitute or at a later level), and what they decided. */
export function Inbox() {
  const app = useApp();
  useT();
  const pending = useLive(app.live, ['requests'],
    () => app.api.run(PendingApprovals).then((d) => d.pendingApprovals), []);
  const waiting = pending.data;
  return (
    <>
      <h1>{t({ id: 'nav.inbox', defaultMessage: 'Approvals', description: 'Main menu: requests waiting for the approver' })}</h1>
      <Section title={t({ id: 'inbox.waiting', defaultMessage: 'Waiting for you', description: 'Section of the approvals page' })}>
        <LoadError error={pending.error} retry={pending.reload} />
        {waiting && <p class="muted" data-testid="waiting-count">{t({ id: 'inbox.count', defaultMessage: '{count, plural, =0 {Nothing waits for you.} one {One request waits for you.} other {# requests wait for you.}}', description: 'How many requests wait for the approver' }, { count: waiting.length })}</p>}
        <ul class="inbox">{waiting?.map((r) => <PendingRequest key={r.id} request={r} />)}</ul>
      </Section>
      <PastDecisions />
    </>
  );
}

function PendingRequest({ request }: { request: RequestFieldsFragment }) {
  const app = useApp();
  useT();
  const year = Number(request.startDate.slice(0, 4));
  const balance = useLive(app.live, ['balances', 'requests'], () => app.api.run(Balances, { userId: request.userId, year })
    .then((d) => d.balances.find((b) => b.leaveTypeId === request.leaveTypeId)), [request.userId, year]);
  const [denying, setDenying] = useState(false);
  const [reason, setReason] = useState('');
  const { error, busy, run } = useCommand();
  const who = personName(app, request.userId);
  const decide = (approve: boolean) => run(async () => {
    await (approve ? app.api.run(ApproveLeave, { requestId: request.id })
      : app.api.run(DenyLeave, { requestId: request.id, reason: reason || null }));
    app.live.changedByMe();
  });
  const level = request.approvals.find((a) => a.status === 'PENDING');
  const label = t({ id: 'inbox.label', defaultMessage: '{who}: {type} {dates}', description: 'Accessible name of a waiting request' },
    { who, type: leaveTypeName(app, request.leaveTypeId), dates: formatRange(request.startDate, request.endDate) });
  return (
    <li class="card-row" data-request-id={request.id} aria-label={label}>
      <div>
        <strong>{who}</strong> · {leaveTypeName(app, request.leaveTypeId)}
        <div>{formatRange(request.startDate, request.endDate)} · {formatAmount(request.days, request.unit)}
          {partsOfDay(request) && ` (${partsOfDay(request)})`}</div>
        {request.reason && <div class="muted">“{request.reason}”</div>}
        {request.approvals.length > 1 && level && <div class="muted">{t({ id: 'inbox.level', defaultMessage: 'Level {level} of {levels}', description: 'Which approval level of a chain waits' }, { level: level.level + 1, levels: request.approvals.length })}</div>}
        <div class="muted" data-testid="requester-balance">
          {balance.data ? t({ id: 'inbox.balance', defaultMessage: '{who} has {amount} available (as of {date}, this request included as pending)', description: 'The requester\'s balance, shown to the approver' },
            { who, amount: formatAmount(balance.data.available, balance.data.unit), date: formatDay(balance.data.asOf) })
            : balance.error ? t({ id: 'inbox.balanceHidden', defaultMessage: 'Balance not visible to you', description: 'The approver may not read this balance' }) : ''}
        </div>
      </div>
      {!denying && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => decide(true)} aria-label={t({ id: 'inbox.approveLabel', defaultMessage: 'Approve {request}', description: 'Accessible name of the approve button' }, { request: label })}>{t({ id: 'inbox.approve', defaultMessage: 'Approve', description: 'Button' })}</button>
          <button type="button" class="secondary" disabled={busy} onClick={() => setDenying(true)} aria-label={t({ id: 'inbox.denyLabel', defaultMessage: 'Deny {request}…', description: 'Accessible name of the deny button' }, { request: label })}>{t({ id: 'inbox.denyDots', defaultMessage: 'Deny…', description: 'Button that opens the reason field' })}</button>
        </div>
      )}
      {denying && (
        <div class="deny">
          <label for={`deny-reason-${request.id}`}>{t({ id: 'inbox.denyReason', defaultMessage: 'Reason for {who} (optional)', description: 'Field when denying' }, { who })}</label>
          <textarea id={`deny-reason-${request.id}`} rows={2} value={reason} maxLength={500}
                    onInput={(e) => setReason(e.currentTarget.value)} />
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => decide(false)}>{t({ id: 'inbox.deny', defaultMessage: 'Deny', description: 'Button that denies the request' })}</button>
            <button type="button" class="secondary" onClick={() => setDenying(false)}>{t({ id: 'common.back', defaultMessage: 'Back', description: 'Button or link back to the previous screen' })}</button>
          </div>
        </div>
      )}
      <FieldError id={`decide-error-${request.id}`} error={error} />
    </li>
  );
}

/** The requests the caller approved or denied, at any level, the latest first, a page at a time. */
function PastDecisions() {
  const app = useApp();
  useT();
  const [pages, setPages] = useState(1);
  const decided = useLive(app.live, ['requests'], async () => {
    const items: RequestFieldsFragment[] = [];
    let nextToken: string | null = null;
    for (let page = 0; page < pages; page++) {
      const answer: DecisionsQuery = await app.api.run(Decisions, { limit: PAGE, nextToken });
      items.push(...answer.decisionsPage.items);
      nextToken = answer.decisionsPage.nextToken ?? null;
      if (!nextToken) break;
    }
    return { items, more: nextToken !== null };
  }, [pages]);
  return (
    <Section title={t({ id: 'inbox.past', defaultMessage: 'Your past decisions', description: 'Section of the approvals page' })}>
      <LoadError error={decided.error} retry={decided.reload} />
      {decided.data?.items.length === 0 && <p>{t({ id: 'inbox.noneDecided', defaultMessage: 'You have not decided any request yet.', description: 'No past decisions' })}</p>}
      <ul class="requests">
        {decided.data?.items.map((r) => (
          <li key={r.id} class="request">
            <div class="request-main"><strong>{personName(app, r.userId)}</strong> · {leaveTypeName(app, r.leaveTypeId)}
              {' '}· {formatRange(r.startDate, r.endDate)} · {formatAmount(r.days, r.unit)}</div>
            <StatusBadge status={r.status} />
            {r.decisionNote && <p class="muted decision-note">{t({ id: 'inbox.decisionNote', defaultMessage: '{status, select, DENIED {Why:} other {Note:}} {note}', description: 'The approver\'s note on a decision' }, { status: r.status, note: r.decisionNote })}</p>}
          </li>
        ))}
      </ul>
      {decided.data?.more && <button type="button" class="secondary" onClick={() => setPages(pages + 1)}>{t({ id: 'inbox.older', defaultMessage: 'Show older decisions', description: 'Button' })}</button>}
    </Section>
  );
}

const PAGE = 25;
