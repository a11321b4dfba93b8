import { expect, test } from './fixtures';

test('setup: a blank member-number row says nothing and is dropped; focus moves to the next step', async ({
  app: page,
}) => {
  await page.getByRole('button', { name: 'Add a member number' }).click();
  // Moving on without typing anything in the new row shows no errors.
  await page.getByRole('textbox', { name: /Your name/ }).click();
  await page.getByRole('textbox', { name: 'Member number 1' }).click();
  await page.getByRole('textbox', { name: /Your name/ }).fill('Ana Ruiz');
  await expect(page.getByText('is required')).toHaveCount(0);

  // A half-filled row is checked, on the row the person sees.
  await page.getByRole('button', { name: 'Add a member number' }).click();
  await page.getByRole('textbox', { name: 'Member number 2' }).fill('12345');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('The organization is required.')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Organization 2' }).fill('AAMA');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Add your credential' })).toBeFocused();

  // Only the filled row was kept.
  const holder = await page.evaluate(async () => {
    const api = (window as unknown as { api: { getHolder(): Promise<{ value: unknown }> } }).api;
    return (await api.getHolder()).value as { memberNumbers: { body: string; number: string }[] };
  });
  expect(holder.memberNumbers).toEqual([{ body: 'AAMA', number: '12345' }]);
});

test('setup: an e-mail address without a domain is refused', async ({ app: page }) => {
  await page.getByRole('textbox', { name: /Your name/ }).fill('Ana Ruiz');
  await page.getByRole('textbox', { name: 'Email' }).fill('ana@example');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/Enter a full e-mail address/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add your credential' })).toBeHidden();
});

test('a text field with keyboard focus shows a focus ring, not only a tinted border', async ({
  app: page,
}) => {
  await page.keyboard.press('Tab');
  const name = page.getByRole('textbox', { name: /Your name/ });
  await name.focus();
  const ring = await name.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});
