// Publishing to the site from the window, against a real WordPress on loopback: the desk adds the
// site in הגדרות → אתרים and tests the connection, publishes an article from the export screen
// (the missing category created after a confirmation), publishes it again (the same post is
// updated), sees the record in the article's details; then the site goes down, the publish waits
// in the outbox, and once the site is back "send now" sends it, still as the one post.
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { DocJSON } from '../../shared/editor/document.js';
import type { ArticleFile } from '../../shared/model/article.js';
import { KtavApp } from './ktavApp.js';
import { exportRepo } from '../support/exportFixtures.js';
import { startWordPress, type WordPressSite } from '../support/wordpress/site.js';

// The site is shared by every publishing test of the machine: a word of this run's own in the
// headline tells this run's posts from theirs.
const TOKEN = `ריצה-${randomBytes(3).toString('hex')}`;
const ARTICLE_ID = `20261203-${randomBytes(4).toString('hex')}`;
const HEADLINE = `ראש העירייה חנך את הפארק העירוני החדש בשכונת הדר ${TOKEN}`;

const test = base.extend<{ app: KtavApp; site: WordPressSite }>({
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const site = await startWordPress();
    await use(site);
    await site.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await KtavApp.create();
    const fx = await exportRepo(app.root, [[1200, 800], [800, 600]], app.repoDir);
    const article = await fx.services.articles.get(fx.mainId);
    const [headline, ...rest] = article.doc.content as DocJSON[];
    await fx.services.articles.save(fx.mainId, article.revision, { ...article.doc, content: [{ ...headline!, content: [{ type: 'text', text: HEADLINE }] }, ...rest] });
    await fx.services.close();
    // A new article, not the fixture's (whose id an earlier run's post on the site carries).
    const file = JSON.parse(await readFile(join(app.repoDir, 'articles', `${fx.mainId}.json`), 'utf8')) as ArticleFile;
    await writeFile(join(app.repoDir, 'articles', `${ARTICLE_ID}.json`), JSON.stringify({ ...file, id: ARTICLE_ID }));
    await rm(join(app.repoDir, 'articles', `${fx.mainId}.json`));
    await app.start();
    await use(app);
    await app.dispose();
  },
});

interface Post { id: number; title: { raw: string }; status: string; categories: number[] }

test('the desk publishes an article to WordPress, updates it in place, and an outbox sends it once the site is back', async ({ app, site }) => {
  test.setTimeout(180_000); // a real site: uploads, renditions, and a stop and start of its server
  const page = app.page;
  const editor = site.users.editor;
  // A category left by an earlier run would make this one's confirmation step moot: remove it.
  const old = await site.rest<{ id: number; name: string }[]>('/wp/v2/categories?search=%D7%97%D7%93%D7%A9%D7%95%D7%AA');
  for (const c of old.body.filter((c) => c.name === 'חדשות')) await site.rest(`/wp/v2/categories/${c.id}?force=true`, 'administrator', { method: 'DELETE' });

  // הגדרות → אתרים: test the connection, then keep the site.
  await page.getByRole('navigation').getByRole('button', { name: 'הגדרות' }).click();
  const sites = page.locator('fieldset.site-settings');
  await sites.getByLabel('שם האתר').fill('האתר');
  await sites.getByLabel('כתובת האתר').fill(site.url);
  await sites.getByLabel('שם משתמש באתר').fill(editor.user);
  await sites.getByLabel('סיסמת יישום').fill('wrong password');
  await sites.getByRole('button', { name: 'בדיקת החיבור' }).click();
  await expect(sites.getByRole('alert')).toContainText('סיסמ');
  await sites.getByLabel('סיסמת יישום').fill(editor.password);
  await sites.getByRole('button', { name: 'בדיקת החיבור' }).click();
  await expect(sites.getByRole('status')).toContainText('רשאי/ת לפרסם');
  await sites.getByRole('button', { name: 'הוספת האתר' }).click();
  await expect(sites.getByRole('status')).toHaveText('האתר האתר נשמר.');
  await expect(sites.locator('.site-list li')).toContainText('שמורה סיסמה');

  // The export screen: publish now, after confirming the new category.
  await page.getByRole('navigation').getByRole('button', { name: 'מאגר הכתבות' }).click();
  await page.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` }).click();
  await page.getByTestId('export-package').click();
  const panel = page.getByRole('region', { name: 'פרסום לאתר' });
  await panel.getByRole('radio', { name: 'פרסום מיד' }).check();
  await expect(panel).toContainText('הקטגוריה "חדשות" אינה קיימת באתר.');
  const run = panel.getByRole('button', { name: 'פרסום לאתר' });
  await expect(run).toBeDisabled();
  await panel.getByRole('checkbox', { name: 'ליצור את הקטגוריה "חדשות" באתר' }).check();
  await run.click();
  await expect(panel.getByRole('status')).toContainText('פורסם: פורסם', { timeout: 90_000 });
  const link = await panel.locator('.publish-result a').getAttribute('href');
  const posts = async () => (await site.rest<Post[]>(`/wp/v2/posts?search=${encodeURIComponent(TOKEN)}&status=any&context=edit`)).body;
  const first = await posts();
  expect(first).toHaveLength(1);
  expect(first[0]!.status).toBe('publish');
  expect(first[0]!.categories.length).toBe(1);
  expect(link).toContain(`p=${first[0]!.id}`);

  // Again: the same post, updated.
  await expect(panel.getByRole('button', { name: 'עדכון באתר' })).toBeVisible();
  await panel.getByRole('button', { name: 'עדכון באתר' }).click();
  await expect(panel.getByRole('status')).toContainText('עודכן באתר', { timeout: 90_000 });
  expect((await posts()).map((p) => p.id)).toEqual([first[0]!.id]);

  // The article's details say where it is on the web.
  await page.getByRole('button', { name: 'חזרה לעורך' }).click();
  await page.getByRole('tab', { name: 'פרטים' }).click();
  await expect(page.getByRole('list', { name: 'באתר' })).toContainText('האתר: פורסם');

  // The site goes down: the publish waits in the outbox; back up, "send now" sends it once.
  await site.stop();
  await page.getByTestId('export-package').click();
  await panel.getByRole('radio', { name: 'טיוטה באתר' }).check();
  await panel.getByRole('button', { name: /פרסום לאתר|עדכון באתר/ }).click();
  await expect(panel.getByRole('status').first()).toContainText('הפרסום ממתין בתיבת הדואר היוצא', { timeout: 60_000 });
  const item = panel.locator('.outbox-item');
  await expect(item).toContainText(HEADLINE);
  await expect(item).toContainText('ממתין');
  await site.restart();
  await item.getByRole('button', { name: 'שליחה עכשיו' }).click();
  await expect(panel.locator('.outbox')).toContainText('אין פרסומים ממתינים.', { timeout: 90_000 });
  const after = await posts();
  expect(after.map((p) => p.id)).toEqual([first[0]!.id]);
  expect(after[0]!.status).toBe('draft');
});
