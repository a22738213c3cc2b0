import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api, LiveState } from '../api/client';
import { onConnectionState } from '../api/client';
import { ApiError } from '../api/errors';
import { OnBalanceChanged, OnLeaveRequestChanged, OnSettingsChanged } from '../api/operations';

export type Topic = 'requests' | 'balances' | 'settings';

/**
 * Live updates: the subscriptions of the signed-in person's organization: requests, their balances, and for admins the
 * set-up (everyone else reads it on their next visit: an import of 1,000 people announced to 5,000 open tabs would be
 * 20 million messages, $40 of AppSync for nothing anyone else looks at). Screens name the topics they show and
 * reload when a change of that topic is pushed, and all of them when the connection comes back after a drop (what
 * happened meanwhile was not pushed to us).
 */
export class Live {
  private readonly listeners = new Set<(topic: Topic) => void>();
  private readonly stateListeners = new Set<(state: LiveState) => void>();
  private readonly requesterListeners = new Set<(userId: string | null) => void>();
  private stops: (() => void)[] = [];
  private wasLive = false;
  state: LiveState = 'connecting';

  /**
   * @param watchSettings another admin's set-up changes (admins)
   * @param watchRequests the organization's requests (everyone employed; a leaver only hears their own balances)
   */
  constructor(private readonly api: Api, private readonly orgId: string, private readonly userId: string,
              private readonly watchSettings: boolean, private readonly watchRequests = true) {}

  start(): void {
    const stopState = onConnectionState((state) => {
      if (state === 'live' && this.wasLive && this.state !== 'live') {
        this.emit('requests', 'balances', 'settings');
        this.requesterListeners.forEach((l) => l(null)); // pushes may have been missed: anyone may have changed
      }
      if (state === 'live') this.wasLive = true;
      this.state = state;
      this.stateListeners.forEach((l) => l(state));
    });
    const failed = (error: unknown) => {
      console.warn('live updates stopped', error);
      this.state = 'offline';
      this.stateListeners.forEach((l) => l('offline'));
    };
    this.stops = [
      stopState,
      ...(this.watchRequests ? [this.api.subscribe(OnLeaveRequestChanged, { orgId: this.orgId }, (data) => {
        this.emit('requests');
        const userId = data?.onLeaveRequestChanged?.userId ?? null;
        this.requesterListeners.forEach((l) => l(userId));
      }, failed)] : []),
      this.api.subscribe(OnBalanceChanged, { orgId: this.orgId, userId: this.userId },
        () => this.emit('balances'), failed),
      ...(this.watchSettings ? [this.api.subscribe(OnSettingsChanged, { orgId: this.orgId },
        () => this.emit('settings'), failed)] : []),
    ];
  }

  stop(): void {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  /**
   * The person's own change of requests, acknowledged by the write side: every screen that shows requests or
   * balances reads again, and sees it, for the server answers a read only after the reader's own writes
   * (docs/decisions/0020-read-your-writes.md).
   */
  changedByMe(): void {
    this.emit('requests', 'balances');
  }

  on(listener: (topic: Topic) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whose request changed (null after a reconnect: anyone's may have). */
  onRequester(listener: (userId: string | null) => void): () => void {
    this.requesterListeners.add(listener);
    return () => this.requesterListeners.delete(listener);
  }

  onState(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private emit(...topics: Topic[]): void {
    topics.forEach((t) => this.listeners.forEach((l) => l(t)));
  }
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  reload: () => void;
}

/** Loads on mount and when deps change, and again whenever one of the topics changes live. */
export function useLive<T>(live: Live, topics: Topic[], load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const generation = useRef(0);
  const run = () => {
    const mine = ++generation.current;
    load().then((value) => {
      if (mine === generation.current) {
        setData(value);
        setError(undefined);
      }
    }, (e: ApiError) => {
      if (mine === generation.current) setError(e);
    });
  };
  useEffect(run, deps);
  useEffect(() => live.on((topic) => {
    if (topics.includes(topic)) run();
  }), [live, ...deps]);
  return { data, error, reload: run };
}
