import { eventually, expect, expectAccessible, newCompany, signedInPageIn, test } from './support';

const REQUEST = `mutation($t: ID!, $from: AWSDate!, $to: AWSDate!) {
  requestLeave(leaveTypeId: $t, startDate: $from, endDate: $to) { id } }`;

test('in German: a request with its preview, a refusal at the field, a calendar from Monday, the inbox\'s plurals, and French at once', async ({ browser }) => {
  const acme = await newCompany();
  const ann = await signedInPageIn(browser, acme.ann, 'de-DE');
  await expect(ann.locator('html')).toHaveAttribute('lang', 'de');
  await expect(ann.getByRole('heading', { level: 1, name: 'Hallo, Ann' })).toBeVisible();
  await expect(ann.getByRole('article', { name: 'Saldo Vacation' })).toContainText('25 Tage verfügbar');
  await expectAccessible(ann);

  // a request and its preview, in German words and German dates
  await ann.getByRole('link', { name: 'Abwesenheit beantragen' }).first().click();
  await expect(ann.getByRole('heading', { level: 1, name: 'Abwesenheit beantragen' })).toBeVisible();
  await ann.getByLabel('Erster Tag').fill('2026-07-06');
  await ann.getByLabel('Letzter Tag').fill('2026-07-10');
  await expect(ann.getByTestId('preview-days')).toHaveText('5 Tage');
  await expect(ann.getByTestId('preview-balance-2026')).toContainText('25 → 20 nach diesem Antrag');
  await expectAccessible(ann);
  await ann.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(ann.getByRole('status').filter({ hasText: 'Beantragt.' })).toContainText('5 Tage, wartet auf Genehmigung');

  // refused at the dates, in the app's own German sentence from the refusal's figures; what was typed stays
  await ann.getByLabel('Erster Tag').fill('2026-08-03');
  await ann.getByLabel('Letzter Tag').fill('2026-09-30');
  await ann.getByLabel('Notiz für die genehmigende Person (optional)').fill('Weltreise');
  const datesError = ann.locator('#dates-error');
  await expect(datesError).toContainText('Nicht genug Urlaub übrig');
  await expect(datesError).toContainText('Diese Abwesenheit braucht 43 Tage Vacation in 2026, Sie haben aber bis');
  await expect(datesError).toContainText(/Mi\., 30\. Sept?\. 2026 nur 20 Tage verfügbar\./);
  await expect(ann.getByLabel('Notiz für die genehmigende Person (optional)')).toHaveValue('Weltreise');
  await expectAccessible(ann);

  // the calendar starts on Monday, with German day and month names
  await ann.getByRole('link', { name: 'Wer ist abwesend' }).click();
  await expect(ann.getByRole('heading', { level: 2, name: 'Juni 2026' })).toBeVisible();
  await expect(ann.locator('.month-grid thead th').first()).toHaveText('Mo');
  await expect(ann.locator('.month-grid thead th').last()).toHaveText('So');
  await ann.getByRole('button', { name: 'Nächster Monat' }).click();
  await expect(ann.getByRole('heading', { level: 2, name: 'Juli 2026' })).toBeVisible();
  await expectAccessible(ann);

  // the approver's inbox counts in German: one request, then two
  const bob = await signedInPageIn(browser, acme.bob, 'de-DE');
  await bob.getByRole('link', { name: 'Genehmigungen' }).click();
  await expect(bob.getByTestId('waiting-count')).toHaveText('Ein Antrag wartet auf Sie.');
  await acme.ann.gql(REQUEST, { t: acme.vacation, from: '2026-10-05', to: '2026-10-06' });
  await expect(bob.getByTestId('waiting-count')).toHaveText('2 Anträge warten auf Sie.');
  await expect(bob.locator('[data-testid=requester-balance]').first()).toContainText('Ann hat');
  await expectAccessible(bob);

  // switched to French while writing a request: every word changes at once, without a reload, and nothing typed is lost
  await ann.getByRole('link', { name: 'Abwesenheit beantragen' }).first().click();
  await ann.getByLabel('Notiz für die genehmigende Person (optional)').fill('Bergtour');
  await ann.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
  await ann.getByLabel('Sprache').selectOption('fr');
  await expect(ann.getByRole('heading', { level: 1, name: 'Demander un congé' })).toBeVisible();
  await expect(ann.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(ann.getByLabel('Note pour votre approbateur (facultatif)')).toHaveValue('Bergtour');
  expect(await ann.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expectAccessible(ann);
  // kept for her e-mails and her next visit
  const me = await eventually(() => acme.ann.gql('{ me { language } }'), (d: any) => d.me.language === 'fr');
  expect(me.me.language).toBe('fr');
});

test('in French: a request with its preview, a refusal at the field, a calendar from Monday, the inbox\'s plurals, and German at once', async ({ browser }) => {
  const acme = await newCompany();
  await acme.admin.gql('mutation($u: ID!, $a: ID!) { assignApprover(userId: $u, approverId: $a) { id } }',
    { u: acme.ann.id, a: acme.carol.id });
  const carol = await signedInPageIn(browser, acme.carol, 'fr-FR');
  await expect(carol.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(carol.getByRole('heading', { level: 1, name: 'Bonjour, Carol' })).toBeVisible();
  await expectAccessible(carol);

  // French plurals: 1,5 jour is singular, 2 jours plural; the preview in French
  await carol.getByRole('link', { name: 'Demander un congé' }).first().click();
  await carol.getByLabel('Premier jour').fill('2026-07-06');
  await carol.getByLabel('Dernier jour').fill('2026-07-07');
  await expect(carol.getByTestId('preview-days')).toHaveText('2 jours');
  await carol.getByLabel('Commencer à midi (après-midi libre)').check();
  await expect(carol.getByTestId('preview-days')).toHaveText('1,5 jour');
  await expect(carol.getByTestId('preview')).toContainText('comptés');
  await expectAccessible(carol);

  // refused at the dates: not enough left, said in French with French dates
  await carol.getByLabel('Premier jour').fill('2026-08-03');
  await carol.getByLabel('Dernier jour').fill('2026-09-30');
  const datesError = carol.locator('#dates-error');
  await expect(datesError).toContainText('Solde insuffisant');
  await expect(datesError).toContainText(/Ce congé demande 42,5 jours de Vacation en 2026, mais vous avez 25 jours disponibles au mer\. 30 sept\. 2026\./);
  await expect(carol.getByLabel('Premier jour')).toHaveAttribute('aria-describedby', 'dates-error');
  await expectAccessible(carol);

  // the calendar: Monday first, French names
  await carol.getByRole('link', { name: 'Qui est absent' }).click();
  await expect(carol.getByRole('heading', { level: 2, name: 'juin 2026' })).toBeVisible();
  await expect(carol.locator('.month-grid thead th').first()).toHaveText('lun.');
  await expectAccessible(carol);

  // the inbox: nothing, then one, then two, each as French says it
  await carol.getByRole('link', { name: 'Approbations' }).click();
  await expect(carol.getByTestId('waiting-count')).toHaveText('Rien ne vous attend.');
  await acme.ann.gql(REQUEST, { t: acme.vacation, from: '2026-10-05', to: '2026-10-06' });
  await expect(carol.getByTestId('waiting-count')).toHaveText('Une demande vous attend.');
  await acme.ann.gql(REQUEST, { t: acme.vacation, from: '2026-11-02', to: '2026-11-02' });
  await expect(carol.getByTestId('waiting-count')).toHaveText('2 demandes vous attendent.');
  await expect(carol.getByRole('button', { name: /^Approuver Ann : Vacation/ }).first()).toBeVisible();
  await expectAccessible(carol);

  // and German at once
  await carol.getByLabel('Langue').selectOption('de');
  await expect(carol.getByRole('heading', { level: 1, name: 'Genehmigungen' })).toBeVisible();
  await expect(carol.getByTestId('waiting-count')).toHaveText('2 Anträge warten auf Sie.');
  await expect(carol.locator('html')).toHaveAttribute('lang', 'de');
  await expectAccessible(carol);
});

test('in Spanish: every everyday screen reads Spanish and stays accessible', async ({ browser }) => {
  const acme = await newCompany();
  await acme.ann.gql(REQUEST, { t: acme.vacation, from: '2026-10-05', to: '2026-10-06' });
  const bob = await signedInPageIn(browser, acme.bob, 'es-ES');
  await expect(bob.locator('html')).toHaveAttribute('lang', 'es');
  await expect(bob.getByRole('heading', { level: 1, name: 'Hola, Bob' })).toBeVisible();
  await expectAccessible(bob);
  await bob.getByRole('link', { name: 'Solicitar ausencia' }).first().click();
  await bob.getByLabel('Primer día').fill('2026-07-06');
  await bob.getByLabel('Último día').fill('2026-07-06');
  await expect(bob.getByTestId('preview-days')).toHaveText('1 día');
  await expectAccessible(bob);
  await bob.getByRole('link', { name: 'Quién está ausente' }).click();
  await expect(bob.getByRole('heading', { level: 2, name: 'junio de 2026' })).toBeVisible();
  await expect(bob.locator('.month-grid thead th').first()).toHaveText('lun');
  await expectAccessible(bob);
  await bob.getByRole('link', { name: 'Aprobaciones' }).click();
  await expect(bob.getByTestId('waiting-count')).toHaveText('Tienes una solicitud pendiente.');
  await expectAccessible(bob);
});
