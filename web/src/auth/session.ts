// How the app gets a token for the API. The screens see only `Session`; the local runtime's dev sign-in is one
// implementation, and Cognito's managed sign-in (the cloud) another behind the same interface.

export interface Session {
  /** The token for the API, or null when no one is signed in. */
  token(): string | null;
  /** The signed-in person's e-mail, as the sign-in knows it. */
  email(): string | null;
  signOut(): void;
}

const TOKEN = 'leave-tracker-token';
const EMAIL = 'leave-tracker-email';

/** The local runtime's sign-in: an e-mail and a name give a signed token, kept for the tab (sessionStorage). */
export class DevSession implements Session {
  token(): string | null {
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

  signOut(): void {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(EMAIL);
  }
}
