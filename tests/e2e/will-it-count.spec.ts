import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { chooseOption, typeDate } from './form-helpers';
import { seedPortfolio } from './seed';

test('before saving, the form says what the activity would count for: a BLS card counts for the CMA, not the NCMA', async ({
  app: page,
  harness,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Infection control update' }]);
  // A second credential, an NCMA, whose rules refuse CPR and BLS cards.
  await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<{ ok: boolean }>> })
      .api;
    const saved = await api.saveCredential!({
      credential: { rulePackId: 'ncct-ncma', certifiedOn: '2026-03-01' },
    });
    if (!saved.ok) throw new Error('could not add the NCMA');
  });
  await page.reload();
  await page.goto(`${harness.url}#/activity/new`);
  await expect(page.getByRole('form', { name: 'New activity' })).toBeVisible();
  const answer = page.getByRole('status').filter({ has: page.getByRole('list', { name: 'Will it count?' }) });

  await page.getByRole('textbox', { name: 'Course title' }).fill('BLS Provider eCard');
  await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('American Heart Association');
  await chooseOption(page, 'Kind of activity', 'CPR card');
  await page.getByRole('textbox', { name: 'Valid for (months)' }).fill('24');
  await chooseOption(page, 'Delivery', 'In person');
  await typeDate(page, 'Completed on', '2026-06-10');
  await page.getByRole('textbox', { name: 'Credit 1 amount' }).fill('4');
  await chooseOption(page, 'Credit 1 unit', /^Clock hours/);
  await chooseOption(page, 'Credit 1 category', 'Clinical');

  const cma = answer.getByRole('listitem').filter({ has: page.getByText(/^CMA:/) });
  const ncma = answer.getByRole('listitem').filter({ has: page.getByText(/^NCMA:/) });
  await expect(cma).toContainText('Counts');
  await expect(cma).toContainText('CMA: adds 4 clinical points → 7 of 60 points.');
  await expect(ncma).toContainText('Does not count');
  await expect(ncma).toContainText(
    'NCMA: adds nothing. NCCT does not accept CPR, BLS, PALS or first-aid cards',
  );
  await shot('44-will-it-count');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

  // The same course as one already saved is pointed out, before anything is saved twice.
  await page.getByRole('textbox', { name: 'Course title' }).fill('Infection control update');
  await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('AAMA e-Learning Center');
  await typeDate(page, 'Completed on', '2025-05-01');
  await expect(page.getByRole('status').filter({ hasText: 'Worth checking' })).toContainText(
    'Already in your portfolio: “Infection control update” has the same title, date and provider.',
  );
});
