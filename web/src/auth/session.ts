// How the app gets a token for the API. The screens see only `Session`: the local runtime's dev sign-in, or
// Cognito's managed sign-in (cognito-session.ts, loaded only in a deployment that uses it).

export interface Session {
  /** The token for the API (a Cognito ID token, or the dev token), or null when no one is signed in. */
  token(): Promise<string | null>;
  /** The signed-in person's e-mail, as the sign-in knows it. */
  email(): string | null;
  signOut(): Promise<void>;
  /** "form": the app asks for an e-mail and a name (dev); "redirect": the app sends the person to sign in. */
  readonly kind: 'form' | 'redirect';
}

const TOKEN = 'leave-tracker-token';
const EMAIL = 'leave-tracker-email';

/** The local runtime's sign-in: an e-mail and a name give a signed token, kept for the tab (sessionStorage). */
export class DevSession implements Session {
  readonly kind = 'form' as const;

  async token(): Promise<string | null> {
    return sessionStorage.getItem(TOKEN);
  }

  email(): string | null {
    return sessionStorage.getItem(EMAIL);
  }

  async signIn(email: string, name: string): Promise<void> {
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name }),
    });
    const body = await response.json();
    if (!response.ok || !body.token) {
      throw new Error(body?.errors?.[0]?.message ?? `sign-in failed (HTTP ${response.status})`);
    }
    sessionStorage.setItem(TOKEN, body.token);
    sessionStorage.setItem(EMAIL, email);
  }

  async signOut(): Promise<void> {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(EMAIL);
  }
}
