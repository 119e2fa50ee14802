// Word jumps (Ctrl+Left and Ctrl+Right) as in a Hebrew word processor: they follow the direction
// of the paragraph the caret is in, not the editor's. In a right-to-left paragraph Ctrl+Left goes
// to the next word in reading order (English words in it included) and Ctrl+Right to the previous
// one; in a left-to-right paragraph the other way round. At a paragraph's edge they go on into the
// next paragraph with text, over a horizontal rule without selecting it.
//
// Where in a word the caret stops is the platform's convention (Linux: the end of the next word,
// Windows: the start of the one after), so the tests check which word each jump crosses.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

/** The words between two offsets of a text. */
function wordsBetween(text: string, a: number, b: number): string[] {
  return text
    .slice(Math.min(a, b), Math.max(a, b))
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * Presses `key` once per expected word, checking that each press crosses exactly that word of
 * `text` (the paragraph the caret stays in), and returns the final offset.
 */
async function jumpOver(ed: EditorPage, key: string, text: string, expected: string[]): Promise<number> {
  let at = (await ed.caret()).offset;
  for (const word of expected) {
    await ed.page.keyboard.press(key);
    const now = await ed.caret();
    expect(now.block, `${key} left the paragraph before "${word}"`).toBe(text);
    expect(wordsBetween(text, at, now.offset), `${key} from ${at} to ${now.offset}`).toEqual([word]);
    at = now.offset;
  }
  return at;
}

/** Puts the caret at the start of paragraph `n`, and waits until the editor has it there. */
async function startOf(ed: EditorPage, n: number, text: string): Promise<void> {
  await ed.paragraphs.nth(n).click();
  await ed.page.keyboard.press('Home');
  await expect.poll(() => ed.caret()).toEqual({ block: text, offset: 0 });
  // The editor takes the browser's selection on `selectionchange`: let it, before the next key.
  await ed.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Puts the caret at the end of the paragraph with `text`, and waits until the editor has it there. */
async function endOf(ed: EditorPage, text: string): Promise<void> {
  await ed.paragraphs.filter({ hasText: text }).click();
  await ed.page.keyboard.press('End');
  await expect.poll(() => ed.caret()).toEqual({ block: text, offset: text.length });
  // The editor takes the browser's selection on `selectionchange`: let it, before the next key.
  await ed.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function setLtrByHand(ed: EditorPage): Promise<void> {
  const kb = ed.page.keyboard;
  await kb.down('Control');
  await kb.down('ShiftLeft');
  await kb.up('ShiftLeft');
  await kb.up('Control');
}

test('in a right-to-left paragraph Ctrl+Left goes to the next word and Ctrl+Right to the previous, English words included', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const hebrew = 'העירייה פתחה היום פארק חדש';
  const mixed = 'חברת Green Cities Design זכתה ב־2024 במכרז';
  await ed.type(hebrew);
  await page.keyboard.press('Enter');
  await ed.type(mixed);
  await expect(ed.paragraphs.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(ed.paragraphs.nth(1)).toHaveAttribute('dir', 'rtl');

  await startOf(ed, 0, hebrew);
  expect(await jumpOver(ed, 'Control+ArrowLeft', hebrew, ['העירייה', 'פתחה', 'היום', 'פארק', 'חדש'])).toBe(hebrew.length);
  expect(await jumpOver(ed, 'Control+ArrowRight', hebrew, ['חדש', 'פארק', 'היום', 'פתחה', 'העירייה'])).toBe(0);

  // The English name inside is crossed word by word in the Hebrew reading order, not reversed.
  await startOf(ed, 1, mixed);
  await jumpOver(ed, 'Control+ArrowLeft', mixed, ['חברת', 'Green', 'Cities', 'Design', 'זכתה']);
  await page.keyboard.press('End');
  await jumpOver(ed, 'Control+ArrowRight', mixed, ['במכרז']);
  await jumpOver(ed, 'Control+ArrowRight', mixed, ['2024']);

  // Shift extends the selection by words in the same direction.
  await startOf(ed, 0, hebrew);
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  expect((await page.evaluate(() => getSelection()!.toString())).trim()).toBe('העירייה פתחה');
});

test('in a left-to-right paragraph, typed in English or set by hand, Ctrl+Right goes to the next word', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const english = 'The city opened a new park';
  const mixed = 'Mayor אבי כהן opened it';
  await ed.type(english);
  await page.keyboard.press('Enter');
  await ed.type(mixed);
  await setLtrByHand(ed);
  await expect(ed.paragraphs.nth(0)).toHaveAttribute('dir', 'ltr');
  await expect(ed.paragraphs.nth(1)).toHaveAttribute('dir', 'ltr');

  await startOf(ed, 0, english);
  expect(await jumpOver(ed, 'Control+ArrowRight', english, ['The', 'city', 'opened', 'a', 'new', 'park'])).toBe(english.length);
  expect(await jumpOver(ed, 'Control+ArrowLeft', english, ['park', 'new', 'a', 'opened', 'city', 'The'])).toBe(0);

  // The Hebrew name inside is crossed in the English reading order.
  await startOf(ed, 1, mixed);
  expect(await jumpOver(ed, 'Control+ArrowRight', mixed, ['Mayor', 'אבי', 'כהן', 'opened', 'it'])).toBe(mixed.length);
  expect(await jumpOver(ed, 'Control+ArrowLeft', mixed, ['it', 'opened', 'כהן', 'אבי', 'Mayor'])).toBe(0);
});

test('at the edge of a paragraph a word jump goes on to the next paragraph, over a rule without selecting it', async ({ app }) => {
  const page = app.page;
  const para = (text: string) => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
  const doc = {
    type: 'doc',
    content: [
      { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'כתבה עם קו מפריד' }] },
      { type: 'subheadline', attrs: { dir: 'auto' } },
      { type: 'byline', attrs: { dir: 'auto' } },
      para('לפני הקו'),
      { type: 'horizontal_rule' },
      para('אחרי הקו'),
      para('English after'),
    ],
  };
  const ed = await EditorPage.openSaved(page, doc, 'כתבה עם קו מפריד');

  // Forward (Ctrl+Left in Hebrew) from the end of the paragraph above the rule: the start of the one below.
  await endOf(ed, 'לפני הקו');
  await page.keyboard.press('Control+ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'אחרי הקו', offset: 0 });
  // Back (Ctrl+Right): the end of the paragraph above.
  await page.keyboard.press('Control+ArrowRight');
  expect(await ed.caret()).toEqual({ block: 'לפני הקו', offset: 8 });
  // What is typed there goes into the text; the rule stays.
  await ed.type('!');
  await expect(ed.paragraphs.filter({ hasText: 'לפני הקו!' })).toHaveCount(1);
  await expect(ed.editor.locator('hr')).toHaveCount(1);

  // From a Hebrew paragraph into an English one and back: each paragraph's own direction decides.
  await endOf(ed, 'אחרי הקו');
  await page.keyboard.press('Control+ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'English after', offset: 0 });
  await page.keyboard.press('Control+ArrowLeft');
  expect(await ed.caret()).toEqual({ block: 'אחרי הקו', offset: 8 });
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('Control+ArrowRight');
  const after = await ed.caret();
  expect(after.block).toBe('English after');
  expect(wordsBetween('English after', 0, after.offset)).toEqual(['English']);
});

test('a word jump that arrives before the editor has read a moved caret starts from where the caret is', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('פסקה ראשונה');
  await page.keyboard.press('Enter');
  await ed.type('פסקה שנייה');
  await endOf(ed, 'פסקה ראשונה');
  // In one task, as Chromium may order them: the browser's caret moves to the start of the
  // paragraph (Home does this natively) and Ctrl+Left, forward in Hebrew, arrives before the
  // `selectionchange` that tells the editor. From the end, Ktav would go on to the next paragraph.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('.ProseMirror p')].find((e) => e.textContent === 'פסקה ראשונה')!;
    getSelection()!.collapse(p.firstChild, 0);
    const key = { key: 'ArrowLeft', code: 'ArrowLeft', ctrlKey: true, bubbles: true, cancelable: true };
    p.closest('.ProseMirror')!.dispatchEvent(new KeyboardEvent('keydown', key));
  });
  // The caret was at the start, not at the edge the jump leaves by: it stays in the paragraph.
  expect(await ed.caret()).toEqual({ block: 'פסקה ראשונה', offset: 0 });
});
