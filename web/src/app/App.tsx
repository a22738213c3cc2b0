import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Route, Router, Switch } from 'wouter-preact';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import { Api, type LiveState } from '../api/client';
import { ApiError } from '../api/errors';
import type { DirectoryQuery, MeQuery } from '../api/generated';
import { Directory, FormerEmployee, Me, UpdateMyPreferences } from '../api/operations';
import type { DevSession, Session } from '../auth/session';
import { activate, currentLanguage, type Language, LanguageContext, preferredLanguage,
  t, useLanguage, useT } from '../i18n/i18n';
import { LanguageOptions, LoadError } from '../components/ui';
import { App as AppContextProvider, type AppContext } from '../lib/context';
import { runtimeConfig } from '../lib/config';
import { today } from '../lib/format';
import { Live } from '../lib/live';
import { Calendar } from '../features/calendar/components/Calendar';
import { Home } from '../features/leave/components/Home';
import { Inbox } from '../features/approvals/components/Inbox';
import { RequestForm } from '../features/leave/components/RequestForm';
import { SignIn } from '../features/onboarding/components/SignIn';
import { Welcome } from '../features/onboarding/components/Welcome';

/** The screens, by the path after the address's '#' (a link to one works before and after signing in). */
const ROUTES = [
  { path: '/', label: () => t({ id: 'nav.home', defaultMessage: 'Home', description: 'Main menu: the person\'s own leave' }) },
  { path: '/request', label: () => t({ id: 'nav.request', defaultMessage: 'Request leave', description: 'Main menu: the request form' }) },
  { path: '/calendar', label: () => t({ id: 'nav.calendar', defaultMessage: 'Who is away', description: 'Main menu: the team calendar' }) },
  { path: '/inbox', label: () => t({ id: 'nav.inbox', defaultMessage: 'Approvals', description: 'Main menu: requests waiting for the approver' }), approvers: true },
  { path: '/dashboard', label: () => t({ id: 'nav.dashboard', defaultMessage: 'Dashboard', description: 'Main menu: figures for approvers' }), approvers: true },
  { path: '/admin', label: () => t({ id: 'nav.setup', defaultMessage: 'Set-up', description: 'Main menu: the admins\' settings' }), admins: true },
];
const LOADING = () => t({ id: 'app.loading', defaultMessage: 'Loading…', description: 'Shown while a screen loads' });

type Loaded = { me: NonNullable<MeQuery['me']>; organizationName: string; directory: DirectoryQuery };

/** After their last day a person reads only their own records (SPEC §3.8): no one else's, no set-up, no inbox. */
function hasLeft(me: Loaded['me']): boolean {
  return !!me.employmentEndsOn && me.employmentEndsOn < today();
}

/** The directory as a leaver sees it: themself and the leave types their balances are named by. */
async function formerDirectory(api: Api, me: Loaded['me']): Promise<DirectoryQuery> {
  const { organization, leaveTypes } = await api.run(FormerEmployee);
  return {
    organization, leaveTypes, teams: [], locations: [],
    users: [{ id: me.id, name: me.name, email: me.email, role: me.role, locationId: me.locationId,
      approverIds: me.approverIds, teamId: me.teamId, employmentEndsOn: me.employmentEndsOn, erased: false }],
  };
}

/** The whole app in the person's language: switching it re-renders every screen that reads a word. */
export function Root({ session }: { session: Session }) {
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const choose = (next: Language) => setLanguage(next);
  return (
    <LanguageContext.Provider value={{ language, choose }}>
      <SessionRoot session={session} />
    </LanguageContext.Provider>
  );
}

