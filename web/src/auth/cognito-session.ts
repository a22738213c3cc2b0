import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signInWithRedirect, signOut } from 'aws-amplify/auth';
import type { RuntimeConfig } from '../lib/config';
import type { Session } from './session';

/**
 * Cognito's managed sign-in (authorization code with PKCE, through the user pool's hosted pages and its SSO
 * providers), by Amplify Auth. The API gets the ID token: it carries the verified e-mail that binds a person's
 * first sign-in to the user an admin added (AppSync takes it as it takes the access token). Amplify refreshes it.
 */
export class CognitoSession implements Session {
  readonly kind = 'redirect' as const;
  private signedInEmail: string | null = null;

  constructor(config: Required<Pick<RuntimeConfig, 'userPoolId' | 'userPoolClientId' | 'signInDomain'>>) {
    const here = `${location.origin}/`;
    Amplify.configure({
      ...Amplify.getConfig(),
      Auth: {
        Cognito: {
          userPoolId: config.userPoolId,
          userPoolClientId: config.userPoolClientId,
          loginWith: {
            oauth: {
              domain: config.signInDomain, scopes: ['openid', 'email', 'profile'],
              redirectSignIn: [here], redirectSignOut: [here], responseType: 'code',
            },
          },
        },
      },
    });
  }

  async token(): Promise<string | null> {
    const { tokens } = await fetchAuthSession();
    if (!tokens?.idToken) return null;
    this.signedInEmail = (tokens.idToken.payload.email as string | undefined) ?? null;
    return tokens.idToken.toString();
  }

  email(): string | null {
    return this.signedInEmail;
  }

  /**
   * To the user pool's sign-in page, or straight to the company's provider when one is named (Cognito's
   * identity_provider hint); it comes back to the app signed in.
   */
  async signIn(provider?: string): Promise<void> {
    await signInWithRedirect(provider ? { provider: { custom: provider } } : undefined);
  }

  async signOut(): Promise<void> {
    await signOut();
  }
}
