// Crash recovery: text typed after the last autosave is in the crash journal; when Ktav dies
// before saving it, the next start offers it, shows what will be restored, and restores it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { showLibrary } from '../paths/navigation.js';

const HEADLINE = 'הפגנה גדולה בירושלים';
const BODY = 'אלפים הפגינו אתמול בערב מול משכן הכנסת.';

test('text typed after the last save survives a crash and is restored on the next start', async ({ app }) => {
  test.slow(); // a whole path with restarts, typed with the keyboard, on a shared machine
  let page = app.page;
  // Hold autosave back (as if the crash came between two autosaves); the journal runs as usual.
  await page.evaluate(() => {
    (window as unknown as { __ktavAutosaveOptions: object }).__ktavAutosaveOptions = { idleMs: 10 * 60_000, maxWaitMs: 10 * 60_000 };
  });
  await page.getByRole('button', { name: 'כתבה חדשה' }).click();
  await expect(page.getByRole('textbox', { name: 'עורך הכתבה' })).toBeFocused();
  await page.keyboard.type(HEADLINE);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.keyboard.type(BODY);

  const journal = join(app.repoDir, 'journal');
  await expect
    .poll(async () => {
      const names = (await readdir(journal)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
      return names.length ? readFile(join(journal, names[0]!), 'utf8') : '';
    })
    .toContain(BODY);

  // The crash: the window goes without flushing anything.
  await page.evaluate(() => {
    (window as unknown as { __ktavFlush: () => Promise<void> }).__ktavFlush = async () => undefined;
  });
  await app.stop();

  page = await app.start();
  const offer = page.getByRole('region', { name: 'נמצאו שינויים שלא נשמרו' });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('heading', { name: HEADLINE })).toBeVisible();
  await expect(offer.locator('ins', { hasText: 'הפגינו' })).toBeVisible();
  await offer.getByRole('button', { name: 'שחזור השינויים' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'השינויים שוחזרו ונשמרו.' })).toBeVisible();

  await page.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` }).click();
  const editor = page.getByRole('textbox', { name: 'עורך הכתבה' });
  await expect(editor.locator('h1')).toHaveText(HEADLINE);
  await expect(editor.locator('p:not([class])').first()).toHaveText(BODY);

  // Restored once: the next start has nothing to offer.
  page = await app.restart();
  await showLibrary(page);
  await expect(page.getByRole('button', { name: `פתיחת הכתבה ${HEADLINE}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'נמצאו שינויים שלא נשמרו' })).toHaveCount(0);
});
