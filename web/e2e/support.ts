import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type Page } from '@playwright/test';

export const BASE = process.env.LEAVE_TRACKER_URL ?? 'http://localhost:4000';
/** The runtime's pinned "today" (tests-integration pins 2026-06-15); the browsers' clocks are set to it. */
export const TODAY = process.env.LEAVE_TRACKER_TODAY ?? '2026-06-15';

/** GraphQL through the public endpoint, as any client: for setting up the company a story starts from. */
export class Person {
  constructor(readonly email: string, readonly name: string, readonly token: string, public id = '') {}

  static async signIn(email: string, name: string): Promise<Person> {
    const response = await fetch(`${BASE}/dev/token`, { method: 'POST', body: JSON.stringify({ email, name }) });
    return new Person(email, name, (await response.json()).token);
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { authorization: this.token, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${body.errors[0].errorType}: ${body.errors[0].message}`);
    return body.data as T;
  }
}

/** Waits until the read side shows what a check expects (it follows the events asynchronously). */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (ok(value) || i > 150) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Company {
  admin: Person; bob: Person; carol: Person; ann: Person;
  berlin: string; paris: string; vacation: string; sick: string;
}

const WEEK = '[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]';

/**
 * Acme: Ann (member) in Berlin with 25 days of vacation a year, approved by Bob; Carol, another approver, in Paris;
 * vacation is blacked out in Berlin 14–18 December. Every e-mail is fresh, so stories never share people.
 */
export async function newCompany(): Promise<Company> {
  const tag = Math.random().toString(36).slice(2, 8);
  const admin = await Person.signIn(`admin.${tag}@acme.test`, 'Alex Admin');
  await admin.gql('mutation($n: String!) { createOrganization(name: $n) { id } }', { n: `Acme ${tag}` });
  const loc = async (name: string, zone: string, calendar: string) => (await admin.gql(`mutation($n: String!, $z: String!, $c: String!) {
    createLocation(name: $n, timeZone: $z, holidayCalendar: $c, workingDays: ${WEEK}) { id } }`,
  { n: name, z: zone, c: calendar })).createLocation.id as string;
  const berlin = await loc('Berlin', 'Europe/Berlin', 'DE');
  const paris = await loc('Paris', 'Europe/Paris', 'FR');
  const type = async (name: string, deducts: boolean, approval: boolean) => (await admin.gql(`mutation($n: String!, $d: Boolean!, $a: Boolean!) {
    createLeaveType(name: $n, deductsFromAllowance: $d, requiresApproval: $a, allowHalfDays: true) { id } }`,
  { n: name, d: deducts, a: approval })).createLeaveType.id as string;
  const vacation = await type('Vacation', true, true);
  const sick = await type('Sick leave', false, false);
  for (const location of [berlin, paris]) {
    await admin.gql(`mutation($l: ID!, $t: ID!) { setLeavePolicy(locationId: $l, leaveTypeId: $t,
      effectiveDate: "2020-01-01", annualAllowanceDays: 25, accrual: UPFRONT) { id } }`, { l: location, t: vacation });
  }
  await admin.gql(`mutation($l: ID!, $t: ID!) { addBlackoutPeriod(locationId: $l, from: "2026-12-14", to: "2026-12-18",
    leaveTypeIds: [$t], mode: REFUSE) { id } }`, { l: berlin, t: vacation });
  const person = async (first: string, role: string, location: string) => {
    const p = await Person.signIn(`${first.toLowerCase()}.${tag}@acme.test`, first);
    p.id = (await admin.gql(`mutation($e: AWSEmail!, $n: String!, $r: Role!) { addUser(email: $e, name: $n, role: $r) { id } }`,
      { e: p.email, n: first, r: role })).addUser.id;
    await admin.gql(`mutation($u: ID!, $l: ID!) { moveUserToLocation(userId: $u, locationId: $l, effectiveDate: "2026-01-01") { id } }`,
      { u: p.id, l: location });
    return p;
  };
  const bob = await person('Bob', 'APPROVER', berlin);
  const carol = await person('Carol', 'APPROVER', paris);
  const ann = await person('Ann', 'MEMBER', berlin);
  await admin.gql('mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id } }', { u: ann.id, a: bob.id });
  await eventually(() => admin.gql('{ users { id approverIds } }'),
    (d: any) => d.users.length === 4 && d.users.some((u: any) => u.approverIds.includes(bob.id)));
  return { admin, bob, carol, ann, berlin, paris, vacation, sick };
}

/** A page of a signed-in person, its clock at the runtime's "today", every request it makes recorded. */
export async function signedInPage(browser: Browser, person: Person,
                                   options: { viewport?: { width: number; height: number }; realClock?: boolean;
                                     locale?: string; beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Page> {
  const page = await freshPage(browser, options);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${person.name}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return page;
}

/**
 * A page of a person whose browser asks for `locale`: the sign-in form is found by its fields, whatever the language,
 * and the page is ready once live updates are on.
 */
export async function signedInPageIn(browser: Browser, person: Person, locale: string,
                                     viewport?: { width: number; height: number }): Promise<Page> {
  const page = await freshPage(browser, { locale, viewport });
  await page.locator('#email').fill(person.email);
  await page.locator('#name').fill(person.name);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('header .live-live')).toBeVisible();
  return page;
}

/** The app's first page in a browser of its own, nobody signed in, its clock at "today", every request recorded. */
export async function freshPage(browser: Browser, options: { viewport?: { width: number; height: number };
  realClock?: boolean; locale?: string; beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Page> {
  const context = await browser.newContext({ ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.locale ? { locale: options.locale } : {}) });
  const page = await context.newPage();
  // realClock: for timings (a fixed clock stops performance.now()); dates then follow the machine's today
  if (!options.realClock) await page.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  await watchHosts(page);
  await options.beforeLoad?.(page);
  await page.goto('/');
  return page;
}

/** Someone new signs in and founds an organization in the browser; the page shows its empty home. */
export async function founderPage(browser: Browser, email: string, name: string, organization: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Organization name').fill(organization);
  await page.getByRole('button', { name: 'Create organization' }).click();
  return page;
}

const foreign = new WeakMap<Page, string[]>();

/** Records every request for a host other than the application's own. */
export async function watchHosts(page: Page): Promise<void> {
  const own = new URL(BASE).hostname;
  const seen: string[] = [];
  foreign.set(page, seen);
  const check = (url: string) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).hostname !== own) seen.push(url);
  };
  page.on('request', (r) => check(r.url()));
  page.on('websocket', (w) => check(w.url()));
  // every Content-Security-Policy violation the page meets (the deployed policy is served locally too)
  await page.addInitScript(() => {
    (window as any).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).cspViolations.push(
      `${e.violatedDirective}: ${e.blockedURI}`));
  });
}

/** The Content-Security-Policy violations of the page's current document. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).cspViolations ?? ['(not watched)']);
}

export function requestsToOtherHosts(page: Page): string[] {
  return foreign.get(page) ?? [];
}

/** axe-core on the page as it is: no serious or critical violation of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${page.url()}`).toEqual([]);
}

export const test = base;
export { expect };
