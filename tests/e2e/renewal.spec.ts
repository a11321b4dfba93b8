import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('a credential is renewed: the dashboard shows the new cycle with nothing earned, the credential page the past cycle', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Medication safety' }]);
  await page.goto(`${harness.url}#/dashboard`);
  const card = page.getByRole('region', { name: /CMA/ }).first();
  await expect(card).toContainText(/\b3 of 60\b/);

  await card.getByRole('link').first().click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Record a renewal' }).click();
  const dialog = page.getByRole('dialog', { name: /Record a renewal of CMA/ });
  // No date yet: said in place.
  await dialog.getByRole('button', { name: 'Start my next cycle' }).click();
  await expect(dialog.getByText('Enter the date you renewed.')).toBeVisible();
  // Typed, then left by clicking elsewhere in the dialog (Escape would close it).
  const date = dialog.getByRole('textbox', { name: 'Date you renewed', exact: true });
  await date.fill('2099-01-01');
  await dialog.getByText(/Your current cycle is kept/).click();
  await dialog.getByRole('button', { name: 'Start my next cycle' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'That date is after today. Record the renewal on the day it happened, or later.',
  );
  await date.fill('2026-11-20');
  await dialog.getByText(/Your current cycle is kept/).click();
  await dialog.getByRole('radio', { name: 'By passing the exam again' }).check();
  await shot('30-renewal-dialog');
  await dialog.getByRole('button', { name: 'Start my next cycle' }).click();
  await expect(page.getByText('Your next cycle has started')).toBeVisible();

  const past = page.getByRole('table', { name: 'Past cycles' });
  await expect(past).toContainText('Renewed on Nov 20, 2026');
  await expect(past).toContainText(/3 of 60 points/);
  await expect(
    past.getByRole('link', { name: /Export the packet for the cycle Mar 15, 2024 to Nov 19, 2026/ }),
  ).toBeVisible();
  await shot('31-past-cycles');

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: /CMA/ }).first()).toContainText(/\b0 of 60\b/);

  // The past cycle's packet page says which cycle it is for.
  await page.goBack();
  await past.getByRole('link', { name: /Export the packet for the cycle/ }).click();
  await expect(
    page.getByText('This packet is for a finished cycle, as it stood on Nov 19, 2026.'),
  ).toBeVisible();
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-US' });

  test('the credential page with a past cycle speaks Spanish and fits a 1024-pixel window', async ({
    app: page,
    harness,
    shot,
  }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
    await page.evaluate(async () => {
      const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<unknown>> }).api;
      await api.renewCredential!({ credentialId: 1, on: '2026-11-20', by: 'exam' });
    });
    await page.goto(`${harness.url}#/credential/1`);
    await page.getByRole('button', { name: 'Más acciones' }).click();
    await expect(page.getByRole('menuitem', { name: 'Registrar una renovación' })).toBeVisible();
    await page.keyboard.press('Escape');
    const past = page.getByRole('table', { name: 'Períodos anteriores' });
    await expect(past).toContainText('Renovada el');
    await expect(page.getByRole('table', { name: 'Cuotas' })).toContainText('Al renovar');
    await shot('32-credential-es-1024');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
