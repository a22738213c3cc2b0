import { t, useT } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import type { Api } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import { CreateOrganization } from '../api/operations';
import { FieldError } from '../../../components/ui';

/** Someone who belongs to no organization: ask an admin to be added, or start one. */
export function Welcome({ api, email, onCreated, onSignOut }: {
  api: Api; email: string | null; onCreated: () => void; onSignOut: () => void;
}) {
  useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.run(CreateOrganization, { name: name.trim() });
      onCreated();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="narrow">
      <h1>{t({ id: 'welcome.title', defaultMessage: 'Welcome to Leave Tracker', description: 'Heading for someone in no organization' })}</h1>
      <p>{t({ id: 'welcome.intro', defaultMessage: '{email, select, none {You belong} other {{email} belongs}} to no organization yet. If your company uses Leave Tracker, ask an admin to add you with this e-mail address. Or start your own organization: you become its admin.', description: 'email is the signed-in address, or "none"' }, { email: email ?? 'none' })}</p>
      <form class="card" onSubmit={submit} noValidate>
        <div class="field">
          <label for="org-name">{t({ id: 'welcome.orgName', defaultMessage: 'Organization name', description: 'Field: the name of a new organization' })}</label>
          <input id="org-name" required value={name} aria-invalid={!!error}
                 aria-describedby={error ? 'org-error' : undefined} onInput={(e) => setName(e.currentTarget.value)} />
          <FieldError id="org-error" error={error} />
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>{t({ id: 'welcome.create', defaultMessage: 'Create organization', description: 'Button' })}</button>
          <button type="button" class="secondary" onClick={onSignOut}>{t({ id: 'welcome.signOut', defaultMessage: 'Sign out', description: 'Button' })}</button>
        </div>
      </form>
    </main>
  );
}
