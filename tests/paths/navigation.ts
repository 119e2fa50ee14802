// Moving between Ktav's screens the way a person does: the bar at the top of the window.
import { expect, type Page } from '@playwright/test';

export async function showLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'מאגר הכתבות' }).click();
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();
}
