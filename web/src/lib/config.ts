/**
 * Where the API is and how people sign in: config.json next to the app. The local runtime answers it with the dev
 * sign-in; the cloud stack writes it with the user pool's ids and sign-in domain, so one build serves every
 * deployment.
 */
export interface RuntimeConfig {
  graphqlUrl: string;
  /** "dev": the local runtime's e-mail sign-in; "cognito": the user pool's managed sign-in. */
  signIn: 'dev' | 'cognito';
  region?: string;
  userPoolId?: string;
  userPoolClientId?: string;
  /** The user pool's sign-in domain (host name only). */
  signInDomain?: string;
  /** The company's provider (SAML, else OIDC, else Google) as the user pool names it: "Sign in with …". */
  identityProvider?: string;
}

let loaded: RuntimeConfig | undefined;

/** The configuration this app started with; the Set-up page shows the user pool's values from it. */
export function runtimeConfig(): RuntimeConfig {
  if (!loaded) throw new Error('runtimeConfig before loadConfig');
  return loaded;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as RuntimeConfig;
  loaded = { ...config, graphqlUrl: new URL(config.graphqlUrl, location.href).toString() };
  return loaded;
}
