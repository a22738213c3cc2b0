import type { Locator, Page } from '@playwright/test';
import { eventually, expect, expectAccessible, freshPage, newCompany, Person, cspViolations, requestsToOtherHosts, signedInPage, test, watchHosts } from './support';

/**
 * Types a date into the focused date field with keys alone. Chromium orders the field's parts by its own UI language
 * (not the page's locale), so the order is found first by typing a probe.
 */
async function typeDate(page: Page, iso: string) {
  const field = page.locator(':focus');
  await page.keyboard.type('02012026');
  const monthFirst = (await field.inputValue()) === '2026-02-01';
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(monthFirst ? `${m}${d}${y}` : `${d}${m}${y}`);
  await expect(field).toHaveValue(iso);
}

/** Presses Tab until the target has the focus, as a person would (a date field has a stop per part). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 8 && !(await target.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a request made with the keyboard alone', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.ann);
  await page.getByRole('link', { name: 'Request leave' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Request leave' })).toBeVisible();
  await tabTo(page, page.getByLabel('Leave type'));
  await page.keyboard.press('End'); // Vacation, the last of the types by name
  await expect(page.getByLabel('Leave type')).toHaveValue(acme.vacation);
  await tabTo(page, page.getByLabel('First day'));
  await typeDate(page, '2026-07-13');
  await tabTo(page, page.getByLabel('Last day'));
  await typeDate(page, '2026-07-14');
  await expect(page.getByTestId('preview-days')).toHaveText('2 days');
  await tabTo(page, page.getByLabel('Note for your approver (optional)'));
  await page.keyboard.type('Wedding');
  await tabTo(page, page.getByRole('button', { name: 'Send request' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Requested.' })).toContainText('2 days');
  const made = await eventually(() => acme.ann.gql('{ leaveRequests { startDate endDate reason } }'),
    (d: any) => d.leaveRequests.length > 0);
  expect(made.leaveRequests).toContainEqual({ startDate: '2026-07-13', endDate: '2026-07-14', reason: 'Wedding' });
});

test('every page works at 390×844 without sideways scrolling, and passes axe', async ({ browser }) => {
  const acme = await newCompany();
  await acme.ann.gql(`mutation($t: ID!) { requestLeave(leaveTypeId: $t, startDate: "2026-06-17", endDate: "2026-06-19") { id } }`,
    { t: acme.vacation });
  for (const person of [acme.ann, acme.bob]) {
    const page = await signedInPage(browser, person, { viewport: { width: 390, height: 844 } });
    for (const [link, heading] of [['Home', `Hello, ${person.name}`], ['Request leave', 'Request leave'],
      ['Who is away', 'Who is away'], ...(person === acme.bob ? [['Approvals', 'Approvals']] : [])]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${link} at 390 px`).toBeLessThanOrEqual(390);
      await expectAccessible(page);
    }
    expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  }
});

test('someone new creates their organization', async ({ browser }) => {
  const page = await freshPage(browser);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your e-mail address');
  const email = `founder.${Date.now()}@startup.test`;
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Your name').fill('Fran');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`${email} belongs to no organization yet`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.locator('#org-error')).toContainText(/name/i);
  await page.getByLabel('Organization name').fill('Startup');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Fran' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('· Startup')).toBeVisible();
  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  const founder = await Person.signIn(email, 'Fran');
  expect((await founder.gql('{ me { role } }')).me.role).toBe('ADMIN');
});

test('the GraphQL IDE works offline from /graphiql', async ({ page }) => {
  await watchHosts(page);
  await page.goto('/graphiql');
  await expect(page.locator('.graphiql-container')).toBeVisible();
  // the policy is enforced (and watched): a script injected into the page is refused
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as any).injected)).toBeUndefined();
  expect(await cspViolations(page)).toEqual(['script-src-elem: inline']);
  await page.evaluate(() => ((window as any).cspViolations = []));
  expect(requestsToOtherHosts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
