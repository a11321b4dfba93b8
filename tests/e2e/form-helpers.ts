import type { Page } from '@playwright/test';

/** Picks an option of a Mantine select by its label, as a person would with the mouse. */
export async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Types a date into a date field and leaves it. */
export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.fill(date);
  await input.press('Tab');
  // Tab may land in the next date field, whose calendar opens over the buttons below.
  await page.keyboard.press('Escape');
}
