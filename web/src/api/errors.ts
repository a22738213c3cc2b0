import { formatAmount, formatDay } from '../lib/format';

/** A refusal's structured extensions (SPEC §3.11): the field at fault, and the figures and dates behind it. */
export type ErrorDetails = Record<string, string | number | boolean | undefined>;

/** A refusal of the API (SPEC §4 error types), or a failure to reach it. */
export class ApiError extends Error {
  /** @param details from extensions (local runtime), errorInfo (AppSync) or a preview's refusal */
  constructor(readonly errorType: string, message: string, readonly details: ErrorDetails = {}) {
    super(message);
  }

  /** Could not reach the API at all: nothing was refused, the same command may be sent again. */
  get unreachable(): boolean {
    return this.errorType === 'NETWORK';
  }

  /** The argument the refusal is about (`dates`, `halfDay`, `leaveTypeId`…), as the server names it. */
  get field(): string | undefined {
    return typeof this.details.field === 'string' ? this.details.field : undefined;
  }

  get retryAfterSeconds(): number | undefined {
    return typeof this.details.retryAfterSeconds === 'number' ? this.details.retryAfterSeconds : undefined;
  }
}

interface RawError {
  message?: string;
  errorType?: string;
  extensions?: ErrorDetails & { errorType?: string };
  errorInfo?: ErrorDetails | null;
}

const UNREACHABLE = 'Leave Tracker cannot be reached right now. Nothing was lost: try again.';

/** Amplify throws the GraphQL result ({errors}) for refusals and an Error for network failures. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const errors = (thrown as { errors?: RawError[] })?.errors;
  const first = errors?.[0];
  if (first) {
    const type = first.errorType ?? first.extensions?.errorType ?? 'ERROR';
    if (type === 'ERROR' && /network|fetch/i.test(first.message ?? '')) return new ApiError('NETWORK', UNREACHABLE);
    const { errorType: _type, ...extensions } = first.extensions ?? {};
    return new ApiError(type, first.message ?? 'The request was refused.', { ...extensions, ...(first.errorInfo ?? {}) });
  }
  return new ApiError('NETWORK', UNREACHABLE);
}

/** A preview's refusal (its details arrive as AWSJSON). */
export function refusalOf(refusal: { errorType: string; message: string; details?: string | null }): ApiError {
  let details: ErrorDetails = {};
  try {
    details = refusal.details ? JSON.parse(refusal.details) as ErrorDetails : {};
  } catch {
    // a refusal without readable details still has its type and message
  }
  return new ApiError(refusal.errorType, refusal.message, details);
}

/** A refusal in plain words: the heading says what kind of no it is. */
export function headline(errorType: string): string {
  switch (errorType) {
    case 'OVERLAPPING_LEAVE': return 'These dates overlap leave you already have';
    case 'INSUFFICIENT_BALANCE': return 'Not enough leave left';
    case 'NO_WORKING_DAYS': return 'No working days in these dates';
    case 'BLACKOUT_PERIOD': return 'Leave is blocked on these dates';
    case 'INVALID_STATE_TRANSITION': return 'This request has already moved on';
    case 'FORBIDDEN': return 'You may not do this';
    case 'NOT_FOUND': return 'Not found';
    case 'CONFLICT': return 'Someone changed this at the same time: try again';
    case 'UNAUTHENTICATED': return 'Please sign in again';
    case 'NETWORK': return 'No connection';
    case 'RATE_LIMITED': return 'Too many requests at once: wait a few seconds';
    case 'POLICY_VIOLATION': return 'The rules of this leave type do not allow it';
    default: return 'Please check this';
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const amount = (value: unknown, unit: unknown) => formatAmount(Number(value), unit === 'HOURS' ? 'HOURS' : 'DAYS');
/** "on Mon, 6 Jul 2026", or "from Mon, 6 Jul 2026 to Fri, 10 Jul 2026". */
const span = (from: unknown, to: unknown) => (from === to ? `on ${formatDay(String(from))}`
  : `from ${formatDay(String(from))} to ${formatDay(String(to))}`);
const STATUS: Record<string, string> = { PENDING: 'pending', APPROVED: 'approved', DENIED: 'denied', CANCELLED: 'cancelled' };

/**
 * What to change, in the app's own words, from the refusal's figures and dates (in the person's date format); the
 * server's English sentence only where the app has nothing better to say.
 */
export function explanation(error: ApiError, leaveTypeName: (id: string) => string = () => 'this type'): string {
  const d = error.details;
  switch (error.errorType) {
    case 'INSUFFICIENT_BALANCE':
      if (d.needed === undefined || !text(d.asOf)) break;
      return `This leave needs ${amount(d.needed, d.unit)} of ${leaveTypeName(String(d.leaveTypeId))} in ${d.year}, `
        + `but you have ${amount(d.available, d.unit)} available by ${formatDay(String(d.asOf))}`
        + (Number(d.overdraft) > 0 ? `, and may go ${amount(d.overdraft, d.unit)} below zero.` : '.')
        + ' Choose fewer days or another leave type.';
    case 'OVERLAPPING_LEAVE':
      if (!text(d.startDate) || !text(d.endDate)) break;
      return `You already have ${STATUS[String(d.status)] ?? ''} leave ${span(d.startDate, d.endDate)}. Choose other `
        + 'dates, or cancel that leave first.';
    case 'NO_WORKING_DAYS':
      if (!text(d.startDate) || !text(d.endDate)) break;
      return `There is no working day ${span(d.startDate, d.endDate)}: only weekends, public holidays, days outside `
        + 'the working week or before the first day at a location. Choose other dates.';
    case 'BLACKOUT_PERIOD':
      if (!text(d.from) || !text(d.to)) break;
      return `${leaveTypeName(String(d.leaveTypeId))} cannot be requested ${span(d.from, d.to)}. Choose other dates `
        + 'or ask an admin.';
    case 'INVALID_STATE_TRANSITION':
      if (text(d.startDate)) return `It started on ${formatDay(String(d.startDate))}: only an admin can cancel it now.`;
      if (text(d.status)) return `It is ${STATUS[String(d.status)] ?? String(d.status).toLowerCase()} already. Reload to see it as it is now.`;
      break;
    case 'POLICY_VIOLATION': {
      const type = leaveTypeName(String(d.leaveTypeId));
      if (d.rule === 'minNoticeDays' && text(d.earliestStartDate)) {
        return `${type} must be requested ${d.limit} days ahead: the earliest first day now is `
          + `${formatDay(String(d.earliestStartDate))}.`;
      }
      if (d.rule === 'waitingPeriodDays' && text(d.earliestStartDate)) {
        return `${type} can be taken from ${d.limit} days after employment starts: from `
          + `${formatDay(String(d.earliestStartDate))}.`;
      }
      if (d.rule === 'maxConsecutiveDays' && text(d.from)) {
        return `${type} can be taken for at most ${amount(d.limit, 'DAYS')} in a row; ${span(d.from, d.to)} it would be `
          + `${amount(d.days, 'DAYS')}. Choose fewer days.`;
      }
      break;
    }
    case 'RATE_LIMITED':
      return error.retryAfterSeconds ? `Try again in ${error.retryAfterSeconds} seconds.` : 'Try again in a moment.';
    case 'NETWORK':
      return UNREACHABLE;
  }
  // the server's sentence, read as one: a capital first letter and a full stop
  const message = error.message.trim();
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
