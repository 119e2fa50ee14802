// A prefixed query in the window: the library's search finds `ובערים` in articles that say `הערים`, `בערים` and `ערים`, the typed form first, with
// each article's own word marked; `משפט` does not find `שפט`.
import type { KtavApi } from '../../shared/api/client.js';
import { articleDoc, para } from '../support/docs.js';
import { test, expect } from './fixtures.js';

test('the library’s search: ובערים finds הערים, בערים and ערים, the typed form first', async ({ app }) => {
  const page = app.page;
  const articles = [
    ['ערים גדולות', 'הערים הגדולות גדלו השנה.'],
    ['תחבורה', 'בערים הקטנות אין רכבת.'],
    ['ספריות בצפון', 'ובערים שבצפון נפתחו ספריות.'],
    ['תכנון', 'ערים חכמות מתכננות מראש.'],
    ['שופטים', 'העם שפט את מנהיגיו.'],
    ['בית המשפט', 'המשפט נמשך שנה.'],
  ];
  await page.evaluate(async (docs) => {
    const api = (window as unknown as { ktav: KtavApi }).ktav;
    for (const d of docs) {
      const created = await api.article.create({});
      if (!created.ok) throw new Error(created.error.message);
      await api.article.save({ id: created.value.id, baseRevision: created.value.revision, doc: d as never });
    }
  }, articles.map(([headline, body]) => articleDoc(headline!, [para(body!)])));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'מאגר הכתבות' })).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'חיפוש' });
  await box.click();
  await page.keyboard.type('ובערים');
  const results = page.getByRole('list', { name: 'חיפוש' });
  await expect(results.locator('li')).toHaveCount(4);
  await expect(results.locator('li').first()).toContainText('ספריות בצפון');
  await expect(results.locator('li').first().locator('mark')).toHaveText('ובערים');
  await expect(results.locator('li').filter({ hasText: 'ערים גדולות' }).locator('mark')).toHaveText('הערים');
  await expect(results.locator('li').filter({ hasText: 'תחבורה' }).locator('mark')).toHaveText('בערים');
  await expect(results.locator('li').filter({ hasText: 'תכנון' }).locator('mark')).toHaveText('ערים');

  await box.fill('משפט');
  await expect(results.locator('li')).toHaveCount(1);
  await expect(results).toContainText('בית המשפט');
});
