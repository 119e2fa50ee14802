// Links (Ctrl+K with text selected): addresses that could run code or smuggle content
// (javascript:, data:, vbscript:, and anything but http(s) and mailto) are refused with a Hebrew
// message and leave the document as it was; https:// and mailto: links are made and exported.
import { test, expect } from './fixtures.js';
import { EditorPage } from './editorPage.js';

const REFUSED = 'אפשר לקשר רק לכתובת שמתחילה ב־https://‏, http://‏ או mailto:‏.';

async function selectParagraph(ed: EditorPage, text: string): Promise<void> {
  await ed.paragraphs.filter({ hasText: text }).click();
  await ed.page.keyboard.press('End');
  await ed.page.keyboard.press('Shift+Home');
  // The toolbar offers what needs a selection once the editor has it.
  await expect(ed.tool('קטע בכיוון הפוך')).toBeEnabled();
}

test('unsafe link addresses are refused with a message and change nothing; https and mailto are linked', async ({ app }) => {
  const page = app.page;
  const ed = await EditorPage.newArticle(page);
  await ed.type('פרטים באתר העירייה');
  await page.keyboard.press('Enter');
  await ed.type('כתבו לדוברות');
  await ed.waitSaved();
  const before = await ed.savedDoc();

  await selectParagraph(ed, 'פרטים באתר העירייה');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('כתובת הקישור');
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('https://');
  for (const unsafe of ['javascript:alert(1)', '  JavaScript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'www.example.com']) {
    await page.keyboard.press('Control+a');
    await page.keyboard.type(unsafe);
    // Changing the address clears the message about the last one.
    await expect(page.getByRole('alert')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(REFUSED);
    await expect(address, unsafe).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toBeVisible();
    await expect(ed.editor.locator('a')).toHaveCount(0);
  }
  // Escape leaves the form; the text is as it was.
  await page.keyboard.press('Escape');
  await expect(address).toBeHidden();
  await expect(ed.editor).toBeFocused();
  await expect(ed.editor.locator('a')).toHaveCount(0);
  expect(await ed.savedDoc()).toEqual(before);

  // A web address is accepted, in the same form after a refusal too.
  await selectParagraph(ed, 'פרטים באתר העירייה');
  await page.keyboard.press('Control+k');
  await expect(address).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('javascript:void(0)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(REFUSED);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('https://www.example-city.gov.il/parks?id=3&lang=he');
  await page.keyboard.press('Enter');
  await expect(address).toBeHidden();
  await expect(ed.editor.locator('a')).toHaveText('פרטים באתר העירייה');
  await expect(ed.editor.locator('a')).toHaveAttribute('href', 'https://www.example-city.gov.il/parks?id=3&lang=he');

  // And a mailto: address, typed straight over the offered `https://`, which opens selected.
  await selectParagraph(ed, 'כתבו לדוברות');
  await page.keyboard.press('Control+k');
  await expect(address).toBeFocused();
  await page.keyboard.type('mailto:dover@example-city.gov.il');
  await page.keyboard.press('Enter');
  await expect(ed.editor.locator('a')).toHaveCount(2);
  await expect(ed.editor.locator('a').nth(1)).toHaveAttribute('href', 'mailto:dover@example-city.gov.il');

  await ed.waitSaved();
  const saved = JSON.stringify(await ed.savedDoc());
  for (const scheme of ['javascript:', 'data:', 'vbscript:', 'www.example.com"']) expect(saved).not.toContain(scheme);
  const html = await ed.exportHtml();
  expect(html).toContain('href="https://www.example-city.gov.il/parks?id=3&amp;lang=he"');
  expect(html).toContain('href="mailto:dover@example-city.gov.il"');
  expect(html).not.toMatch(/javascript:|vbscript:|href="data:/i);
});
