import { expect, test } from './fixtures';

/**
 * "Load a sample portfolio" on first run, then every screen of the app with real data,
 * each photographed into test-results/screenshots/ for a person to look at.
 */
test('the sample portfolio loads on first run and every screen shows it', async ({
  app: page,
  harness,
  shot,
}) => {
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();

  // The first credential's card (the dates-ahead panel above the cards is a region too).
  const firstCard = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .filter({ hasNot: page.getByRole('heading', { name: 'What needs you' }) })
    .first();
  await expect(firstCard).toBeVisible({ timeout: 30_000 });
  await expect(firstCard).toContainText(/\d+ of \d+/);
  await shot('10-sample-dashboard');

  await page.getByRole('link', { name: 'Activities' }).click();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await shot('11-sample-activities');

  await rows.nth(1).getByRole('button').first().click();
  await expect(page.getByRole('form', { name: 'Edit activity' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attached certificates' })).toBeVisible();
  await shot('12-sample-activity');

  await page.goto(`${harness.url}#/credentials`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot('13-sample-credentials');

  await page
    .getByRole('link', { name: /Details|CMA/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot('14-sample-credential-detail');

  await page.getByRole('link', { name: 'Rule packs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot('15-rule-packs');

  await page.getByRole('link', { name: 'Export packet' }).click();
  await page.getByRole('button', { name: 'Check certificates' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  await shot('16-packet-preview');
});
