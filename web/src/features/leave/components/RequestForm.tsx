import { useEffect, useRef, useState } from 'preact/hooks';
import { refusalOf, toApiError, type ApiError } from '../../../api/errors';
import type { HalfDay, PreviewLeaveRequestQuery } from '../../../api/generated';
import { PreviewLeaveRequest, RequestLeave } from '../api/operations';
import { FieldError } from '../../../components/ui';
import { useApp } from '../../../lib/context';
import { formatAmount, formatDay, formatNumber, formatRange } from '../../../lib/format';

type Field = 'leaveType' | 'dates' | 'halfDay' | 'ends' | 'times' | 'reason';

/** The form's field for the argument a refusal names (its extensions' `field`); the dates when it names none. */
const FIELDS: Record<string, Field> = { leaveTypeId: 'leaveType', startDate: 'dates', endDate: 'dates', dates: 'dates',
  halfDay: 'halfDay', startHalf: 'ends', endHalf: 'ends', times: 'times', startTime: 'times', endTime: 'times', reason: 'reason' };

export function fieldOf(error: ApiError): Field {
  return FIELDS[error.field ?? ''] ?? 'dates';
}

interface Draft {
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay: HalfDay;
  /** Over several dates: AFTERNOON starts the first at noon. */
  startHalf: HalfDay;
  /** Over several dates: MORNING ends the last at noon. */
  endHalf: HalfDay;
  startTime: string;
  endTime: string;
  reason: string;
  /** Kept until the request is made: sending again after a dropped connection makes it once. */
  clientRequestId: string;
}

const DRAFT = 'leave-tracker-request-draft';

function newDraft(leaveTypeId: string): Draft {
  return { leaveTypeId, startDate: '', endDate: '', halfDay: 'NONE', startHalf: 'NONE', endHalf: 'NONE', startTime: '',
    endTime: '', reason: '', clientRequestId: crypto.randomUUID() };
}

