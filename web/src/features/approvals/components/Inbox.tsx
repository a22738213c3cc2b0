import { useState } from 'preact/hooks';
import type { DecisionsQuery, RequestFieldsFragment } from '../../../api/generated';
import { ApproveLeave, Decisions, DenyLeave, PendingApprovals } from '../api/operations';
import { Balances } from '../../../api/operations';
import { FieldError, LoadError, Section, StatusBadge } from '../../../components/ui';
import { leaveTypeName, personName, useApp } from '../../../lib/context';
import { formatAmount, formatDay, formatRange, partsOfDay } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useCommand } from '../../../hooks/useCommand';

/** What waits for the approver (also as a substitute or at a later level), and what they decided. */
export function Inbox() {
  const app = useApp();
  const pending = useLive(app.live, ['requests'],
    () => app.api.run(PendingApprovals).then((d) => d.pendingApprovals), []);
  const waiting = pending.data;
  return (
    <>
      <h1>Approvals</h1>
      <Section title="Waiting for you">
        <LoadError error={pending.error} retry={pending.reload} />
        {waiting?.length === 0 && <p>Nothing waits for you.</p>}
        <ul class="inbox">{waiting?.map((r) => <PendingRequest key={r.id} request={r} />)}</ul>
      </Section>
      <PastDecisions />
    </>
  );
}

function PendingRequest({ request }: { request: RequestFieldsFragment }) {
  const app = useApp();
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
  const label = `${who}: ${leaveTypeName(app, request.leaveTypeId)} ${formatRange(request.startDate, request.endDate)}`;
  return (
    <li class="card-row" data-request-id={request.id} aria-label={label}>
      <div>
        <strong>{who}</strong> · {leaveTypeName(app, request.leaveTypeId)}
        <div>{formatRange(request.startDate, request.endDate)} · {formatAmount(request.days, request.unit)}
          {partsOfDay(request) && ` (${partsOfDay(request)})`}</div>
        {request.reason && <div class="muted">“{request.reason}”</div>}
        {request.approvals.length > 1 && level && <div class="muted">Level {level.level + 1} of {request.approvals.length}</div>}
        <div class="muted" data-testid="requester-balance">
          {balance.data ? `${who} has ${formatAmount(balance.data.available, balance.data.unit)} available`
            + ` (as of ${formatDay(balance.data.asOf)}, this request included as pending)`
            : balance.error ? 'Balance not visible to you' : ''}
        </div>
      </div>
      {!denying && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => decide(true)} aria-label={`Approve ${label}`}>Approve</button>
          <button type="button" class="secondary" disabled={busy} onClick={() => setDenying(true)} aria-label={`Deny ${label}…`}>Deny…</button>
        </div>
      )}
      {denying && (
        <div class="deny">
          <label for={`deny-reason-${request.id}`}>Reason for {who} (optional)</label>
          <textarea id={`deny-reason-${request.id}`} rows={2} value={reason} maxLength={500}
                    onInput={(e) => setReason(e.currentTarget.value)} />
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => decide(false)}>Deny</button>
            <button type="button" class="secondary" onClick={() => setDenying(false)}>Back</button>
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
    <Section title="Your past decisions">
      <LoadError error={decided.error} retry={decided.reload} />
      {decided.data?.items.length === 0 && <p>You have not decided any request yet.</p>}
      <ul class="requests">
        {decided.data?.items.map((r) => (
          <li key={r.id} class="request">
            <div class="request-main"><strong>{personName(app, r.userId)}</strong> · {leaveTypeName(app, r.leaveTypeId)}
              {' '}· {formatRange(r.startDate, r.endDate)} · {formatAmount(r.days, r.unit)}</div>
            <StatusBadge status={r.status} />
            {r.decisionNote && <p class="muted decision-note">{r.status === 'DENIED' ? 'Why: ' : 'Note: '}{r.decisionNote}</p>}
          </li>
        ))}
      </ul>
      {decided.data?.more && <button type="button" class="secondary" onClick={() => setPages(pages + 1)}>Show older decisions</button>}
    </Section>
  );
}

const PAGE = 25;
