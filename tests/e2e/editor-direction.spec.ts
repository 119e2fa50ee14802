// Direction in the editor: detected per block from its strong characters, set by hand with
// Ctrl+Shift or the toolbar (and then never overridden), carried into the next paragraph,
// bullets on each item's start side, and opposite-direction phrases isolated.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';
import { charCentres, expectCountOutside, expectLtrPhrase } from './visualOrder.js';

test('a block follows its text: Hebrew opening with English stays RTL, all-Latin turns LTR, empty is RTL', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  const p = ed.paragraphs;
  await expect(p.first()).toHaveAttribute('dir', 'rtl'); // empty: the base direction
  await ed.type('Google הודיעה היום על מוצר חדש');
  await expect(p.first()).toHaveAttribute('dir', 'rtl');
  await app.page.keyboard.press('Enter');
  await expect(p.nth(1)).toHaveAttribute('dir', 'rtl');
  await ed.type('The technology is ready.');
  await expect(p.nth(1)).toHaveAttribute('dir', 'ltr');
  await app.page.keyboard.press('Enter');
  await ed.type('2024 הייתה שנה טובה');
  await expect(p.nth(2)).toHaveAttribute('dir', 'rtl');
});

test('Ctrl+Left Shift sets LTR by hand, it sticks while typing Hebrew, carries to the next paragraph, and Ctrl+Right Shift sets RTL', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const p = ed.paragraphs;
  await ed.type('שלום');
  await page.keyboard.down('Control');
  await page.keyboard.down('ShiftLeft');
  await page.keyboard.up('ShiftLeft');
  await page.keyboard.up('Control');
  await expect(p.first()).toHaveAttribute('dir', 'ltr');
  await ed.type(' עוד טקסט בעברית');
  await expect(p.first()).toHaveAttribute('dir', 'ltr'); // detection never overrides a hand-set direction
  await page.keyboard.press('Enter');
  await ed.type('פסקה חדשה');
  await expect(p.nth(1)).toHaveAttribute('dir', 'ltr'); // carried, as in Word
  await page.keyboard.down('Control');
  await page.keyboard.down('ShiftRight');
  await page.keyboard.up('ShiftRight');
  await page.keyboard.up('Control');
  await expect(p.nth(1)).toHaveAttribute('dir', 'rtl');
  await expect(ed.tool('מימין לשמאל')).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+Shift with another key is a shortcut, not a direction change.
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(p.nth(1)).toHaveAttribute('dir', 'rtl');

  await ed.waitSaved();
  const html = await ed.exportHtml();
  // The paragraph keeps its hand-set direction; a Hebrew run with nothing after it needs no isolate.
  expect(html).toContain('<p dir="ltr">שלום עוד טקסט בעברית</p>');
  expect(html).toContain('<p>פסקה חדשה</p>');
});

test('the toolbar sets a direction and hands it back to detection', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type('Hello world');
  await expect(ed.paragraphs.first()).toHaveAttribute('dir', 'ltr');
  await ed.tool('מימין לשמאל').click();
  await expect(ed.paragraphs.first()).toHaveAttribute('dir', 'rtl');
  await ed.tool('כיוון אוטומטי').click();
  await expect(ed.paragraphs.first()).toHaveAttribute('dir', 'ltr');
});

test('each list item takes its own direction, so its bullet sits on its start side', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.tool('רשימת תבליטים').click();
  await ed.type('מתקני כושר');
  await page.keyboard.press('Enter');
  await ed.type('Green Cities Design');
  const items = ed.editor.locator('li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(items.nth(1)).toHaveAttribute('dir', 'ltr');
  // The item is indented (and its marker drawn) on its own start side: right for RTL, left for LTR.
  const gaps = async (i: number) =>
    items.nth(i).evaluate((li) => {
      const box = li.getBoundingClientRect();
      const frame = li.closest('.ProseMirror')!.getBoundingClientRect();
      return { right: frame.right - box.right, left: box.left - frame.left, direction: getComputedStyle(li).direction };
    });
  const rtl = await gaps(0);
  const ltr = await gaps(1);
  expect(rtl).toMatchObject({ direction: 'rtl' });
  expect(rtl.right).toBeGreaterThan(10);
  expect(rtl.left).toBeLessThan(2);
  expect(ltr).toMatchObject({ direction: 'ltr' });
  expect(ltr.left).toBeGreaterThan(10);
  expect(ltr.right).toBeLessThan(2);
});

