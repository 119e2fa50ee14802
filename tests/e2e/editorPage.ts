// A page object for the article editor: open a new article, type into its fields and body, read
// the caret, paste clipboard content, export. Used by the editor-*.spec.ts tests.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  }

  /** Body paragraphs (not the headline, lead or byline). */
  get paragraphs(): Locator {
    return this.editor.locator('p:not(.ktav-headline, .ktav-lead, .ktav-byline)');
  }

  static async newArticle(page: Page, fields = { headline: 'כותרת', lead: 'כותרת משנה', byline: 'נועה לוי' }): Promise<EditorPage> {
    await page.getByRole('button', { name: 'כתבה חדשה' }).click();
    const ed = new EditorPage(page);
    await expect(ed.editor).toBeFocused();
    for (const text of [fields.headline, fields.lead, fields.byline]) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    return ed;
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Where the caret is: the text of its block and its offset within that block. */
  async caret(): Promise<{ block: string; offset: number }> {
    return this.page.evaluate(() => {
      const sel = getSelection()!;
      const node = sel.focusNode!;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement!;
      const block = el.closest('p, h1, h2, h3, li, figcaption, aside')!;
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(node, sel.focusOffset);
      return { block: block.textContent ?? '', offset: range.toString().length };
    });
  }

  /** Pastes as the system clipboard would: a paste event carrying the given data. */
  async paste(data: { html?: string; text?: string }): Promise<void> {
    await this.editor.evaluate((el, d) => {
      const dt = new DataTransfer();
      if (d.html !== undefined) dt.setData('text/html', d.html);
      if (d.text !== undefined) dt.setData('text/plain', d.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, data);
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  }

  /** Exports the article to HTML and returns the file's text. */
  async exportHtml(): Promise<string> {
    await this.page.getByTestId('export-html').click();
    const notice = this.page.getByRole('status').filter({ hasText: 'הכתבה יוצאה אל' });
    await expect(notice).toBeVisible();
    const path = (await notice.textContent())!.replace('הכתבה יוצאה אל ', '').trim();
    return readFile(path, 'utf8');
  }

  tool(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'כלי עריכה' }).getByRole('button', { name, exact: true });
  }
}
