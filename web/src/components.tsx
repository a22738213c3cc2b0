import type { ComponentChildren } from 'preact';
import { headline, type ApiError } from './api/errors';
import type { RequestFieldsFragment } from './api/generated';

/** A refusal next to the field at fault, announced to screen readers. */
export function FieldError({ id, error }: { id: string; error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="field-error" role="alert">
      <strong>{headline(error.errorType)}.</strong> {error.message}
    </p>
  );
}

export function StatusBadge({ status }: { status: RequestFieldsFragment['status'] }) {
  const words = { PENDING: 'Pending', APPROVED: 'Approved', DENIED: 'Denied', CANCELLED: 'Cancelled' };
  return <span class={`badge badge-${status.toLowerCase()}`}>{words[status]}</span>;
}

export function Section({ title, children, actions }: {
  title: string; children: ComponentChildren; actions?: ComponentChildren;
}) {
  const id = `h-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} class="card">
      <div class="card-head"><h2 id={id}>{title}</h2>{actions}</div>
      {children}
    </section>
  );
}

export function LoadError({ error, retry }: { error: ApiError | undefined; retry: () => void }) {
  if (!error) return null;
  return (
    <div class="notice notice-error" role="alert">
      <strong>{headline(error.errorType)}.</strong> {error.message} <button type="button" class="link" onClick={retry}>Try again</button>
    </div>
  );
}
