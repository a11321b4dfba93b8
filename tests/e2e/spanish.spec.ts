import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

/** The screens that speak Spanish when the system does (Playwright sets the browser's locale). */
test.use({ locale: 'es-US' });

test('the trash speaks the system’s language', async ({ app: page, harness, shot }) => {
  await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
  await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<unknown>> }).api;
    await api.deleteActivity!({ id: 1 });
  });
  await page.goto(`${harness.url}#/trash`);
  await expect(page.getByRole('heading', { name: 'Papelera' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Actividades' }),
  ).toBeVisible();
  const trashed = page.getByRole('table', { name: 'Actividades en la papelera' });
  await expect(trashed).toContainText('Sin certificados');
  await shot('21-trash-es');
  await trashed.getByRole('button', { name: 'Restaurar Seguridad de medicamentos' }).click();
  await expect(page.getByText('La papelera está vacía')).toBeVisible();
  await expect(page).toHaveTitle('Papelera — CEU Portfolio');
});

test('the packet page in Spanish fits a 1024-pixel window', async ({ app: page, harness, shot }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
  await page.goto(`${harness.url}#/packet`);
  await expect(page.getByRole('heading', { name: 'Exportar paquete', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /Elija qué incluir/ })).toBeVisible();
  await page.getByRole('button', { name: 'Revisar certificados' }).click();
  await expect(page.getByText('Todos los certificados se pueden leer')).toBeVisible();
  await shot('22-packet-es-1024');
  // Nothing wider than the window: Spanish runs longer than English.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // Told once, in Spanish, that the packet itself is in English for the certifying body.
  const notice = page.getByRole('note').filter({ hasText: 'Su paquete está en inglés' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Entendido' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Exportar paquete', level: 1 })).toBeVisible();
  await expect(page.getByText('Su paquete está en inglés')).toBeHidden();
});

test('the backups window in Spanish', async ({ app: page, harness, shot }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
  await page.goto(`${harness.url}#/trash`);
  await page.getByRole('button', { name: 'Portafolio' }).click();
  await page.getByRole('menuitem', { name: 'Copias de seguridad…' }).click();
  const backups = page.getByRole('dialog', { name: 'Copias de seguridad' });
  await backups.getByRole('button', { name: 'Hacer una copia ahora' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Copia hecha' })).toBeVisible();
  await expect(backups.getByRole('table', { name: /Copias de seguridad, de la más reciente/ })).toBeVisible();
  await shot('24-backups-es-1024');
});

test('the rule packs in Spanish: a pack’s rules read in Spanish and fit a 1024-pixel window', async ({
  app: page,
  harness,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await seedPortfolio(page, [{ title: 'Seguridad de medicamentos' }]);
  await page.goto(`${harness.url}#/rule-packs`);
  await expect(page.getByRole('heading', { name: 'Reglas de las credenciales', level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: 'CMA (AAMA)' })).toContainText('60 puntos cada 5 años');
  await shot('25-rule-packs-es-1024');
  await page.getByRole('button', { name: 'Ver las reglas de CMA (AAMA)' }).click();
  const rules = page.getByRole('dialog');
  await expect(rules).toContainText('contados desde');
  await expect(rules.getByRole('heading', { name: 'Qué cuenta' })).toBeVisible();
  await expect(rules).toContainText('Tarjeta de RCP (BLS): cada una vale 4 puntos');
  await shot('26-rule-pack-es-1024');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Nuevas reglas propias' }).click();
  const editor = page.getByRole('dialog', { name: 'Nuevas reglas propias' });
  await editor.getByRole('button', { name: 'Crear las reglas' }).click();
  await expect(editor.getByText('Falta la sigla de la credencial.')).toBeVisible();
  await shot('27-rule-pack-editor-es-1024');
});
