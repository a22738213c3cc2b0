import { t } from '../i18n/i18n';
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

const UNREACHABLE = () => t({ id: 'error.unreachable', defaultMessage: 'Leave Tracker cannot be reached right now. Nothing was lost: try again.', description: 'No connection to the server' });

/** Amplify throws the GraphQL result ({errors}) for refusals and an Error for network failures. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const errors = (thrown as { errors?: RawError[] })?.errors;
  const first = errors?.[0];
  if (first) {
    const type = first.errorType ?? first.extensions?.errorType ?? 'ERROR';
    if (type === 'ERROR' && /network|fetch/i.test(first.message ?? '')) return new ApiError('NETWORK', UNREACHABLE());
    const { errorType: _type, ...extensions } = first.extensions ?? {};
    return new ApiError(type, first.message ?? 'The request was refused.', { ...extensions, ...(first.errorInfo ?? {}) });
  }
  return new ApiError('NETWORK', UNREACHABLE());
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
  return t({ id: 'error.headline', description: 'The heading of a refusal, by its SPEC error type',
    defaultMessage: '{type, select, OVERLAPPING_LEAVE {These dates overlap leave you already have} '
      + 'INSUFFICIENT_BALANCE {Not enough leave left} NO_WORKING_DAYS {No working days in these dates} '
      + 'BLACKOUT_PERIOD {Leave is blocked on these dates} INVALID_STATE_TRANSITION {This request has already moved on} '
      + 'FORBIDDEN {You may not do this} NOT_FOUND {Not found} CONFLICT {Someone changed this at the same time: try again} '
      + 'UNAUTHENTICATED {Please sign in again} NETWORK {No connection} '
      + 'RATE_LIMITED {Too many requests at once: wait a few seconds} '
      + 'POLICY_VIOLATION {The rules of this leave type do not allow it} other {Please check this}}' }, { type: errorType });
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const amount = (value: unknown, unit: unknown) => formatAmount(Number(value), unit === 'HOURS' ? 'HOURS' : 'DAYS');
/** "on Mon, 6 Jul 2026", or "from Mon, 6 Jul 2026 to Fri, 10 Jul 2026". */
const span = (from: unknown, to: unknown) => (from === to
  ? t({ id: 'error.onDay', defaultMessage: 'on {day}', description: 'A single day in a refusal, e.g. "on Mon, 6 Jul 2026"' }, { day: formatDay(String(from)) })
  : t({ id: 'error.fromTo', defaultMessage: 'from {first} to {last}', description: 'A span of days in a refusal' },
    { first: formatDay(String(from)), last: formatDay(String(to)) }));
const statusWord = (status: unknown) => t({ id: 'error.status', defaultMessage: '{status, select, PENDING {pending} APPROVED {approved} DENIED {denied} CANCELLED {cancelled} other {}}',
  description: 'A request\'s status inside a sentence (lower case)' }, { status: String(status) });

/**
 * What to change, in the person's language, from the refusal's figures and dates (SPEC §3.11: extensions are
 * machine-readable); the server's English sentence only where the app has nothing better to say.
 */
