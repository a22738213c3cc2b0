// 1,000 people imported from a CSV file in the browser: how long, and whether the page stays responsive (the
// longest main-thread task, from Chromium's long-task timing) — for docs/PERFORMANCE.md.
import { expect, newCompany, signedInPage, test } from '../e2e/support';

test('import 1000 people', async ({ browser }) => {
  const acme = await newCompany();
  const tag = Date.now().toString(36);
  const lines = ['name,email,role,location,team,start date,approver email,adjustment:Vacation'];
  for (let i = 0; i < 1000; i++) {
    lines.push(`Person ${i},p${i}.${tag}@big.test,member,${i % 2 ? 'Berlin' : 'Paris'},,2026-01-01,${acme.bob.email},${i % 10 === 0 ? 1 : ''}`);
  }
  const page = await signedInPage(browser, acme.admin, { realClock: true });
  await page.getByRole('link', { name: 'Set-up', exact: true }).click();
  await page.evaluate(() => {
    (window as any).longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as any).longTasks.push(e.duration)))
      .observe({ type: 'longtask', buffered: false });
  });
  const checkStarted = Date.now();
  await page.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('import-summary')).toHaveText('1000 rows: 1000 to import, 0 already there, 0 with errors.');
  const checked = Date.now() - checkStarted;
  const started = Date.now();
  await page.getByRole('button', { name: 'Import 1000 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toHaveText('Import finished.', { timeout: 600_000 });
  const took = Date.now() - started;
  const tasks: number[] = await page.evaluate(() => (window as any).longTasks);
  console.log(`1000 rows: parsed and checked in ${checked} ms; imported in ${(took / 1000).toFixed(1)} s `
    + `(${(1000 / (took / 1000)).toFixed(0)} people/s; 3,100 commands: add, move, approver, 100 adjustments); long tasks (> 50 ms) during it: `
    + `${tasks.length}, longest ${Math.max(0, ...tasks).toFixed(0)} ms`);
});
