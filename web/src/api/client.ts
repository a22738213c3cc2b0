import { Amplify } from 'aws-amplify';
import { CONNECTION_STATE_CHANGE, ConnectionState, generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import type { RuntimeConfig } from '../lib/config';
import type { Session } from '../auth/session';
import { toApiError } from './errors';
import type { Operation } from './operation';

/**
 * The one way the app talks to Leave Tracker: AWS's AppSync client (Amplify JS), as any other client would,
 * against AppSync in the cloud or the local runtime. The token goes as the Authorization header (Amplify's
 * "lambda" mode sends it as given), which AppSync's Cognito authorization reads for a user pool's ID token too,
 * over HTTP and over its real-time protocol alike.
 */
export class Api {
  private readonly client = generateClient();

  constructor(private readonly session: Session) {}

  static configure(config: RuntimeConfig): void {
    Amplify.configure({
      API: { GraphQL: { endpoint: config.graphqlUrl, region: config.region ?? 'local', defaultAuthMode: 'lambda' } },
    });
  }

  async run<Result, Variables extends object>(operation: Operation<Result, Variables>,
                                               variables?: Variables): Promise<Result> {
    // RATE_LIMITED means nothing was done: the same call goes again once the server's wait is over (an import of
    // many people may reach the limit), a few times at most
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.client.graphql({
          query: operation, variables: variables as Record<string, unknown>, authMode: 'lambda',
          authToken: await this.session.token() ?? '',
        });
        return (result as { data: Result }).data;
      } catch (thrown) {
        const error = toApiError(thrown);
        if (error.errorType !== 'RATE_LIMITED' || attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, (error.retryAfterSeconds ?? 1) * 1000));
      }
    }
  }

  /** Calls onData for every change pushed; the returned function stops. Amplify reconnects by itself. */
  subscribe<Result, Variables extends object>(operation: Operation<Result, Variables>, variables: Variables,
                                              onData: (data: Result) => void,
                                              onError: (error: unknown) => void): () => void {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    this.session.token().then((token) => {
      if (stopped) return;
      const observable = this.client.graphql({
        query: operation, variables: variables as Record<string, unknown>, authMode: 'lambda',
        authToken: token ?? '',
      }) as unknown as { subscribe(o: object): { unsubscribe(): void } };
      subscription = observable.subscribe({
        next: ({ data }: { data: Result }) => onData(data),
        error: onError,
      });
    }, onError);
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }
}

export type LiveState = 'connecting' | 'live' | 'offline';

/** The real-time connection's state as Amplify reports it, in three words a person understands. */
export function onConnectionState(listener: (state: LiveState) => void): () => void {
  return Hub.listen('api', ({ payload }) => {
    if (payload.event !== CONNECTION_STATE_CHANGE) return;
    const state = (payload.data as { connectionState: ConnectionState }).connectionState;
    listener(state === ConnectionState.Connected ? 'live'
      : state === ConnectionState.Connecting || state === ConnectionState.ConnectedPendingKeepAlive
        || state === ConnectionState.ConnectedPendingNetwork ? 'connecting' : 'offline');
  });
}
