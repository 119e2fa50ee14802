// The thin path through every layer in the browser shell (Chromium driven by playwright-core).
import { test } from './fixtures.js';
import { exportAndCheck, reopenAndCheck, typeNewArticle } from '../paths/thinPath.js';

test('an article typed with the keyboard survives a restart and exports as right-to-left HTML', async ({ app }) => {
  await typeNewArticle(app.page);
  const page = await app.restart();
  await reopenAndCheck(page);
  await exportAndCheck(page);
});