test('opposite-direction phrases are isolated in the editor and in the export', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type('התוכנה נכתבה ב־C++, ופורסמה באתר https://example.com/a. ראו גם Green Cities Design (2024) ו־Agrosense בישראל.');
  // A name the bidi algorithm places right on its own (Agrosense, between Hebrew words) needs none.
  const isolates = ed.paragraphs.first().locator('bdi[dir="ltr"]');
  await expect(isolates).toHaveText(['C++', 'https://example.com/a', 'Green Cities Design']);
  await ed.waitSaved();
  const html = await ed.exportHtml();
  expect(html).toContain('<bdi dir="ltr">C++</bdi>,');
  expect(html).toContain('<bdi dir="ltr">https://example.com/a</bdi>.');
  expect(html).toContain('<bdi dir="ltr">Green Cities Design</bdi> (2024) ו־Agrosense בישראל.');
});

test('a signed number and a number after a prefixed Latin phrase read right, typed in the editor', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const phones = 'חייגו +972-3-555-1234 או +1 (555) 010-9999 בכל שעה';
  const minus = 'בלילה נמדדו -5 מעלות';
  const team = 'הוא שיחק ב־Real Madrid 3 עונות';
  const model = 'הדגם החדש iPhone 15 יימכר';
  for (const [i, line] of [phones, minus, team, model].entries()) {
    if (i) await page.keyboard.press('Enter');
    await ed.type(line);
  }
  const p = ed.paragraphs;
  await expect(p.nth(0).locator('bdi[dir="ltr"]')).toHaveText(['+972-3-555-1234', '+1 (555) 010-9999']);
  await expect(p.nth(1).locator('bdi[dir="ltr"]')).toHaveText(['-5']);
  await expect(p.nth(2).locator('bdi[dir="ltr"]')).toHaveText(['Real Madrid']);
  await expect(p.nth(3).locator('bdi')).toHaveCount(0);
  await expect(p.nth(3)).toHaveText(model);

  // What the reader sees, from where the characters are drawn.
  let xs = await charCentres(page, phones);
  expectLtrPhrase(phones, xs, '+972-3-555-1234', { before: 'חייגו', after: 'או' });
  expectLtrPhrase(phones, xs, '+1 (555) 010-9999', { before: 'או', after: 'בכל' });
  xs = await charCentres(page, minus);
  expectLtrPhrase(minus, xs, '-5', { before: 'נמדדו', after: 'מעלות' });
  xs = await charCentres(page, team);
  expectLtrPhrase(team, xs, 'Real Madrid');
  expectCountOutside(team, xs, 'Real Madrid', '3', 'עונות');
  xs = await charCentres(page, model);
  expectLtrPhrase(model, xs, 'iPhone 15', { before: 'החדש', after: 'יימכר' });

  await ed.waitSaved();
  const html = await ed.exportHtml();
  expect(html).toContain('חייגו <bdi dir="ltr">+972-3-555-1234</bdi> או <bdi dir="ltr">+1 (555) 010-9999</bdi> בכל שעה');
  expect(html).toContain('ב־<bdi dir="ltr">Real Madrid</bdi> 3 עונות');
});

test('a phrase marked by hand keeps its direction span and exports as bdi', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('שלום');
  await page.keyboard.press('Shift+Home');
  // The editor has read the new selection once the toolbar offers the span for it.
  await expect(ed.tool('קטע בכיוון הפוך')).toBeEnabled();
  await page.keyboard.press('Control+Alt+KeyD');
  await page.keyboard.press('End');
  await ed.type(' הוא השם');
  await expect(ed.paragraphs.first().locator('bdi[dir="ltr"][lang="en"]')).toHaveText('שלום');
  await ed.waitSaved();
  expect(await ed.exportHtml()).toContain('<p><bdi dir="ltr" lang="en">שלום</bdi> הוא השם</p>');
});
