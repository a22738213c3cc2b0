/** Where the API is and how people sign in: config.json next to the app (the local runtime's, or the stack's). */
export interface RuntimeConfig {
  graphqlUrl: string;
  /** "dev": the local runtime's e-mail sign-in; the cloud stack's Cognito sign-in comes with its own keys. */
  signIn: 'dev';
  region?: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as RuntimeConfig;
  return { ...config, graphqlUrl: new URL(config.graphqlUrl, location.href).toString() };
}
