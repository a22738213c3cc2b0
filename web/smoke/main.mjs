// bin/smoke-test's entry: finds the target (a local runtime's address, or a deployed stack's outputs) and runs it.
import { execFileSync } from 'node:child_process';
import { smokeTest } from './smoke-test.mjs';

const USAGE = `usage: bin/smoke-test http://localhost:4000
       bin/smoke-test --stack LeaveTracker [--region eu-west-1]   (needs the AWS CLI and -c testClient=true)`;

function target(args) {
  if (args[0] === '--stack' && args[1]) {
    const region = args[2] === '--region' ? args[3] : process.env.AWS_REGION;
    if (!region) throw new Error('give --region or set AWS_REGION');
    const stack = JSON.parse(execFileSync('aws', ['cloudformation', 'describe-stacks', '--stack-name', args[1],
      '--region', region, '--output', 'json'], { encoding: 'utf8' })).Stacks[0];
    const outputs = Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    if (!outputs.TestClientId) throw new Error('the stack has no TestClientId output: deploy it with -c testClient=true');
    return { graphqlUrl: outputs.GraphQlUrl, region, userPoolId: outputs.UserPoolId, testClientId: outputs.TestClientId };
  }
  if (args.length === 1 && /^https?:\/\//.test(args[0])) {
    const baseUrl = args[0].replace(/\/+$/, '');
    return { baseUrl, graphqlUrl: `${baseUrl}/graphql` };
  }
  throw new Error(USAGE);
}

try {
  const passed = await smokeTest(target(process.argv.slice(2)));
  console.log(passed ? 'smoke test passed' : 'smoke test FAILED');
  process.exit(passed ? 0 : 1);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