function SessionRoot({ session }: { session: Session }) {
  const { choose } = useLanguage();
  useT();
  const [signedIn, setSignedIn] = useState<boolean>();
  useEffect(() => {
    session.token().then((token) => setSignedIn(token !== null), () => setSignedIn(false));
  }, [session]);
  const api = useMemo(() => new Api(session), [session]);
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const directoryReads = useRef(0);
  const directoryShown = useRef(0);
  const [error, setError] = useState<ApiError>();

  const load = async () => {
    try {
      const { me, organization } = await api.run(Me);
      if (!me) {
        setLoaded(null);
        return;
      }
      const order = ++directoryReads.current;
      const directory = hasLeft(me) ? await formerDirectory(api, me) : await api.run(Directory);
      if (order < directoryShown.current) return; // a newer directory is shown already
      const language = preferredLanguage(me.language, organization?.defaultLanguage);
      await activate(language);
      choose(language);
      directoryShown.current = order;
      setLoaded({ me, organizationName: organization?.name ?? '', directory });
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError && e.errorType === 'UNAUTHENTICATED' && /sign in|token/i.test(e.message)) {
        await session.signOut();
        setSignedIn(false);
      } else {
        setError(e as ApiError);
      }
    }
  };
  useEffect(() => {
    if (signedIn) load();
  }, [signedIn]);

  const signOut = async () => {
    setLoaded(undefined);
    await session.signOut(); // a Cognito session leaves for the user pool's sign-out page here
    setSignedIn(false);
  };
  if (signedIn === undefined) return <main class="narrow"><p aria-live="polite">{LOADING()}</p></main>;
  if (!signedIn) {
    return session.kind === 'form'
      ? <SignIn session={session as DevSession} onSignedIn={() => setSignedIn(true)} />
      : <RedirectSignIn session={session} />;
  }
  if (error) {
    return <main class="narrow"><LoadError error={error} retry={load} /></main>;
  }
  if (loaded === undefined) return <main class="narrow"><p aria-live="polite">{LOADING()}</p></main>;
  if (loaded === null) return <Welcome api={api} email={session.email()} onCreated={load} onSignOut={signOut} />;
  const directoryChanged = async () => {
    // one read shows the person's change: the server answers after the reader's own writes (decision 0020);
    // changes made one after the other may come back out of order: the directory read last is the one shown
    const order = ++directoryReads.current;
    const directory = await api.run(Directory);
    if (order < directoryShown.current) return; // a newer directory is shown already
    directoryShown.current = order;
    setLoaded((current) => (current ? { ...current, directory } : current));
  };
  return <SignedIn api={api} loaded={loaded} onSignOut={signOut} reloadDirectory={load}
                   directoryChanged={directoryChanged} />;
}

/** A screen in a chunk of its own, loaded when opened: the set-up's CSV parser, the dashboard's chart library. */
function LazyScreen({ load }: { load: () => Promise<ComponentType> }) {
  const [Screen, setScreen] = useState<ComponentType>();
  useEffect(() => {
    load().then((screen) => setScreen(() => screen));
  }, [load]);
  useT();
  return Screen ? <Screen /> : <p aria-live="polite">{LOADING()}</p>;
}

const loadSetup = () => import('./routes/SetupPage').then((m) => m.Setup);
const loadDashboard = () => import('../features/dashboard/components/Dashboard').then((m) => m.Dashboard);

/** Signing in happens on the user pool's own pages (and its single sign-on providers). */
function RedirectSignIn({ session }: { session: Session }) {
  const redirect = session as Session & { signIn(provider?: string): Promise<void> };
  const provider = runtimeConfig().identityProvider;
  useT();
  return (
    <main class="narrow">
      <h1>{t({ id: 'signIn.title', defaultMessage: 'Sign in to Leave Tracker', description: 'Heading of the sign-in page' })}</h1>
      <p>{t({ id: 'signIn.company', defaultMessage: 'You sign in with your company account.', description: 'Sign-in page with single sign-on' })}</p>
      {provider && <p><button type="button" onClick={() => redirect.signIn(provider)}>{t({ id: 'signIn.with', defaultMessage: 'Sign in with {provider}', description: 'Button: sign in through the company\'s identity provider (Okta, EntraID…)' }, { provider })}</button></p>}
      <button type="button" class={provider ? 'link' : undefined} onClick={() => redirect.signIn()}>
        {provider ? t({ id: 'signIn.otherWay', defaultMessage: 'Sign in another way', description: 'Link below the identity provider\'s button' })
          : t({ id: 'signIn.button', defaultMessage: 'Sign in', description: 'Button of the sign-in page' })}</button>
    </main>
  );
}

