// A pull quote's attribution (מקור הציטוט): typed in a field that Ctrl+Alt+A, the toolbar or the
// palette opens while the caret is in the quote, shown under the quote, undone in one step and
// exported as the quote's footer.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

const QUOTE = 'חיכינו לפארק יותר מעשור';

async function pullQuote(ed: EditorPage) {
  await ed.type('הפארק נפתח היום.');
  await ed.page.keyboard.press('Enter');
  await ed.type(QUOTE);
  await ed.page.keyboard.press('Control+Alt+KeyP');
  const quote = ed.editor.locator('aside.ktav-pull-quote');
  await expect(quote).toHaveText(QUOTE);
  return quote;
}

/**
 * What the editor shows under the quote: its ::after, drawn from data-attribution, or, when the
 * attribution has a misspelled word, the spelling widget that draws it instead (its pieces' text in CSS).
 */
const shownAttribution = (quote: import('@playwright/test').Locator) =>
  quote.evaluate((el) => {
    const widget = el.querySelector('.ktav-attribution-shown');
    if (!widget) return getComputedStyle(el, '::after').content;
    return [...widget.querySelectorAll<HTMLElement>('[data-text]')].map((s) => s.dataset.text).join('');
  });

test('Ctrl+Alt+A sets the attribution of the pull quote in one undoable step, and the export carries it', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const quote = await pullQuote(ed);
  const field = page.getByRole('textbox', { name: 'מקור הציטוט' });
  await expect(ed.tool('מקור הציטוט')).toBeEnabled();
  await expect(field).toBeHidden();

  await page.keyboard.press('Control+Alt+KeyA');
  await expect(field).toBeFocused();
  await page.keyboard.type('רונית אברהם, תושבת השכונה');
  await page.keyboard.press('Enter');
  await expect(field).toBeHidden();
  await expect(ed.editor).toBeFocused();
  await expect(quote).toHaveAttribute('data-attribution', 'רונית אברהם, תושבת השכונה');
  expect(await shownAttribution(quote)).toContain('רונית אברהם, תושבת השכונה');
  // The attribution is not the quote's text: the caret is back where it was, at the quote's end.
  await expect(quote).toHaveText(QUOTE);
  await ed.type('!');
  await expect(quote).toHaveText(`${QUOTE}!`);

  // Undo takes back the typing, then the attribution on its own; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(quote).toHaveText(QUOTE);
  await expect(quote).toHaveAttribute('data-attribution', 'רונית אברהם, תושבת השכונה');
  await page.keyboard.press('Control+z');
  await expect(quote).toHaveAttribute('data-attribution', '');
  await expect(quote).toHaveText(QUOTE);
  expect(await shownAttribution(quote)).toBe('none');
  await page.keyboard.press('Control+y');
  await expect(quote).toHaveAttribute('data-attribution', 'רונית אברהם, תושבת השכונה');

  await ed.waitSaved();
  const html = await ed.exportHtml();
  expect(html).toContain(`<aside class="pull-quote"><blockquote><p>${QUOTE}</p></blockquote><footer>רונית אברהם, תושבת השכונה</footer></aside>`);
});

test('the field opens with the attribution to edit; Escape leaves it; outside a pull quote there is none', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const quote = await pullQuote(ed);
  const field = page.getByRole('textbox', { name: 'מקור הציטוט' });

  // From the toolbar.
  await ed.tool('מקור הציטוט').click();
  await expect(field).toBeFocused();
  await page.keyboard.type('רויטרס');
  await page.keyboard.press('Enter');
  await expect(quote).toHaveAttribute('data-attribution', 'רויטרס');

  // Opened again, it holds the attribution, selected: typing replaces it.
  await page.keyboard.press('Control+Alt+KeyA');
  await expect(field).toHaveValue('רויטרס');
  await expect(field).toBeFocused();
  await page.keyboard.type('Reuters.');
  await page.keyboard.press('Enter');
  await expect(quote).toHaveAttribute('data-attribution', 'Reuters.');

  // Escape changes nothing. (Each time, keys wait for the field: until it has the focus they go to the text.)
  await page.keyboard.press('Control+Alt+KeyA');
  await expect(field).toBeFocused();
  await page.keyboard.type('טעות');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(ed.editor).toBeFocused();
  await expect(quote).toHaveAttribute('data-attribution', 'Reuters.');

  // An emptied field removes it.
  await page.keyboard.press('Control+Alt+KeyA');
  await expect(field).toHaveValue('Reuters.');
  await expect(field).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(quote).toHaveAttribute('data-attribution', '');

  // In the paragraph above, the button is off and the shortcut opens nothing.
  await ed.paragraphs.filter({ hasText: 'הפארק נפתח היום.' }).click();
  await expect(ed.tool('מקור הציטוט')).toBeDisabled();
  await page.keyboard.press('Control+Alt+KeyA');
  await expect(field).toBeHidden();
  await expect(ed.editor).toBeFocused();
});

test('the palette and the shortcuts sheet know the attribution', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  const quote = await pullQuote(ed);

  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'קיצורי מקלדת' });
  await expect(sheet.getByRole('row', { name: /מקור הציטוט/ })).toContainText('Ctrl+Alt+A');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('Control+Shift+p');
  const palette = page.getByRole('dialog', { name: 'לוח פקודות' });
  await page.keyboard.type('attribution');
  await expect(palette.getByRole('option', { selected: true })).toContainText('מקור הציטוט');
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'מקור הציטוט' });
  await expect(field).toBeFocused();
  await page.keyboard.type('דובר העירייה');
  await page.keyboard.press('Enter');
  await expect(quote).toHaveAttribute('data-attribution', 'דובר העירייה');
});
