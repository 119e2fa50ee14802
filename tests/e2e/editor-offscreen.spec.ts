// Blocks out of sight are skipped by Chromium (content-visibility), which keeps typing in a long
// article as fast as in a short one. The caret's block must never be skipped: a letter typed
// into a paragraph Enter has just made landed at the end while Chromium had not drawn it yet.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import type { DocJSON } from '../../shared/editor/document.js';

const para = (text: string): DocJSON => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });

test('in a long article blocks out of sight are skipped, the caret’s block never, and typing after Enter stays in order', async ({ app }) => {
  test.slow();
  const page = app.page;
  const body = Array.from({ length: 300 }, (_, i) => para(`פסקה ${i + 1}: חברת Google הודיעה היום על מוצר חדש בישראל, ומחירו כ־40 דולר.`));
  const doc: DocJSON = {
    type: 'doc',
    content: [
      { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כתבה ארוכה' }] },
      { type: 'subheadline', attrs: { dir: 'auto' } },
      { type: 'byline', attrs: { dir: 'auto' } },
      ...body,
    ],
  };
  // Chromium says when it starts or stops skipping a block's content: keep the last word per paragraph.
  await page.addInitScript(() => {
    const skipped: Record<string, boolean> = {};
    (window as unknown as { __skipped: Record<string, boolean> }).__skipped = skipped;
    document.addEventListener(
      'contentvisibilityautostatechange',
      (e) => {
        const name = /^פסקה \d+:/.exec((e.target as Element).textContent ?? '')?.[0];
        if (name) skipped[name] = (e as Event & { skipped: boolean }).skipped;
      },
      true,
    );
  });
  const ed = await EditorPage.openSaved(page, doc, 'כתבה ארוכה');
  await expect(ed.paragraphs).toHaveCount(300);
  const drawn = (name: string) => page.evaluate((n) => !(window as unknown as { __skipped: Record<string, boolean> }).__skipped[n], name);

  // Chromium skips what is out of sight: the last paragraph is not drawn, the first is.
  await expect.poll(() => drawn('פסקה 300:')).toBe(false);
  expect(await drawn('פסקה 1:')).toBe(true);

  // The caret goes to the end of the article (Ctrl+End, which Chromium alone would put at the
  // start of a last paragraph it has not laid out): that block is marked and always drawn.
  await ed.paragraphs.filter({ hasText: 'פסקה 1:' }).click();
  await page.keyboard.press('Control+End');
  const last = ed.paragraphs.filter({ hasText: 'פסקה 300:' });
  await expect(last).toHaveAttribute('data-caret', '');
  expect(await last.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
  expect(await ed.paragraphs.filter({ hasText: 'פסקה 299:' }).evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
  expect(await ed.caret()).toEqual({ block: 'פסקה 300: חברת Google הודיעה היום על מוצר חדש בישראל, ומחירו כ־40 דולר.', offset: 71 });
  // Ctrl+Home goes back to the headline's start, Shift+Ctrl+End selects everything from there.
  await page.keyboard.press('Control+Home');
  expect(await ed.caret()).toEqual({ block: 'כתבה ארוכה', offset: 0 });
  await page.keyboard.press('Control+Shift+End');
  expect(await page.evaluate(() => getSelection()!.toString().length)).toBeGreaterThan(300 * 60);
  await page.keyboard.press('Control+End');

  // New paragraphs made by Enter take every letter in order, typed at full speed.
  for (const line of ['שורה ראשונה', 'שורה שנייה', 'Third line', 'שורה רביעית']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await expect(ed.paragraphs.nth(300)).toHaveText('שורה ראשונה');
  await expect(ed.paragraphs.nth(301)).toHaveText('שורה שנייה');
  await expect(ed.paragraphs.nth(302)).toHaveText('Third line');
  await expect(ed.paragraphs.nth(303)).toHaveText('שורה רביעית');
  // Only the caret's block carries the mark.
  await expect(ed.editor.locator('[data-caret]')).toHaveCount(1);
  await expect(ed.paragraphs.nth(303)).toHaveAttribute('data-caret', '');

  await ed.waitSaved();
  const saved = JSON.stringify(await ed.savedDoc());
  expect(saved).toContain('שורה רביעית');
  expect(saved).not.toContain('data-caret'); // the mark is the view's, never the document's
});
