import { useEffect, useRef, useState } from 'preact/hooks';
import { refusalOf, toApiError, type ApiError } from '../../../api/errors';
import type { HalfDay, PreviewLeaveRequestQuery } from '../../../api/generated';
import { PreviewLeaveRequest, RequestLeave } from '../api/operations';
import { FieldError } from '../../../components/ui';
import { t, useT } from '../../../i18n/i18n';
import { leaveTypeName, useApp } from '../../../lib/context';
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
  useT();
  const types = app.leaveTypes.filter((lt) => !lt.archived);
  // what the person typed survives a refusal, a dropped connection and a reload of the tab
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = sessionStorage.getItem(DRAFT);
    // most requests are of a type that counts against an allowance: offer the first of those
    return saved ? { ...newDraft(''), ...JSON.parse(saved) as Partial<Draft> } as Draft
      : newDraft((types.find((lt) => lt.deductsFromAllowance) ?? types[0])?.id ?? '');
  });
  const [preview, setPreview] = useState<PreviewLeaveRequestQuery['previewLeaveRequest']>();
  const [refusal, setRefusal] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const [made, setMade] = useState<string>();
  const previewGeneration = useRef(0);
  /** Counts the person's edits: a refusal that arrives after one is of dates no longer shown. */
  const edits = useRef(0);
  const type = types.find((lt) => lt.id === draft.leaveTypeId);
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
      setMade(t({ id: 'request.made', defaultMessage: '{type} {dates}: {amount}, {status, select, APPROVED {approved} other {waiting for approval}}.',
        description: 'After sending: what was requested, e.g. "Vacation Mon, 6 Jul – Fri, 10 Jul: 5 days, approved."' },
      { type: leaveTypeName(app, draft.leaveTypeId), dates: formatRange(request.startDate, request.endDate),
        amount: formatAmount(request.days, request.unit), status: request.status }));
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
      <h1>{t({ id: 'request.title', defaultMessage: 'Request leave', description: 'Heading of the request form' })}</h1>
      {made && <p class="notice notice-ok" role="status">{t({ id: 'request.requested', defaultMessage: 'Requested.', description: 'First word of the notice after sending a request' })} {made} <a href="#/">{t({ id: 'request.seeYourLeave', defaultMessage: 'See your leave', description: 'Link to the home page after sending a request' })}</a></p>}
      <form class="card request-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="leave-type">{t({ id: 'request.leaveType', defaultMessage: 'Leave type', description: 'Field of the request form' })}</label>
          <select id="leave-type" value={draft.leaveTypeId} aria-describedby={describedBy('leaveType')}
                  onChange={(e) => update({ leaveTypeId: e.currentTarget.value })}>
            {types.map((lt) => <option key={lt.id} value={lt.id}>{lt.name}</option>)}
          </select>
          <FieldError id="leaveType-error" error={errorAt('leaveType')} />
        </div>
        <fieldset class="dates">
          <legend>{t({ id: 'request.dates', defaultMessage: 'Dates', description: 'Group of the first and last day in the request form' })}</legend>
          <div class="field">
            <label for="start-date">{t({ id: 'request.firstDay', defaultMessage: 'First day', description: 'First day of the leave' })}</label>
            <input id="start-date" type="date" required value={draft.startDate}
                   aria-invalid={faultField === 'dates'} aria-describedby={describedBy('dates')}
                   onInput={(e) => update({ startDate: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="end-date">{t({ id: 'request.lastDay', defaultMessage: 'Last day', description: 'Last day of the leave' })}</label>
            <input id="end-date" type="date" required value={draft.endDate} min={draft.startDate || undefined}
                   aria-invalid={faultField === 'dates'} aria-describedby={describedBy('dates')}
                   onInput={(e) => update({ endDate: e.currentTarget.value })} />
          </div>
          <FieldError id="dates-error" error={errorAt('dates')} />
        </fieldset>
        {!hourly && type?.allowHalfDays && singleDay && (
          <fieldset class="half-day">
            <legend>{t({ id: 'request.partOfDay', defaultMessage: 'Part of the day', description: 'Choice of a whole day, the morning or the afternoon' })}</legend>
            {(['NONE', 'MORNING', 'AFTERNOON'] as HalfDay[]).map((h) => (
              <label key={h} class="inline"><input type="radio" name="half-day" value={h} checked={draft.halfDay === h}
                onChange={() => update({ halfDay: h })} /> {t({ id: 'request.halfDayChoice', defaultMessage: '{half, select, MORNING {Morning} AFTERNOON {Afternoon} other {Whole day}}', description: 'One choice of the part of the day' }, { half: h })}</label>
            ))}
            <FieldError id="halfDay-error" error={errorAt('halfDay')} />
          </fieldset>
        )}
        {endsInHalves && (
          <fieldset class="half-day">
            <legend>{t({ id: 'request.halfDaysAtEnds', defaultMessage: 'Half days at the ends', description: 'Leave of several days may start or end at noon' })}</legend>
            <label class="inline"><input type="checkbox" checked={draft.startHalf === 'AFTERNOON'}
              aria-describedby={describedBy('ends')}
              onChange={(e) => update({ startHalf: e.currentTarget.checked ? 'AFTERNOON' : 'NONE' })} />
              {' '}{t({ id: 'request.startAtNoon', defaultMessage: 'Start at noon (afternoon off)', description: 'Check box: the first day is a half day' })}</label>
            <label class="inline"><input type="checkbox" checked={draft.endHalf === 'MORNING'}
              aria-describedby={describedBy('ends')}
              onChange={(e) => update({ endHalf: e.currentTarget.checked ? 'MORNING' : 'NONE' })} />
              {' '}{t({ id: 'request.endAtNoon', defaultMessage: 'End at noon (morning off)', description: 'Check box: the last day is a half day' })}</label>
            <FieldError id="ends-error" error={errorAt('ends')} />
          </fieldset>
        )}
        {hourly && singleDay && (
          <fieldset class="times">
            <legend>{t({ id: 'request.hours', defaultMessage: 'Hours (leave empty for the whole day)', description: 'Times of hourly leave' })}</legend>
            <div class="field"><label for="start-time">{t({ id: 'request.from', defaultMessage: 'From', description: 'Start time of hourly leave' })}</label>
              <input id="start-time" type="time" step={1800} value={draft.startTime}
                     onInput={(e) => update({ startTime: e.currentTarget.value })} /></div>
            <div class="field"><label for="end-time">{t({ id: 'request.until', defaultMessage: 'Until', description: 'End time of hourly leave' })}</label>
              <input id="end-time" type="time" step={1800} value={draft.endTime}
                     onInput={(e) => update({ endTime: e.currentTarget.value })} /></div>
            <FieldError id="times-error" error={errorAt('times')} />
          </fieldset>
        )}
        <div class="field">
          <label for="reason">{t({ id: 'request.reason', defaultMessage: 'Note for your approver (optional)', description: 'The request\'s reason field' })}</label>
          <textarea id="reason" rows={2} value={draft.reason} maxLength={500}
                    onInput={(e) => update({ reason: e.currentTarget.value })} />
          <FieldError id="reason-error" error={errorAt('reason')} />
        </div>
        <PreviewSummary preview={preview} />
        <div class="actions">
          <button type="submit" disabled={sending || !draft.startDate || !draft.endDate}>
            {sending ? t({ id: 'request.sending', defaultMessage: 'Sending…', description: 'The send button while sending' })
              : t({ id: 'request.send', defaultMessage: 'Send request', description: 'The request form\'s send button' })}</button>
          <a href="#/" class="button secondary">{t({ id: 'common.back', defaultMessage: 'Back', description: 'Button or link back to the previous screen' })}</a>
        </div>
      </form>
    </>
  );
}

function PreviewSummary({ preview }: { preview: PreviewLeaveRequestQuery['previewLeaveRequest'] | undefined }) {
  useT();
  if (!preview) return <div class="preview muted" aria-live="polite">{t({ id: 'preview.empty', defaultMessage: 'Choose dates to see what they count.', description: 'The preview before dates are chosen' })}</div>;
  const unit = (n: number) => formatAmount(n, preview.unit);
  return (
    <div class="preview" aria-live="polite" data-testid="preview">
      <p><strong data-testid="preview-days">{unit(preview.days)}</strong> {t({ id: 'preview.counted', defaultMessage: 'counted', description: 'After the amount: "5 days counted"' })}
        {' '}<span class="muted">{t({ id: 'preview.notCounted', defaultMessage: '(weekends, public holidays and days you do not work are not counted)', description: 'Why the count may be less than the calendar days' })}</span></p>
      {preview.balances.map((b) => (
        <p key={b.year} data-testid={`preview-balance-${b.year}`}>
          {t({ id: 'preview.availableBy', defaultMessage: 'Available by {date}:', description: 'Balance line of the preview; date is formatted' }, { date: formatDay(b.after.asOf) })} {preview.refusal ? <strong>{formatNumber(b.before.available)}</strong>
            : <>{formatNumber(b.before.available)} → <strong>{formatNumber(b.after.available)}</strong> {t({ id: 'preview.afterThis', defaultMessage: 'after this request', description: 'After "12 → 7": the balance once this request counts' })}</>}
        </p>
      ))}
      {!preview.refusal && preview.status && (
        <p class="muted">{preview.status === 'APPROVED' ? t({ id: 'preview.approvedAtOnce', defaultMessage: 'Approved at once: this leave type needs no approval.', description: 'Preview of a type without approval' })
          : t({ id: 'preview.approverDecides', defaultMessage: 'Your approver decides; you will see the answer here.', description: 'Preview of a type that needs approval' })}</p>
      )}
    </div>
  );
}
