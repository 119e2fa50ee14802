// The README's screenshots, made by driving Ktav the way a person does. Run with
// `npm run screenshots` (Xvfb, headed Chromium); the pictures land in docs/screenshots/.
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { KtavApp } from '../e2e/ktavApp.js';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test('the editor with a Hebrew article, and the library', async () => {
  const app = await KtavApp.create();
  try {
    const page = await app.start();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'כתבה חדשה' }).click();
    await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
    const lines = [
      'ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר',
      'הפארק, שהוקם בעלות של 12.5 מיליון ש״ח, כולל מתקני כושר, שבילי אופניים ואמפיתיאטרון',
      'נועה לוי',
      'ראש העירייה, עו״ד משה כהן, חנך ביום שלישי את הפארק העירוני החדש בשכונת הדר, בנוכחות מאות תושבים ונציגי ועד השכונה.',
      '"זהו יום חג לשכונה ולעיר כולה", אמר כהן בטקס. לדבריו, הפארק תוכנן בשיתוף חברת Green Cities Design מאמסטרדם, שזכתה במכרז בין־לאומי.',
      'The park was designed with Green Cities Design of Amsterdam.',
      'פרטים נוספים באתר העירייה: https://www.example-city.gov.il/parks/hadar',
    ];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
    await expect(page.locator('.save-indicator')).not.toHaveAttribute('data-revision', '0');
    await page.screenshot({ path: join(OUT, 'editor.png') });
    await page.getByRole('button', { name: 'חזרה למאגר' }).click();
    await expect(page.getByRole('button', { name: /פתיחת הכתבה ראש העירייה/ })).toBeVisible();
    await page.screenshot({ path: join(OUT, 'library.png') });
  } finally {
    await app.dispose();
  }
});
