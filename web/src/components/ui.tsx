import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { explanation, headline, type ApiError } from '../api/errors';
import type { RequestFieldsFragment } from '../api/generated';
import { LANGUAGE_NAMES, LANGUAGES, t, useT } from '../i18n/i18n';
import { App, leaveTypeName } from '../lib/context';

/** The refusal's explanation, naming leave types as the organization calls them. */
function useExplanation(error: ApiError | undefined): string {
  const app = useContext(App);
  useT();
  return error ? explanation(error, (id) => (app ? leaveTypeName(app, id)
    : t({ id: 'ui.thisLeaveType', defaultMessage: 'this leave type', description: 'A leave type in a refusal, when its name is not known' }))) : '';
}

/** A refusal in the person's words: what kind of no it is, then what to change. */
function Refusal({ error }: { error: ApiError }) {
  const words = useExplanation(error);
  return <><strong>{t({ id: 'ui.headline', defaultMessage: '{headline}.', description: 'A refusal\'s heading, ended as a sentence' }, { headline: headline(error.errorType) })}</strong> {words}</>;
}

/** A refusal next to the field at fault, announced to screen readers. */
export function FieldError({ id, error }: { id: string; error: ApiError | undefined }) {
  if (!error) return null;
  return <p id={id} class="field-error" role="alert"><Refusal error={error} /></p>;
}

export function StatusBadge({ status }: { status: RequestFieldsFragment['status'] }) {
  useT();
  return <span class={`badge badge-${status.toLowerCase()}`}>{t({ id: 'ui.status', defaultMessage: '{status, select, PENDING {Pending} APPROVED {Approved} DENIED {Denied} other {Cancelled}}', description: 'The status of a leave request, on a badge' }, { status })}</span>;
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
      <Refusal error={error} /> <button type="button" class="link" onClick={retry}>{t({ id: 'app.tryAgain', defaultMessage: 'Try again', description: 'Button after the app could not load' })}</button>
    </div>
  );
}

/**
 * A correction one click away where the thing is shown, asked once more with what it recomputes ("Everyone's days
 * in Berlin are counted again"), so that a slip of the mouse changes nothing.
 */
export function ConfirmButton({ label, question, onConfirm, disabled }: {
  label: string; question: string; onConfirm: () => unknown; disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  useT();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) yes.current?.focus(); }, [asking]);
  if (!asking) {
    return <button type="button" class="link" disabled={disabled} onClick={() => setAsking(true)}>{label}</button>;
  }
  return (
    <span class="confirm" role="group" aria-label={label}>
      <span>{question}</span>
      <button type="button" ref={yes} onClick={() => { setAsking(false); onConfirm(); }}>{t({ id: 'ui.confirmYes', defaultMessage: 'Yes, {action}', description: 'Confirms a correction; action is the button\'s label in lower case' }, { action: label.toLowerCase() })}</button>
      <button type="button" class="link" onClick={() => setAsking(false)}>{t({ id: 'ui.keepIt', defaultMessage: 'Keep it', description: 'Takes back a correction before it is made' })}</button>
    </span>
  );
}

/** The languages the app speaks, each by its own name and marked with its language for screen readers. */
export function LanguageOptions() {
  return <>{LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}</>;
}
