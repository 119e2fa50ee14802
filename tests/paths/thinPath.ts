// The thin path a person takes through every layer, written once and driven in both shells:
// create an article, type it with the keyboard, close Ktav, open it again, find the article
// unchanged, export it to HTML.
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { showLibrary } from './navigation.js';

export const HEADLINE = 'ראש העירייה חנך את הפארק החדש';
const LEAD = 'הפארק כולל מתקני כושר ושבילי אופניים';
const BYLINE = 'נועה לוי';
const BODY = 'הפארק תוכנן בשיתוף חברת Green Cities Design מאמסטרדם, בעלות של 12.5 מיליון ש״ח.';
const HOSTILE = 'טקסט <script>alert(1)</script> & <b>לא מודגש</b>';

export async function typeNewArticle(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('אין עדיין כתבות במאגר')).toBeVisible();

  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(LEAD);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BYLINE);
  await page.keyboard.press('Enter');
  await page.keyboard.type(BODY);
  await page.keyboard.press('Enter');
  await page.keyboard.type(HOSTILE);

  // Autosave: the indicator reaches "saved" with a newer revision than the empty article's.
  const indicator = page.locator('.save-indicator');
  await expect(indicator).toHaveAttribute('data-state', 'saved');
  await expect(indicator).not.toHaveAttribute('data-revision', '0');
  await expect(indicator).toHaveText('נשמר');
  // 13 words in the first body paragraph, 9 in the second (typed markup is text, and counts).
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-words', '22');
  await expect(page.getByTestId('word-count')).toContainText('22 מילים');
}

export async function reopenAndCheck(page: Page): Promise<void> {
  // Ktav reopens where the person left off: the article, in the editor.
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' }).locator('h1')).toHaveText(HEADLINE);
  // And the library lists it; opening it from there shows it unchanged.
  await showLibrary(page);
  const row = page.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` });
  await expect(row).toBeVisible();
  await row.click();
  const reopened = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(reopened.locator('h1')).toHaveText(HEADLINE);
  await expect(reopened.locator('p.ktav-lead')).toHaveText(LEAD);
  await expect(reopened.locator('p.ktav-byline')).toHaveText(BYLINE);
  const paragraphs = reopened.locator('p:not([class])');
  await expect(paragraphs).toHaveText([BODY, HOSTILE]);
  await expect(paragraphs.first()).toHaveAttribute('dir', 'rtl');
}

export async function exportAndCheck(page: Page): Promise<void> {
  await page.getByTestId('export-html').click();
  const notice = page.getByRole('status').filter({ hasText: 'הכתבה יוצאה אל' });
  await expect(notice).toBeVisible();
  const path = (await notice.textContent())!.replace('הכתבה יוצאה אל ', '').trim();
  const html = await readFile(path, 'utf8');

  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="he" dir="rtl">/);
  expect(html).toContain(`<h1>${HEADLINE}</h1>`);
  expect(html).toContain(`<p class="lead">${LEAD}</p>`);
  // An English name between Hebrew words is placed right by the bidi algorithm alone: no isolate.
  expect(html).toContain('חברת Green Cities Design מאמסטרדם, בעלות של 12.5 מיליון');
  // Markup the person typed is text: escaped (the Latin words in it isolated, which is fine).
  expect(html.replace(/<\/?bdi[^>]*>/g, '')).toContain('טקסט &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;לא מודגש&lt;/b&gt;');
  expect(html).not.toMatch(/<script|<b>/);
  expect(html).not.toMatch(/<p dir="rtl">/); // dir only where a block differs from the page
}
