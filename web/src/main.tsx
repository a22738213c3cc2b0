import { render } from 'preact';
import { Api } from './api/client';
import { DevSession, type Session } from './auth/session';
import { loadConfig } from './lib/config';
import { Root } from './app/App';
import { activate, preferredLanguage } from './i18n/i18n';
import './styles.css';

const config = await loadConfig();
await activate(preferredLanguage()); // the browser's language until the person's own is known
Api.configure(config);
let session: Session;
if (config.signIn === 'cognito' && config.userPoolId && config.userPoolClientId && config.signInDomain) {
  // only a deployment with Cognito loads Amplify Auth
  const { CognitoSession } = await import('./auth/cognito-session');
  session = new CognitoSession({ userPoolId: config.userPoolId, userPoolClientId: config.userPoolClientId,
    signInDomain: config.signInDomain });
} else {
  session = new DevSession();
}
render(<Root session={session} />, document.getElementById('app')!);
