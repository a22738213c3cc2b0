// The one AppSync JavaScript resolver in front of the resolver Lambda. The Lambda answers with an envelope,
// {"data": …} or {"error": {"type": "VALIDATION_ERROR", "message": "…", "details": {"field": …}}}, so that the client sees SPEC §4's
// errorType codes (a direct Lambda resolver could only report the Java exception's class name).
import { util } from '@aws-appsync/utils';

export function request(ctx) {
  return {
    operation: 'Invoke',
    payload: {
      arguments: ctx.arguments,
      identity: ctx.identity,
      source: ctx.source,
      request: { headers: ctx.request.headers },
      info: { fieldName: ctx.info.fieldName, parentTypeName: ctx.info.parentTypeName },
    },
  };
}

export function response(ctx) {
  if (ctx.error) {
    util.error('Internal error', 'INTERNAL_ERROR');
  }
  if (ctx.result.error) {
    // the refusal's structured details (the field at fault, figures, dates; RATE_LIMITED's retryAfterSeconds):
    // AppSync shows them as the error's errorInfo
    const details = ctx.result.error.details;
    util.error(ctx.result.error.message, ctx.result.error.type, null,
      details && Object.keys(details).length > 0 ? details : null);
  }
  return ctx.result.data;
}
