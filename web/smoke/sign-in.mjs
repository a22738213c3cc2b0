// How the smoke test signs people in. Locally: the runtime's /dev/token. Against a deployed stack: users created in
// its Cognito pool with the AWS CLI and signed in through the test client (context testClient=true), the ID token
// then sent as AppSync's Authorization header; they are deleted again at the end.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function signInFor(target) {
  return target.userPoolId ? cognito(target) : local(target);
}

function local(target) {
  return {
    async person(email, name) {
      const response = await fetch(`${target.baseUrl}/dev/token`, { method: 'POST', body: JSON.stringify({ email, name }) });
      if (!response.ok) throw new Error(`/dev/token answered ${response.status}: is this a local runtime?`);
      return { email, name, token: (await response.json()).token };
    },
    async cleanUp() {},
  };
}

function cognito(target) {
  const created = [];
  const aws = (...args) => execFileSync('aws', [...args, '--region', target.region, '--output', 'json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    async person(email, name) {
      const password = `Sm0ke!${randomBytes(12).toString('base64url')}`;
      aws('cognito-idp', 'admin-create-user', '--user-pool-id', target.userPoolId, '--username', email,
        '--message-action', 'SUPPRESS', '--user-attributes', `Name=email,Value=${email}`, 'Name=email_verified,Value=true',
        `Name=name,Value=${name}`);
      created.push(email);
      aws('cognito-idp', 'admin-set-user-password', '--user-pool-id', target.userPoolId, '--username', email,
        '--password', password, '--permanent');
      const auth = JSON.parse(aws('cognito-idp', 'admin-initiate-auth', '--user-pool-id', target.userPoolId,
        '--client-id', target.testClientId, '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH',
        '--auth-parameters', `USERNAME=${email},PASSWORD=${password}`));
      return { email, name, token: auth.AuthenticationResult.IdToken };
    },
    async cleanUp() {
      for (const email of created.splice(0)) {
        aws('cognito-idp', 'admin-delete-user', '--user-pool-id', target.userPoolId, '--username', email);
      }
    },
  };
}
