// "Show invisible characters" (Ctrl+Shift+I or the toolbar): bidi controls, non-breaking spaces
// and paragraph ends get markers on screen, and nothing of them reaches the saved document or
// the export.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import type { Locator } from '@playwright/test';

// A price with non-breaking spaces, an RLM after a Latin name, an LRM, and an isolate (RLI…PDI).
const FIRST = 'המחיר: 100\u00A0ש״ח, אמרה Google\u200F. גרסה 2.0\u200E!';
const SECOND = 'פסקה שנייה \u2067עם בידוד\u2069 כאן';

const generated = (el: Locator, pseudo: '::before' | '::after') => el.evaluate((node, p) => getComputedStyle(node, p).content, pseudo);

test('invisible characters show as markers while the option is on, and never reach the document or the export', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type(FIRST);
  await page.keyboard.press('Enter');
  await ed.type(SECOND);
  const first = ed.paragraphs.nth(0);
  const second = ed.paragraphs.nth(1);
  await expect(first).toHaveText(FIRST);
  await expect(second).toHaveText(SECOND);
  const markers = ed.editor.locator('.ktav-invisible');
  const toggle = ed.tool('הצגת תווים נסתרים');

  // Off by default: no markers, no paragraph marks.
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(markers).toHaveCount(0);
  expect(await generated(first, '::after')).toBe('none');

  await page.keyboard.press('Control+Shift+KeyI');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(ed.editor).toHaveClass(/ktav-show-invisibles/);
  await expect(markers).toHaveCount(5);
  expect(await markers.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.name))).toEqual(['NBSP', 'RLM', 'LRM', 'RLI', 'PDI']);
  // Each marker is the character itself, drawn with its name above it.
  expect(await markers.evaluateAll((els) => els.map((el) => el.textContent))).toEqual(['\u00A0', '\u200F', '\u200E', '\u2067', '\u2069']);
  expect(await generated(markers.first(), '::before')).not.toBe('none');
  for (const p of [first, second, ed.editor.locator('h1.ktav-headline')]) expect(await generated(p, '::after')).toBe('"¶"');
  // The text itself is unchanged: the names and ¶ are drawn, not typed.
  await expect(first).toHaveText(FIRST);

  // A character typed while they are shown gets its marker at once.
  await ed.type('\u00A0סוף');
  await expect(markers).toHaveCount(6);
  await expect(markers.last()).toHaveAttribute('data-name', 'NBSP');

  // Shown or not is a view of the text, not an edit: nothing of it is saved or exported.
  await ed.waitSaved();
  const saved = JSON.stringify(await ed.savedDoc());
  expect(saved).toContain(JSON.stringify(FIRST).slice(1, -1));
  expect(saved).toContain(JSON.stringify(`${SECOND}\u00A0סוף`).slice(1, -1));
  for (const leak of ['¶', 'NBSP', 'RLM', 'ktav-invisible']) expect(saved).not.toContain(leak);
  const html = await ed.exportHtml();
  for (const leak of ['¶', 'NBSP', 'RLM', 'LRM', 'ktav-invisible', 'data-name', 'ktav-show-invisibles']) expect(html).not.toContain(leak);
  expect(html).toContain('\u200F');
  expect(html).toContain('Google');

  // Off again from the toolbar: every marker and paragraph mark goes.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(markers).toHaveCount(0);
  expect(await generated(first, '::after')).toBe('none');
  await expect(second).toHaveText(`${SECOND}\u00A0סוף`);
  // Nor is it an undo step: undo takes back the last typing and leaves the option off.
  await page.keyboard.press('Control+z');
  await expect(ed.editor).not.toContainText('סוף');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(markers).toHaveCount(0);
});