export function explanation(error: ApiError, leaveTypeName: (id: string) => string = () => 'this type'): string {
  const d = error.details;
  switch (error.errorType) {
    case 'INSUFFICIENT_BALANCE':
      if (d.needed === undefined || !text(d.asOf)) break;
      return t({ id: 'error.insufficientBalance', description: 'Refusal: not enough balance. needed/available/overdraft are amounts ("3 days"); overdraft is "none" when no negative balance is allowed',
        defaultMessage: 'This leave needs {needed} of {type} in {year}, but you have {available} available by {asOf}{overdraft, select, none {.} other {, and may go {overdraft} below zero.}} Choose fewer days or another leave type.' },
      { needed: amount(d.needed, d.unit), type: leaveTypeName(String(d.leaveTypeId)), year: String(d.year),
        available: amount(d.available, d.unit), asOf: formatDay(String(d.asOf)),
        overdraft: Number(d.overdraft) > 0 ? amount(d.overdraft, d.unit) : 'none' });
    case 'OVERLAPPING_LEAVE':
      if (!text(d.startDate) || !text(d.endDate)) break;
      return t({ id: 'error.overlapping', description: 'Refusal: the dates overlap other leave. status is pending/approved…; span is "on <day>" or "from <day> to <day>"',
        defaultMessage: 'You already have {status} leave {span}. Choose other dates, or cancel that leave first.' },
      { status: statusWord(d.status), span: span(d.startDate, d.endDate) });
    case 'NO_WORKING_DAYS':
      if (!text(d.startDate) || !text(d.endDate)) break;
      return t({ id: 'error.noWorkingDays', description: 'Refusal: no working day in the dates; span is "on <day>" or "from <day> to <day>"',
        defaultMessage: 'There is no working day {span}: only weekends, public holidays, days outside the working week or before the first day at a location. Choose other dates.' },
      { span: span(d.startDate, d.endDate) });
    case 'BLACKOUT_PERIOD':
      if (!text(d.from) || !text(d.to)) break;
      return t({ id: 'error.blackout', description: 'Refusal: a blackout period blocks the dates',
        defaultMessage: '{type} cannot be requested {span}. Choose other dates or ask an admin.' },
      { type: leaveTypeName(String(d.leaveTypeId)), span: span(d.from, d.to) });
    case 'INVALID_STATE_TRANSITION':
      if (text(d.startDate)) {
        return t({ id: 'error.alreadyStarted', defaultMessage: 'It started on {day}: only an admin can cancel it now.',
          description: 'Refusal: a person cannot cancel leave that has started' }, { day: formatDay(String(d.startDate)) });
      }
      if (text(d.status)) {
        return t({ id: 'error.alreadyDecided', defaultMessage: 'It is {status} already. Reload to see it as it is now.',
          description: 'Refusal: the request was decided or cancelled meanwhile' }, { status: statusWord(d.status) || String(d.status).toLowerCase() });
      }
      break;
    case 'POLICY_VIOLATION': {
      const type = leaveTypeName(String(d.leaveTypeId));
      if (d.rule === 'minNoticeDays' && text(d.earliestStartDate)) {
        return t({ id: 'error.minNotice', description: 'Refusal: the leave type needs notice; limit is a number of days',
          defaultMessage: '{type} must be requested {limit, plural, one {# day} other {# days}} ahead: the earliest first day now is {day}.' },
        { type, limit: Number(d.limit), day: formatDay(String(d.earliestStartDate)) });
      }
      if (d.rule === 'waitingPeriodDays' && text(d.earliestStartDate)) {
        return t({ id: 'error.waitingPeriod', description: 'Refusal: probation; limit is a number of days',
          defaultMessage: '{type} can be taken from {limit, plural, one {# day} other {# days}} after employment starts: from {day}.' },
        { type, limit: Number(d.limit), day: formatDay(String(d.earliestStartDate)) });
      }
      if (d.rule === 'maxConsecutiveDays' && text(d.from)) {
        return t({ id: 'error.maxConsecutive', description: 'Refusal: too many days in a row; limit and days are amounts ("10 days")',
          defaultMessage: '{type} can be taken for at most {limit} in a row; {span} it would be {days}. Choose fewer days.' },
        { type, limit: amount(d.limit, 'DAYS'), span: span(d.from, d.to), days: amount(d.days, 'DAYS') });
      }
      break;
    }
    case 'VALIDATION_ERROR':
      if (d.rule === 'required') {
        // the API's name of the field: a refusal may show under a whole form, so it says which
        return t({ id: 'error.required', description: 'Refusal: a field left empty; field is the API’s name of it',
          defaultMessage: '{field, select, name {A name is required.} note {A note is required.} reason {A reason is required.} '
            + 'email {An e-mail address is required.} date {A date is required.} effectiveDate {The date it applies from is required.} '
            + 'lastDay {The last day is required.} role {A role is required.} label {A label is required.} other {This is required.}}' },
        { field: String(d.field ?? '') });
      }
      if (d.rule === 'tooLong' && typeof d.limit === 'number') {
        return t({ id: 'error.tooLong', defaultMessage: 'At most {limit, number} characters: this has {length, number}.', description: 'Refusal: a text too long' },
          { limit: d.limit, length: Number(d.length) });
      }
      if (d.rule === 'halfDays') return t({ id: 'error.halfDays', defaultMessage: 'Use whole or half days, such as 1 or 1.5.', description: 'Refusal: an amount of days that is no multiple of a half' });
      if (d.rule === 'dateWindow' && text(d.earliest) && text(d.latest)) {
        return t({ id: 'error.dateWindow', defaultMessage: 'Choose a date from {earliest} to {latest}.', description: 'Refusal: a date out of the range the app keeps' },
          { earliest: formatDay(String(d.earliest)), latest: formatDay(String(d.latest)) });
      }
      break;
    case 'RATE_LIMITED':
      return error.retryAfterSeconds
        ? t({ id: 'error.retryIn', defaultMessage: 'Try again in {seconds, plural, one {# second} other {# seconds}}.', description: 'Refusal: too many requests' }, { seconds: error.retryAfterSeconds })
        : t({ id: 'error.retrySoon', defaultMessage: 'Try again in a moment.', description: 'Refusal: too many requests, no wait given' });
    case 'NETWORK':
      return UNREACHABLE();
  }
  // the server's sentence, read as one: a capital first letter and a full stop
  const message = error.message.trim();
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
