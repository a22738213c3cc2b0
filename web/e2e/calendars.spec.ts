import { generateKeyPairSync } from 'node:crypto';
import { expect, expectAccessible, newCompany, signedInPage, test } from './support';

/** A key file as Google's console gives one: the app checks its form; Google, unreachable here, never sees it. */
function serviceAccountKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return JSON.stringify({ type: 'service_account', project_id: 'acme-leave', private_key_id: 'k1',
    private_key: privateKey, client_email: 'leave-tracker@acme-leave.iam.gserviceaccount.com', client_id: '1',
    token_uri: 'https://oauth2.googleapis.com/token' }, null, 2);
}

test('an admin connects Google Workspace, tests it and disconnects; a person opts out on their home page', async ({ browser }) => {
  const acme = await newCompany();
  const page = await signedInPage(browser, acme.admin);
  await page.getByRole('link', { name: 'Set-up', exact: true }).first().click();
  const calendars = page.getByRole('region', { name: 'Calendars and out-of-office' });
  const key = calendars.getByLabel(/service account's key file/);

  // not a key file: refused next to the field, and what was pasted stays
  await key.fill('{"type": "authorized_user"}');
  await calendars.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(calendars.getByRole('alert')).toContainText('service account');
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveValue('{"type": "authorized_user"}');

  await key.fill(serviceAccountKey());
  await calendars.getByLabel(/Automatic reply/).fill('{name} is away until {lastDay}; please write to {contact}.');
  await calendars.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(calendars.getByRole('status').filter({ hasText: 'Connected to Google Workspace since' })).toBeVisible();
  await expect(key).toHaveValue(''); // never shown again
  await expect(calendars.getByText('Nothing delivered yet: the next approval is.')).toBeVisible();

  // the test asks Google as the admin's own mailbox; this machine cannot reach Google, and the test says so
  await calendars.getByRole('button', { name: 'Test the connection' }).click();
  const problems = calendars.getByRole('alert').filter({ hasText: `Tested in ${acme.admin.email}; to do:` });
  await expect(problems).toBeVisible({ timeout: 30_000 });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);

  await calendars.getByRole('button', { name: 'Disconnect' }).click();
  await calendars.getByRole('button', { name: 'Yes, disconnect' }).click();
  await expect(calendars.getByRole('status').filter({ hasText: 'Connected to' })).toHaveCount(0);
  expect((await acme.admin.gql('{ calendarConnection { provider } }')).calendarConnection).toBeNull();

  // Ann keeps her leave out of her calendar but wants the reply; the choice is saved at once
  const ann = await signedInPage(browser, acme.ann);
  const choices = ann.getByRole('group', { name: 'Where your organization connected Google Workspace or Microsoft 365' });
  await expect(choices.getByLabel('Put my approved leave in my own calendar')).toBeChecked();
  await choices.getByLabel('Put my approved leave in my own calendar').uncheck();
  await expect.poll(async () => (await acme.ann.gql('{ me { calendarEvents outOfOfficeReply } }')).me)
    .toEqual({ calendarEvents: false, outOfOfficeReply: true });
  await ann.reload();
  await expect(ann.getByLabel('Put my approved leave in my own calendar')).not.toBeChecked();
  await expect(ann.getByLabel(/Turn on my automatic reply/)).toBeChecked();
  await expectAccessible(ann);
});
