import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

// The computer says Spanish (as Electron reports it); the browser itself is English.
test.use({ systemLang: 'es-MX', locale: 'en-US' });

test('the app follows the system language, and a choice made in the app is remembered', async ({
  app: page,
  harness,
  restart,
  shot,
}) => {
  await expect(page.getByRole('heading', { name: 'Le damos la bienvenida a CEU Portfolio' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await shot('60-welcome-spanish-system');

  // One click on the welcome page: English, remembered across a restart.
  await page.locator('label', { hasText: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to CEU Portfolio' })).toBeVisible();
  await restart();
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Welcome to CEU Portfolio' })).toBeVisible();

  // From the Portfolio menu: back to the computer's language.
  await seedPortfolio(page);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByRole('menuitem', { name: 'Language…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Language' });
  await dialog.getByRole('radio', { name: /The same as this computer \(Español\)/ }).click();
  await expect(page.getByRole('link', { name: 'Actividades' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Idioma' })).toContainText('Los paquetes siguen en inglés');
  await shot('61-language-dialog-spanish');
});
