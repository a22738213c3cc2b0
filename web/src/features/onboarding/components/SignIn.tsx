import { t, useT } from '../../../i18n/i18n';
import { useState } from 'preact/hooks';
import type { DevSession } from '../../../auth/session';

/** The local runtime's sign-in: who you are is all it asks (the cloud signs in through Cognito instead). */
export function SignIn({ session, onSignedIn }: { session: DevSession; onSignedIn: () => void }) {
  useT();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError(t({ id: 'signIn.emailInvalid', defaultMessage: 'Enter your e-mail address, such as ada@example.com.', description: 'The local sign-in\'s e-mail field is not an address' }));
      return;
    }
    try {
      await session.signIn(email.trim(), name.trim() || email.split('@')[0]);
      onSignedIn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <main class="narrow">
      <h1>{t({ id: 'signIn.title', defaultMessage: 'Sign in to Leave Tracker', description: 'Heading of the sign-in page' })}</h1>
      <form class="card" onSubmit={submit} noValidate>
        <p class="muted">{t({ id: 'signIn.local', defaultMessage: 'Local sign-in: no password on this machine. In a deployed Leave Tracker you sign in with your company account.', description: 'The local runtime\'s sign-in' })}</p>
        <div class="field">
          <label for="email">{t({ id: 'signIn.email', defaultMessage: 'E-mail', description: 'Field of the sign-in form' })}</label>
          <input id="email" type="email" autoComplete="email" required value={email}
                 aria-invalid={!!error} aria-describedby={error ? 'email-error' : undefined}
                 onInput={(e) => setEmail(e.currentTarget.value)} />
          {error && <p id="email-error" class="field-error" role="alert">{error}</p>}
        </div>
        <div class="field">
          <label for="name">{t({ id: 'signIn.name', defaultMessage: 'Your name', description: 'Field of the sign-in form' })}</label>
          <input id="name" autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <button type="submit">{t({ id: 'signIn.button', defaultMessage: 'Sign in', description: 'Button of the sign-in page' })}</button>
      </form>
    </main>
  );
}
