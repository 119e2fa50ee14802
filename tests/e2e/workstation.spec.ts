// The workstation as a person meets it: the command palette reaches and runs actions by their
// Hebrew or English names, shortcuts move between screens, the interface switches language,
// and Ktav reopens the article where the caret and scroll were after a restart.
import { test, expect } from './fixtures.js';

test('the palette finds actions in Hebrew or English and runs them; Ctrl+K in text links instead', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'לוח פקודות' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('media'); // an English name while the interface is Hebrew
  await expect(palette.getByRole('option', { selected: true })).toContainText('מעבר לספריית התמונות');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'ספריית התמונות' })).toBeVisible();

  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('כתבה חדשה');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('כותרת');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('מילה חשובה');

  // With text selected, Ctrl+K is the link, as in Word.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'לוח פקודות' })).toBeHidden();
  await expect(page.getByLabel('כתובת הקישור')).toBeVisible();
  await page.keyboard.press('Escape');

  // The editor's own actions are in the palette while an article is open: bold by its name.
  await editor.locator('p:not([class])').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  // The editor has the selection once the toolbar offers what needs one.
  await expect(page.getByRole('button', { name: 'קטע בכיוון הפוך' })).toBeEnabled();
  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('bold');
  await expect(palette.getByRole('option', { selected: true })).toContainText('הדגשה');
  await page.keyboard.press('Enter');
  await expect(editor.locator('p:not([class]) strong')).toHaveText('מילה חשובה');
  await expect(editor).toBeFocused();
});

test('shortcuts move between screens and the shortcuts sheet lists them', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'קיצורי מקלדת' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /פתיחת לוח הפקודות/ })).toContainText('Ctrl+K');
  await expect(sheet.getByRole('row', { name: /כתבה חדשה/ })).toContainText('Ctrl+N');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.keyboard.press('Control+/');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+,');
  await expect(page.getByRole('heading', { name: 'הגדרות' })).toBeVisible();
  await page.keyboard.press('Control+Shift+m');
  await expect(page.getByRole('heading', { name: 'ספריית התמונות' })).toBeVisible();
  await page.keyboard.press('Control+Shift+l');
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();

  // Ctrl+O (also in the menu and the palette) opens the library's import picker.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles({ name: 'park.md', mimeType: 'text/markdown', buffer: Buffer.from('# פארק חדש בשכונת הדר\n\nהפארק נפתח היום.\n') });
  await expect(page.getByRole('button', { name: 'פתיחת הכתבה פארק חדש בשכונת הדר' })).toBeVisible();
});

test('the interface switches to English, left-to-right, and back', async ({ app }) => {
  let page = app.page;
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'הגדרות' }).click();
  await page.getByLabel('שפת הממשק').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Article library' })).toBeVisible();
  page = await app.restart(); // remembered
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Interface language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('after a restart Ktav reopens the article with the caret and scroll where they were', async ({ app }) => {
  test.slow(); // forty paragraphs typed with the keyboard, a restart, then a second article
  let page = app.page;
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type('כתבה ארוכה');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 40; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`פסקה מספר ${i}`);
  }
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  // The caret goes to the end of paragraph 30, which scrolls the window.
  await editor.locator('p:not([class])', { hasText: 'פסקה מספר 30' }).click();
  await page.keyboard.press('End');
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  await expect.poll(() => page.evaluate(async () => (await (window as unknown as { ktav: { settings: { get(a: object): Promise<{ ok: boolean; value: { session: { caret: number } | null } }> } } }).ktav.settings.get({})).value.session?.caret ?? 0)).toBeGreaterThan(0);

  page = await app.restart();
  const reopened = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(reopened.locator('h1')).toHaveText('כתבה ארוכה');
  await expect(reopened).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  // Typing goes where the caret was: the end of paragraph 30.
  await page.keyboard.type('!');
  await expect(reopened.locator('p:not([class])', { hasText: 'פסקה מספר 30!' })).toHaveCount(1);

  // The library lists it among the recent articles, newest first, one click away.
  await page.keyboard.press('Control+n');
  // The new article's editor replaces this one: wait until it is the only one, empty and focused.
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('h1')).toHaveText(['']);
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type('כתבה קצרה');
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.press('Control+Shift+l');
  const recent = page.getByRole('navigation', { name: 'כתבות אחרונות' });
  await expect(recent.getByRole('button')).toHaveText(['כתבה קצרה', 'כתבה ארוכה']);
  await recent.getByRole('button', { name: 'כתבה ארוכה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('h1')).toHaveText('כתבה ארוכה');
});

