import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { seedPortfolio } from './seed';

test('the dashboard lists what needs the person: an audit due in 10 days, then the next deadline', async ({
  app: page,
  shot,
}) => {
  await seedPortfolio(page, [{ title: 'Infection control update' }]);
  const panel = page.getByRole('region', { name: 'What needs you' });
  // Nothing in the next 90 days yet: the panel still names the next date.
  await expect(panel).toContainText(/Nothing is due in the next 90 days\. The next date is .+: CMA: /);

  const due = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, (input?: unknown) => Promise<{ ok: boolean }>> })
      .api;
    const day = new Date(Date.now() + 10 * 86_400_000);
    const dueOn = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const saved = await api.saveAudit!({
      audit: { credentialId: 1, reference: 'A-2291', dueOn, activityIds: [1] },
    });
    if (!saved.ok) throw new Error(`could not add the audit: ${JSON.stringify(saved)}`);
    return dueOn;
  });
  await page.reload();
  const list = panel.getByRole('list', { name: 'Dates ahead' });
  await expect(list.getByRole('listitem').first()).toContainText('in 10 days');
  await expect(list.getByRole('listitem').first()).toContainText('CMA audit A-2291: answer due');
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await shot('46-what-needs-you');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

  // The person chooses when notifications come, or turns them off; the choice is kept.
  await panel.getByRole('button', { name: 'Notifications…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notifications on this computer' });
  await expect(dialog.getByRole('checkbox', { name: '7 days before' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: '1 day before' }).uncheck();
  await dialog.getByRole('checkbox', { name: '14 days before' }).check();
  const dialogAxe = await new AxeBuilder({ page }).analyze();
  expect(dialogAxe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await panel.getByRole('button', { name: 'Notifications…' }).click();
  await expect(dialog.getByRole('checkbox', { name: '14 days before' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '1 day before' })).not.toBeChecked();
  await dialog.getByRole('switch', { name: 'Notify me of dates ahead' }).uncheck({ force: true });
  await expect(dialog.getByRole('checkbox', { name: '7 days before' })).toBeDisabled();
});
