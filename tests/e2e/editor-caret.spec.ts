// Arrow keys follow the paragraph's own direction: across block boundaries in RTL and LTR
// paragraphs, visually through mixed text and marks, and into and out of a figure's caption.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

async function press(ed: EditorPage, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await ed.page.keyboard.press(key);
}

test('in right-to-left paragraphs ArrowLeft goes forward into the next paragraph and ArrowRight back', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type('שלום');
  await press(ed, 'Enter');
  await ed.type('עולם');
  await press(ed, 'ArrowRight', 4);
  expect(await ed.caret()).toEqual({ block: 'עולם', offset: 0 });
  await press(ed, 'ArrowRight');
  expect(await ed.caret()).toEqual({ block: 'שלום', offset: 4 });
  await press(ed, 'ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'עולם', offset: 0 });
  await press(ed, 'End');
  expect(await ed.caret()).toEqual({ block: 'עולם', offset: 4 });
  await press(ed, 'Home');
  expect(await ed.caret()).toEqual({ block: 'עולם', offset: 0 });
});

test('in left-to-right paragraphs of a Hebrew article ArrowRight goes forward and ArrowLeft back', async ({ app }) => {
  const ed = await EditorPage.newArticle(app.page);
  await ed.type('Hello');
  await press(ed, 'Enter');
  await ed.type('World');
  await expect(ed.paragraphs.nth(1)).toHaveAttribute('dir', 'ltr');
  await press(ed, 'ArrowLeft', 5);
  expect(await ed.caret()).toEqual({ block: 'World', offset: 0 });
  await press(ed, 'ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'Hello', offset: 5 });
  await press(ed, 'ArrowRight');
  expect(await ed.caret()).toEqual({ block: 'World', offset: 0 });
  // Shift extends the selection across the boundary the same way: it holds only the paragraph break.
  await press(ed, 'Shift+ArrowLeft');
  expect(await app.page.evaluate(() => getSelection()!.toString())).toMatch(/^\n+$/);
  expect(await ed.caret()).toEqual({ block: 'Hello', offset: 5 });
});

test('in a mixed paragraph with marks the caret moves visually and never sticks', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('אבג ');
  await page.keyboard.press('Control+b');
  await ed.type('דהו');
  await page.keyboard.press('Control+b');
  await ed.type(' Google ו־C++ זחט');
  const text = 'אבג דהו Google ו־C++ זחט';
  await expect(ed.paragraphs.first()).toHaveText(text);
  // From the logical end (visually the leftmost point of an RTL line), ArrowRight walks to the
  // logical start: every offset is visited and the caret never stays put.
  const seen = new Set<number>();
  let last = (await ed.caret()).offset;
  seen.add(last);
  for (let i = 0; i < text.length + 4 && last !== 0; i++) {
    await press(ed, 'ArrowRight');
    const now = (await ed.caret()).offset;
    expect(now, `stuck at ${last}`).not.toBe(last);
    seen.add(now);
    last = now;
  }
  expect(last).toBe(0);
  expect(seen.size).toBe(text.length + 1);
});

test('arrows move into a figure caption and out of it on the side the paragraph direction says', async ({ app }) => {
  const page = app.page;
  const doc = {
    type: 'doc',
    content: [
      { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כתבה עם תמונה' }] },
      { type: 'subheadline', attrs: { dir: 'auto' } },
      { type: 'byline', attrs: { dir: 'auto' } },
      { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'לפני' }] },
      { type: 'figure', attrs: { imageId: 'img1' }, content: [{ type: 'figcaption', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כיתוב' }] }] },
      { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'אחרי' }] },
    ],
  };
  const ed = await EditorPage.openSaved(page, doc, 'כתבה עם תמונה');
  await ed.paragraphs.filter({ hasText: 'לפני' }).click();
  await press(ed, 'End');
  expect(await ed.caret()).toEqual({ block: 'לפני', offset: 4 });
  await press(ed, 'ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'כיתוב', offset: 0 });
  await press(ed, 'ArrowLeft', 5);
  expect(await ed.caret()).toEqual({ block: 'כיתוב', offset: 5 });
  await press(ed, 'ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'אחרי', offset: 0 });
  await press(ed, 'ArrowRight');
  expect(await ed.caret()).toEqual({ block: 'כיתוב', offset: 5 });
});
