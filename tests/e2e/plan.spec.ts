import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { certificatePdf } from './certificate-files';
import { typeDate } from './form-helpers';

type Api = Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>;

const seriousOnly = (violations: { impact?: string | null }[]) =>
  violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');

function localToday(): string {
  const day = new Date();
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('plan for the sample, keep a planned item, mark it done with its certificate, and see it counted', async ({
  app: page,
  shot,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const loaded = await page.evaluate(async () =>
    (window as unknown as { api: Api }).api.loadSamplePortfolio!(),
  );
  expect(loaded.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
  // The reminders panel names the next date.
  await expect(page.getByRole('region', { name: 'What needs you' })).toContainText(/CMA|RMA|CCMA/);

  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan to the deadline' })).toBeVisible();
  await expect(page.getByText('Nothing planned yet')).toBeVisible();
  expect(seriousOnly((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

  // The plan: the cheapest courses for every credential, in words.
  await page.getByRole('button', { name: 'Make my plan' }).click();
  const result = page.getByRole('region', { name: 'Your plan' });
  await expect(result).toContainText(/Your plan to the deadline, as of/, { timeout: 30_000 });
  await expect(result).toContainText(/In all: \$[\d.,]+ and about \d+ hours? of study/);
  await expect(result).toContainText('Month by month');
  await expect(result.getByText(/covers \d+(\.\d+)? of your missing/).first()).toBeVisible();
  await shot('70-plan-made');
  expect(seriousOnly((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);

  // Keep the first suggestion: it becomes planned activities, never counted yet.
  const keep = result.getByRole('button', { name: /^Keep in my plan: / }).first();
  const keptName = (await keep.getAttribute('aria-label'))!.replace(/^Keep in my plan: /, '');
  const before = await page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    return ((await api.summarize!({})).value as { credentials: { counted: number }[] }).credentials.map(
      (c) => c.counted,
    );
  });
  await keep.click();
  await expect(result.getByText('In your plan').first()).toBeVisible();
  const planned = page.getByRole('list', { name: 'Planned activities' });
  await expect(planned.getByRole('listitem').first()).toContainText(keptName);
  const counted = await page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    return ((await api.summarize!({})).value as { credentials: { counted: number }[] }).credentials.map(
      (c) => c.counted,
    );
  });
  expect(counted).toEqual(before);

  // The dashboard says what the plan does.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('link', { name: /^With your plan: / }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();

  // Also a planned activity of the person's own.
  await page.getByRole('button', { name: 'Add a planned activity' }).first().click();
  const form = page.getByRole('dialog', { name: 'Plan an activity' });
  await form.getByRole('button', { name: 'Save to my plan' }).click();
  await expect(form.getByText('Enter its name.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Course title' }).fill('Chapter workshop: phlebotomy update');
  await form.getByRole('textbox', { name: 'Provider' }).fill('Ohio State Society of Medical Assistants');
  await form.getByRole('combobox', { name: 'Kind of activity' }).click();
  await page.getByRole('option', { name: 'Workshop' }).click();
  await form.getByRole('combobox', { name: 'Delivery' }).click();
  await page.getByRole('option', { name: 'In person' }).click();
  // Escape would close the dialog: type the date and move on.
  await form.getByRole('textbox', { name: 'Planned for' }).fill('2027-03-13');
  await form.getByRole('textbox', { name: 'Planned for' }).press('Tab');
  await form.getByRole('textbox', { name: 'Expected credit' }).fill('3');
  await form.getByRole('combobox', { name: 'Unit' }).click();
  await page.getByRole('option', { name: /^AAMA CEUs/ }).click();
  await form.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Clinical' }).click();
  // Check a course before paying for it: the engine's answer as of its planned day.
  await expect(form.getByRole('status')).toContainText(/CMA: adds 3 clinical points/);
  expect(seriousOnly((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
  await form.getByRole('button', { name: 'Save to my plan' }).click();
  await expect(form).toBeHidden();
  const workshop = planned.getByRole('listitem', { name: 'Chapter workshop: phlebotomy update' });
  await expect(workshop).toContainText('Planned for Mar 13, 2027');
  await shot('71-planned-activities');

  // Mark it done: the activity form, filled in, asks for the day and the certificate.
  await workshop.getByRole('button', { name: 'Mark done: Chapter workshop: phlebotomy update' }).click();
  const done = page.getByRole('form', { name: 'Mark a planned activity done' });
  await expect(done).toBeVisible();
  await expect(done.getByRole('status').filter({ hasText: /You are marking/ })).toBeVisible();
  await expect(done.getByRole('textbox', { name: 'Course title' })).toHaveValue(
    'Chapter workshop: phlebotomy update',
  );
  await typeDate(page, 'Completed on', localToday());
  const pdf = await certificatePdf([
    'Ana Lucia Perez',
    'Chapter workshop: phlebotomy update',
    '3 AAMA CEUs (clinical)',
    `Completed ${localToday()}`,
  ]);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'workshop.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('list', { name: 'Attached certificates' })).toContainText('workshop.pdf');
  await shot('72-planned-done-form');
  await page.getByRole('button', { name: 'Save activity' }).click();

  // Back on the plan: it has left the plan; it is an activity now, and it counts.
  await expect(page.getByRole('heading', { level: 1, name: 'Plan to the deadline' })).toBeVisible();
  await expect(planned.getByRole('listitem', { name: 'Chapter workshop: phlebotomy update' })).toHaveCount(0);
  const activity = await page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const list = (await api.listActivities!()).value as {
      id: number;
      title: string;
      certificates: unknown[];
    }[];
    const found = list.find((a) => a.title === 'Chapter workshop: phlebotomy update')!;
    const evaluation = (await api.evaluate!({})).value as {
      credentials: {
        credential: string;
        activities: { activityId: number; countedPoints?: number; points?: number }[];
      }[];
    };
    return { certificates: found.certificates.length, evaluation: JSON.stringify(evaluation), id: found.id };
  });
  expect(activity.certificates).toBe(1);
  await page.getByRole('link', { name: 'Activities', exact: true }).click();
  const row = page.getByRole('row', { name: /Chapter workshop: phlebotomy update/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('CMA: counts');
});

test('the plan page in Spanish, and a plan that does not fit the budget says what to relax', async ({
  app: page,
  shot,
}) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    await api.loadSamplePortfolio!();
    await api.setLanguage!({ choice: 'es' });
  });
  await page.reload();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan hasta la fecha límite' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('textbox', { name: /Presupuesto total/ }).fill('1');
  await page.getByRole('button', { name: 'Hacer mi plan' }).click();
  const result = page.getByRole('region', { name: 'Su plan' });
  await expect(result).toContainText(/Ningún plan|ningún plan|No hay un plan/, { timeout: 30_000 });
  await expect(result).toContainText(/presupuesto/);
  await shot('73-plan-es-no-fit');
  expect(seriousOnly((await new AxeBuilder({ page }).analyze()).violations)).toEqual([]);
});
