import { useState } from 'preact/hooks';
import type { DevSession } from '../../../auth/session';

/** The local runtime's sign-in: who you are is all it asks (the cloud signs in through Cognito instead). */
export function SignIn({ session, onSignedIn }: { session: DevSession; onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError('Enter your e-mail address, such as ada@example.com.');
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
      <h1>Sign in to Leave Tracker</h1>
      <form class="card" onSubmit={submit} noValidate>
        <p class="muted">Local sign-in: no password on this machine. In a deployed Leave Tracker you sign in with your
          company account.</p>
        <div class="field">
          <label for="email">E-mail</label>
          <input id="email" type="email" autoComplete="email" required value={email}
                 aria-invalid={!!error} aria-describedby={error ? 'email-error' : undefined}
                 onInput={(e) => setEmail(e.currentTarget.value)} />
          {error && <p id="email-error" class="field-error" role="alert">{error}</p>}
        </div>
        <div class="field">
          <label for="name">Your name</label>
          <input id="name" autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