/** The request form, with what the request would count and leave, answered by the server as the person types. */
export function RequestForm() {
  const app = useApp();
  const types = app.leaveTypes.filter((t) => !t.archived);
  // what the person typed survives a refusal, a dropped connection and a reload of the tab
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = sessionStorage.getItem(DRAFT);
    // most requests are of a type that counts against an allowance: offer the first of those
    return saved ? { ...newDraft(''), ...JSON.parse(saved) as Partial<Draft> } as Draft
      : newDraft((types.find((t) => t.deductsFromAllowance) ?? types[0])?.id ?? '');
  });
  const [preview, setPreview] = useState<PreviewLeaveRequestQuery['previewLeaveRequest']>();
  const [refusal, setRefusal] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const [made, setMade] = useState<string>();
  const previewGeneration = useRef(0);
  /** Counts the person's edits: a refusal that arrives after one is of dates no longer shown. */
  const edits = useRef(0);
  const type = types.find((t) => t.id === draft.leaveTypeId);
  const hourly = type?.unit === 'HOURS';
  const singleDay = draft.startDate !== '' && draft.startDate === draft.endDate;
  const severalDays = draft.startDate !== '' && draft.endDate > draft.startDate;
  const endsInHalves = !hourly && !!type?.allowHalfDays && severalDays;

  useEffect(() => sessionStorage.setItem(DRAFT, JSON.stringify(draft)), [draft]);

  const variables = () => ({
    leaveTypeId: draft.leaveTypeId, startDate: draft.startDate, endDate: draft.endDate,
    halfDay: hourly ? 'NONE' as const : draft.halfDay,
    startHalf: endsInHalves ? draft.startHalf : 'NONE' as const,
    endHalf: endsInHalves ? draft.endHalf : 'NONE' as const,
    startTime: hourly && draft.startTime ? draft.startTime : null,
    endTime: hourly && draft.endTime ? draft.endTime : null,
  });

  useEffect(() => {
    setRefusal(undefined);
    if (!draft.leaveTypeId || !draft.startDate || !draft.endDate) {
      setPreview(undefined);
      return;
    }
    const mine = ++previewGeneration.current;
    const timer = setTimeout(() => {
      app.api.run(PreviewLeaveRequest, variables()).then((d) => {
        if (mine === previewGeneration.current) setPreview(d.previewLeaveRequest);
      }, (e) => {
        if (mine === previewGeneration.current) setRefusal(toApiError(e));
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [draft.leaveTypeId, draft.startDate, draft.endDate, draft.halfDay, draft.startHalf, draft.endHalf,
    draft.startTime, draft.endTime]);

  const update = (change: Partial<Draft>) => {
    edits.current += 1;
    setMade(undefined);
    setDraft((d) => {
      const next = { ...d, ...change };
      if (change.startDate && (!d.endDate || d.endDate < change.startDate || d.endDate === d.startDate)) {
        next.endDate = change.startDate;
      }
      if (next.startDate !== next.endDate) next.halfDay = 'NONE';
      return next;
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSending(true);
    const sentAfter = edits.current;
    try {
      const request = (await app.api.run(RequestLeave, { ...variables(), reason: draft.reason || null,
        clientRequestId: draft.clientRequestId })).requestLeave;
      app.live.changedByMe();
      setMade(`${type?.name ?? 'Leave'} ${formatRange(request.startDate, request.endDate)}: `
        + `${formatAmount(request.days, request.unit)}, ${request.status === 'APPROVED' ? 'approved' : 'waiting for approval'}.`);
      setDraft(newDraft(draft.leaveTypeId));
      setPreview(undefined);
      setRefusal(undefined);
    } catch (e) {
      if (sentAfter === edits.current) setRefusal(toApiError(e));
    } finally {
      setSending(false);
    }
  };

  const fault = refusal ?? (preview?.refusal ? refusalOf(preview.refusal) : undefined);
  const faultField = fault && fieldOf(fault);
  const errorAt = (field: Field) => (faultField === field ? fault : undefined);
  const describedBy = (field: Field) => (faultField === field ? `${field}-error` : undefined);

  return (
    <>
      <h1>Request leave</h1>
      {made && <p class="notice notice-ok" role="status">Requested. {made} <a href="#/">See your leave</a></p>}
      <form class="card request-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="leave-type">Leave type</label>
          <select id="leave-type" value={draft.leaveTypeId} aria-describedby={describedBy('leaveType')}
                  onChange={(e) => update({ leaveTypeId: e.currentTarget.value })}>
            {types.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
          <FieldError id="leaveType-error" error={errorAt('leaveType')} />
        </div>
        <fieldset class="dates">
          <legend>Dates</legend>
          <div class="field">
            <label for="start-date">First day</label>
            <input id="start-date" type="date" required value={draft.startDate}
                   aria-invalid={faultField === 'dates'} aria-describedby={describedBy('dates')}
                   onInput={(e) => update({ startDate: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="end-date">Last day</label>
            <input id="end-date" type="date" required value={draft.endDate} min={draft.startDate || undefined}
                   aria-invalid={faultField === 'dates'} aria-describedby={describedBy('dates')}
                   onInput={(e) => update({ endDate: e.currentTarget.value })} />
          </div>
          <FieldError id="dates-error" error={errorAt('dates')} />
        </fieldset>
        {!hourly && type?.allowHalfDays && singleDay && (
          <fieldset class="half-day">
            <legend>Part of the day</legend>
            {(['NONE', 'MORNING', 'AFTERNOON'] as HalfDay[]).map((h) => (
              <label key={h} class="inline"><input type="radio" name="half-day" value={h} checked={draft.halfDay === h}
                onChange={() => update({ halfDay: h })} /> {h === 'NONE' ? 'Whole day' : h === 'MORNING' ? 'Morning' : 'Afternoon'}</label>
            ))}
            <FieldError id="halfDay-error" error={errorAt('halfDay')} />
          </fieldset>
        )}
        {endsInHalves && (
          <fieldset class="half-day">
            <legend>Half days at the ends</legend>
            <label class="inline"><input type="checkbox" checked={draft.startHalf === 'AFTERNOON'}
              aria-describedby={describedBy('ends')}
              onChange={(e) => update({ startHalf: e.currentTarget.checked ? 'AFTERNOON' : 'NONE' })} />
              {' '}Start at noon (afternoon off)</label>
            <label class="inline"><input type="checkbox" checked={draft.endHalf === 'MORNING'}
              aria-describedby={describedBy('ends')}
              onChange={(e) => update({ endHalf: e.currentTarget.checked ? 'MORNING' : 'NONE' })} />
              {' '}End at noon (morning off)</label>
            <FieldError id="ends-error" error={errorAt('ends')} />
          </fieldset>
        )}
        {hourly && singleDay && (
          <fieldset class="times">
            <legend>Hours (leave empty for the whole day)</legend>
            <div class="field"><label for="start-time">From</label>
              <input id="start-time" type="time" step={1800} value={draft.startTime}
                     onInput={(e) => update({ startTime: e.currentTarget.value })} /></div>
            <div class="field"><label for="end-time">Until</label>
              <input id="end-time" type="time" step={1800} value={draft.endTime}
                     onInput={(e) => update({ endTime: e.currentTarget.value })} /></div>
            <FieldError id="times-error" error={errorAt('times')} />
          </fieldset>
        )}
        <div class="field">
          <label for="reason">Note for your approver (optional)</label>
          <textarea id="reason" rows={2} value={draft.reason} maxLength={500}
                    onInput={(e) => update({ reason: e.currentTarget.value })} />
          <FieldError id="reason-error" error={errorAt('reason')} />
        </div>
        <PreviewSummary preview={preview} />
        <div class="actions">
          <button type="submit" disabled={sending || !draft.startDate || !draft.endDate}>
            {sending ? 'Sending…' : 'Send request'}</button>
          <a href="#/" class="button secondary">Back</a>
        </div>
      </form>
    </>
  );
}

function PreviewSummary({ preview }: { preview: PreviewLeaveRequestQuery['previewLeaveRequest'] | undefined }) {
  if (!preview) return <div class="preview muted" aria-live="polite">Choose dates to see what they count.</div>;
  const unit = (n: number) => formatAmount(n, preview.unit);
  return (
    <div class="preview" aria-live="polite" data-testid="preview">
      <p><strong data-testid="preview-days">{unit(preview.days)}</strong> counted
        {' '}<span class="muted">(weekends, public holidays and days you do not work are not counted)</span></p>
      {preview.balances.map((b) => (
        <p key={b.year} data-testid={`preview-balance-${b.year}`}>
          Available by {formatDay(b.after.asOf)}: {preview.refusal ? <strong>{formatNumber(b.before.available)}</strong>
            : <>{formatNumber(b.before.available)} → <strong>{formatNumber(b.after.available)}</strong> after this request</>}
        </p>
      ))}
      {!preview.refusal && preview.status && (
        <p class="muted">{preview.status === 'APPROVED' ? 'Approved at once: this leave type needs no approval.'
          : 'Your approver decides; you will see the answer here.'}</p>
      )}
    </div>
  );
}