function SignedIn({ api, loaded, onSignOut, reloadDirectory, directoryChanged }: {
  api: Api; loaded: Loaded; onSignOut: () => void; reloadDirectory: () => void;
  directoryChanged: AppContext['directoryChanged'];
}) {
  const [path] = useHashLocation();
  const { me, directory } = loaded;
  useT();
  const left = hasLeft(me);
  const live = useMemo(() => new Live(api, me.orgId, me.id, me.role === 'ADMIN' && !left, !left),
    [api, me.orgId, me.id, me.role, left]);
  const [liveState, setLiveState] = useState<LiveState>('connecting');
  useEffect(() => {
    const stop = live.onState(setLiveState);
    live.start();
    return () => { stop(); live.stop(); };
  }, [live]);
  // a person added elsewhere shows up by name once their request arrives; known people cost no reload (at 10,000
  // people the directory is a megabyte)
  const known = useRef(new Set<string>());
  known.current = new Set(directory.users.map((u) => u.id));
  useEffect(() => live.onRequester((userId) => {
    if (userId === null || !known.current.has(userId)) reloadDirectory();
  }), [live]);
  // another admin's change to the set-up: read once the burst is over (an import of 1,000 people is 4,000 changes)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = live.on((topic) => {
      if (topic !== 'settings') return;
      clearTimeout(timer);
      timer = setTimeout(reloadDirectory, 400);
    });
    return () => { clearTimeout(timer); stop(); };
  }, [live]);
  const context: AppContext = {
    api, live, me, organizationName: directory.organization?.name ?? loaded.organizationName,
    defaultLanguage: directory.organization?.defaultLanguage ?? 'en',
    retentionYears: directory.organization?.retentionYears ?? null,
    people: new Map(directory.users.map((u) => [u.id, u])),
    leaveTypes: [...directory.leaveTypes].sort((a, b) => a.name.localeCompare(b.name)),
    locations: [...directory.locations].sort((a, b) => a.name.localeCompare(b.name)),
    teams: [...directory.teams].sort((a, b) => a.name.localeCompare(b.name)),
    directoryChanged,
  };
  const approver = me.role !== 'MEMBER' && !left;
  const admin = me.role === 'ADMIN' && !left;
  const routes = (left ? ROUTES.slice(0, 1) : ROUTES).filter((r) => (!r.approvers || approver) && (!r.admins || admin));
  const current = routes.find((r) => r.path === path) ?? routes[0];
  return (
    <AppContextProvider.Provider value={context}>
      <a class="skip" href="#main">{t({ id: 'app.skip', defaultMessage: 'Skip to content', description: 'Link for keyboard users to jump past the menu' })}</a>
      <header class="top">
        <span class="brand">Leave Tracker <span class="muted">· {context.organizationName}</span></span>
        <nav aria-label={t({ id: 'app.mainMenu', defaultMessage: 'Main', description: 'Accessible name of the main menu' })}>
          <ul>
            {routes.map((r) => (
              <li key={r.path}><a href={`#${r.path}`} aria-current={r === current ? 'page' : undefined}>{r.label()}</a></li>
            ))}
          </ul>
        </nav>
        <span class={`live live-${liveState}`} role="status" title={liveState === 'offline'
          ? t({ id: 'app.offlineHint', defaultMessage: 'Live updates are off: reconnecting. If this stays, your browser may not trust the local certificate (see the README).', description: 'Tooltip of the live indicator when it is offline' })
          : undefined}>
          {liveState === 'live' ? t({ id: 'app.live', defaultMessage: 'Live', description: 'Indicator: live updates are on' })
            : liveState === 'connecting' ? t({ id: 'app.connecting', defaultMessage: 'Connecting…', description: 'Indicator: live updates are starting' })
              : t({ id: 'app.offline', defaultMessage: 'Offline', description: 'Indicator: live updates are off' })}
        </span>
        <LanguageMenu api={api} />
        <button type="button" class="link" onClick={onSignOut}>{t({ id: 'app.signOut', defaultMessage: 'Sign out {name}', description: 'Button in the top bar; name is the signed-in person' }, { name: me.name })}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <Router hook={useHashLocation}>
          <Switch>
            {!left && <Route path="/request"><RequestForm /></Route>}
            {!left && <Route path="/calendar"><Calendar /></Route>}
            {!left && <Route path="/inbox"><Inbox /></Route>}
            {approver && <Route path="/dashboard"><LazyScreen load={loadDashboard} /></Route>}
            {admin && <Route path="/admin"><LazyScreen load={loadSetup} /></Route>}
            <Route><Home /></Route>
          </Switch>
        </Router>
      </main>
    </AppContextProvider.Provider>
  );
}

/**
 * The person's language, switched live: the catalog loads, every screen re-renders, and the choice is kept for
 * their e-mails and Slack messages too. What they typed in a form stays.
 */
function LanguageMenu({ api }: { api: Api }) {
  const { language, choose } = useLanguage();
  const [failed, setFailed] = useState(false);
  const change = async (next: Language) => {
    await activate(next);
    choose(next);
    try {
      await api.run(UpdateMyPreferences, { language: next });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <span class="language">
      <label for="language" class="visually-hidden">{t({ id: 'app.language', defaultMessage: 'Language', description: 'Label of the language menu in the top bar' })}</label>
      <select id="language" value={language} onChange={(e) => change(e.currentTarget.value as Language)}>
        <LanguageOptions />
      </select>
      {failed && <span class="field-error" role="alert">{t({ id: 'app.languageNotSaved', defaultMessage: 'Shown here, but not saved for your e-mails: try again.', description: 'The language menu could not save the choice' })}</span>}
    </span>
  );
}
