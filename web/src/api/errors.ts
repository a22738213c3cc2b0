/** A refusal of the API (SPEC §4 error types), or a failure to reach it. */
export class ApiError extends Error {
  /** @param retryAfterSeconds RATE_LIMITED's wait, from extensions (local runtime) or errorInfo (AppSync) */
  constructor(readonly errorType: string, message: string, readonly retryAfterSeconds?: number) {
    super(message);
  }

  /** Could not reach the API at all: nothing was refused, the same command may be sent again. */
  get unreachable(): boolean {
    return this.errorType === 'NETWORK';
  }
}

interface RawError {
  message?: string;
  errorType?: string;
  extensions?: { errorType?: string; retryAfterSeconds?: number };
  errorInfo?: { retryAfterSeconds?: number } | null;
}

/** Amplify throws the GraphQL result ({errors}) for refusals and an Error for network failures. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const errors = (thrown as { errors?: RawError[] })?.errors;
  const first = errors?.[0];
  if (first) {
    const type = first.errorType ?? first.extensions?.errorType ?? 'ERROR';
    if (type === 'ERROR' && /network|fetch/i.test(first.message ?? '')) {
      return new ApiError('NETWORK', 'Leave Tracker cannot be reached right now. Nothing was lost: try again.');
    }
    return new ApiError(type, first.message ?? 'The request was refused.',
      first.extensions?.retryAfterSeconds ?? first.errorInfo?.retryAfterSeconds ?? undefined);
  }
  return new ApiError('NETWORK', 'Leave Tracker cannot be reached right now. Nothing was lost: try again.');
}

/** A refusal in plain words: the server's message says what to change; the heading says what kind of no it is. */
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
    default: return 'Please check this';
  }
}
