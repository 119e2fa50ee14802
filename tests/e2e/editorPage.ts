// A page object for the article editor: open a new article, type into its fields and body, read
// the caret, paste clipboard content, export. Used by the editor-*.spec.ts tests.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { KtavApi } from '../../shared/api/client.js';
import type { DocJSON } from '../../shared/editor/document.js';

export class EditorPage {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  }

  /** Body paragraphs (not the headline, lead or byline). */
  get paragraphs(): Locator {
    return this.editor.locator('p:not(.ktav-headline, .ktav-lead, .ktav-byline)');
  }

  /**
   * Saves `doc` as a new article through the window's API (for documents the keyboard cannot
   * type, like a figure or a rule), reloads, and opens it from the library by its headline.
   */
  static async openSaved(page: Page, doc: DocJSON, headline: string): Promise<EditorPage> {
    await page.evaluate(async (d) => {
      const api = (window as unknown as { ktav: KtavApi }).ktav;
      const created = await api.article.create({});
      if (!created.ok) throw new Error(created.error.message);
      await api.article.save({ id: created.value.id, baseRevision: created.value.revision, doc: d as never });
    }, doc);
    await page.reload();
    await page.getByRole('button', { name: `פתיחת הכתבה ${headline}` }).click();
    return new EditorPage(page);
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
      const block = el.closest('p, h1, h2, h3, li, figcaption, aside');
      // Between blocks (beside a rule or a picture): say so, so a failing test reads plainly.
      if (!block) return { block: `(between blocks, in <${el.tagName.toLowerCase()}>)`, offset: sel.focusOffset };
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

  /** The document as saved in the repository: the article updated last (wait for `waitSaved` first). */
  async savedDoc(): Promise<DocJSON> {
    return this.page.evaluate(async () => {
      const api = (window as unknown as { ktav: KtavApi }).ktav;
      const list = await api.article.list({});
      if (!list.ok) throw new Error(list.error.message);
      const latest = [...list.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (!latest) throw new Error('no article saved');
      const file = await api.article.get({ id: latest.id });
      if (!file.ok) throw new Error(file.error.message);
      return file.value.doc as DocJSON;
    });
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
