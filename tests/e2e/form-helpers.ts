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

/** The words of the activity form's choices, in one language (English unless given). */
export interface ActivityChoiceWords {
  kindLabel: string;
  kind: string | RegExp;
  deliveryLabel: string;
  delivery: string | RegExp;
  unitLabel: string;
  unit: string | RegExp;
  categoryLabel: string;
  category: string | RegExp;
}

const englishChoices: ActivityChoiceWords = {
  kindLabel: 'Kind of activity',
  kind: 'Online course',
  deliveryLabel: 'Delivery',
  delivery: 'Online',
  unitLabel: 'Credit 1 unit',
  unit: /^AAMA CEUs/,
  categoryLabel: 'Credit 1 category',
  category: 'Administrative',
};

/**
 * The choices a new activity leaves to the person (nothing is chosen for them): the kind,
 * the delivery, and the first credit row's unit and category.
 */
export async function chooseActivityBasics(
  page: Page,
  choices: Partial<ActivityChoiceWords> = {},
): Promise<void> {
  const words = { ...englishChoices, ...choices };
  await chooseOption(page, words.kindLabel, words.kind);
  await chooseOption(page, words.deliveryLabel, words.delivery);
  await chooseOption(page, words.unitLabel, words.unit);
  await chooseOption(page, words.categoryLabel, words.category);
}
