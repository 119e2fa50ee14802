// Every screen passes axe-core with no violations, in Hebrew and English, light and dark:
// the library, the editor with a credited figure, the export screen, the media library with
// the credit panel, settings, the command palette and the shortcuts sheet.
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import type { KtavApi } from '../../shared/api/client.js';
import { test, expect } from './fixtures.js';
import { dataTransferOf } from './mediaFiles.js';

async function axe(page: Page, where: string): Promise<void> {
  // Legacy mode runs axe inside the page: the default opens a helper page, and the shell closes
  // every page that is not Ktav's window.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, where).toEqual([]);
}

async function setUp(page: Page): Promise<void> {
  // One article with a credited picture, so every screen has something on it.
  await page.getByRole('button', { name: 'ספריית התמונות' }).click();
  const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#468' } }).jpeg().toBuffer();
  await page.getByTestId('media-drop').dispatchEvent('drop', { dataTransfer: await dataTransferOf(page, [{ name: 'park.jpg', type: 'image/jpeg', bytes }]) });
  await expect(page.locator('.media-tile')).toHaveCount(1);
  await page.locator('.media-tile').first().click();
  const panel = page.getByRole('complementary', { name: 'פרטי קרדיט' });
  await panel.getByLabel('קרדיט צילום', { exact: true }).fill('דוברות העירייה');
  await panel.getByLabel('טקסט חלופי', { exact: true }).fill('ילדים במתקני המשחק החדשים');
  await page.getByRole('button', { name: 'החלה', exact: true }).click();
  await expect(page.locator('.media-tile .badge', { hasText: 'ללא קרדיט' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'מאגר הכתבות' }).click();
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type('פארק חדש בשכונת הדר');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('חברת Green Cities Design תכננה את הפארק.');
  await page.getByRole('button', { name: 'הוספת תמונה' }).first().click();
  await page.getByRole('group', { name: /תמונ/ }).getByRole('button').first().click();
  await expect(page.locator('figure .ktav-figure-credit')).toHaveText('קרדיט צילום: דוברות העירייה');
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
}

for (const language of ['he', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every screen passes axe in ${language === 'he' ? 'Hebrew' : 'English'}, ${theme}`, async ({ app }) => {
      test.setTimeout(240_000);
      let page = app.page;
      await setUp(page);
      // Back to the library, then language and theme as the settings screen sets them.
      await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'מאגר הכתבות' }).click();
      await page.evaluate(({ language, theme }) => (window as unknown as { ktav: KtavApi }).ktav.settings.set({ language, theme }), { language, theme });
      page = await app.restart();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'he' ? 'rtl' : 'ltr');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const nav = page.getByRole('navigation');

      await expect(page.locator('.library-screen')).toBeVisible();
      await axe(page, 'library');

      await page.locator('.article-list button, [data-article-id] button').first().click();
      await expect(page.locator('figure .ktav-figure-credit')).toBeVisible();
      await axe(page, 'editor');
      // The article panel's other tabs: details (a form) and versions.
      await page.locator('#article-panel-tab-details').click();
      await expect(page.locator('#article-panel-details')).toBeVisible();
      await axe(page, 'editor with the details tab');
      await page.locator('#article-panel-tab-versions').click();
      await expect(page.locator('#article-panel-versions')).toBeVisible();
      await axe(page, 'editor with the versions tab');

      await page.getByTestId('export-package').click();
      await expect(page.getByTestId('gate')).toBeVisible();
      await axe(page, 'export with the gate and the preview');

      await nav.getByRole('button').nth(1).click(); // media library
      await page.locator('.media-tile').first().click();
      await expect(page.getByRole('complementary').first()).toBeVisible();
      await axe(page, 'media library with the credit panel');

      await nav.getByRole('button').nth(2).click(); // settings
      await expect(page.locator('.settings-screen')).toBeVisible();
      await axe(page, 'settings');

      await page.keyboard.press('Control+k');
      await expect(page.getByRole('dialog')).toBeVisible();
      await axe(page, 'command palette');
      await page.keyboard.press('Escape');

      await page.keyboard.press('F1');
      await expect(page.getByRole('dialog')).toBeVisible();
      await axe(page, 'shortcuts sheet');
    });
  }
}