test('the article panel gathers counts, proofing, pictures, details and versions, by keyboard alone', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor).toBeFocused();
  for (const line of ['כותרת', 'משנה', 'נועה לוי']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('שלוש מילים כאן');

  const panel = page.getByRole('complementary', { name: 'חלונית הכתבה' });
  await expect(panel).toBeVisible();
  // Counts and proofing sit above the tabs; pictures is the first tab.
  await expect(panel.getByTestId('word-count')).toHaveAttribute('data-words', '3');
  await expect(panel.getByRole('region', { name: 'הגהה' })).toContainText('אין הערות הקלדה');
  await expect(panel.getByRole('tab', { name: 'תמונות' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('region', { name: 'תמונות בכתבה' })).toBeVisible();

  // The palette reaches a tab by name and puts the focus on it; arrows move between tabs,
  // mirrored in Hebrew (left is the next tab).
  await page.keyboard.press('Control+k');
  await page.keyboard.type('חלונית הכתבה: פרטים');
  await page.keyboard.press('Enter');
  const details = panel.getByRole('tab', { name: 'פרטים' });
  await expect(details).toBeFocused();
  await expect(panel.getByLabel('סטטוס')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('tab', { name: 'גרסאות' })).toBeFocused();
  await expect(panel.getByRole('tabpanel')).not.toContainText('שמירה ידנית');
  await page.keyboard.press('ArrowRight');
  await expect(details).toHaveAttribute('aria-selected', 'true');

  // Ctrl+S keeps a version, and the versions tab lists it.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('repo-notice')).toHaveText('נשמרה גרסה');
  await panel.getByRole('tab', { name: 'גרסאות' }).click();
  await expect(panel.getByRole('tabpanel').locator('li', { hasText: 'שמירה ידנית' })).toHaveCount(1);

  // Ctrl+. hides the panel; the counts move to the header, so they are always in sight.
  await page.keyboard.press('Control+.');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('word-count')).toBeVisible();
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-words', '3');
  await page.keyboard.press('Control+.');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('word-count')).toBeVisible();
});

test('the saving policy is chosen in settings, kept across a restart, and refused when out of bounds', async ({ app }) => {
  let page = app.page;
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'הגדרות' }).click();
  const every = page.getByLabel('גרסה בזמן עבודה כל');
  await expect(every).toHaveValue('5');
  await every.selectOption({ label: '10 דקות' });
  await page.getByLabel('שמירת הגרסאות היומיות למשך').selectOption({ label: '90 ימים' });
  await page.getByLabel('שמירה אוטומטית אחרי הפסקה של').selectOption({ label: 'שנייה' });
  page = await app.restart();
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'הגדרות' }).click();
  await expect(page.getByLabel('גרסה בזמן עבודה כל')).toHaveValue('10');
  await expect(page.getByLabel('שמירת הגרסאות היומיות למשך')).toHaveValue('90');
  await expect(page.getByLabel('שמירה אוטומטית אחרי הפסקה של')).toHaveValue('1000');
  // A call from the window that would break the one-second promise is refused, in Hebrew.
  const refused = await page.evaluate(async () => {
    const api = (window as unknown as { ktav: { settings: { set(a: object): Promise<{ ok: boolean; error?: { message: string } }> } } }).ktav;
    return api.settings.set({ saving: { autosaveIdleMs: 10_000, versionEveryMinutes: 5, keepDailyDays: 0 } });
  });
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toMatch(/^הבקשה נדחתה/);
});

test('settings lists the credit templates: applied on import or not, and deleted', async ({ app }) => {
  let page = app.page;
  // A template as the credit panel saves it.
  const saved = await page.evaluate(async () => {
    const api = (window as unknown as { ktav: { media: { saveTemplate(a: object): Promise<{ ok: boolean }> } } }).ktav;
    return api.media.saveTemplate({ template: { name: 'רויטרס', fields: { creditLine: 'רויטרס', source: 'Reuters' }, modes: {}, onImport: false } });
  });
  expect(saved.ok).toBe(true);
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'הגדרות' }).click();
  const onImport = page.getByRole('checkbox', { name: 'החלה על כל תמונה מיובאת: רויטרס' });
  await expect(onImport).not.toBeChecked();
  await expect(page.locator('[data-template="רויטרס"]')).toContainText('קרדיט צילום');
  await onImport.check();
  page = await app.restart(); // kept in the repository
  await page.getByRole('navigation', { name: 'ניווט ראשי' }).getByRole('button', { name: 'הגדרות' }).click();
  await expect(page.getByRole('checkbox', { name: 'החלה על כל תמונה מיובאת: רויטרס' })).toBeChecked();
  await page.getByRole('button', { name: 'מחיקה: רויטרס' }).click();
  await expect(page.getByText('אין עדיין תבניות שמורות.')).toBeVisible();
  const left = await page.evaluate(async () => {
    const api = (window as unknown as { ktav: { media: { templates(a: object): Promise<{ ok: boolean; value: unknown[] }> } } }).ktav;
    return (await api.media.templates({})).value.length;
  });
  expect(left).toBe(0);
});
