// The same thin path in the Electron shell, with Playwright's `_electron`, wherever an Electron
// binary exists. Here (no internet to download it) it reports itself skipped with the reason.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, NO_ELECTRON_REASON } from '../../main/electronBinary.mjs';
import { exportAndCheck, reopenAndCheck, typeNewArticle } from '../paths/thinPath.js';

const ROOT = join(import.meta.dirname, '..', '..');
const binary = electronBinary();

async function launch(root: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, '--repo', join(root, 'repository')],
    env: { ...process.env, KTAV_USER_DATA: join(root, 'user-data') },
  });
  const page = await app.firstWindow();
  return { app, page };
}

test('Electron shell: an article typed with the keyboard survives a restart and exports', async () => {
  // Printed as well as given to Playwright, so the reason shows in any reporter's output.
  const reason = `${NO_ELECTRON_REASON}; the browser shell runs the same thin path in tests/e2e/thin-path.spec.ts`;
  if (!binary) console.log(`[electron] skipped: ${reason}.`);
  test.skip(!binary, reason);
  const root = await mkdtemp(join(tmpdir(), 'ktav-electron-'));
  try {
    let { app, page } = await launch(root);
    // Security settings of the real window, read from the page itself.
    await test.expect.poll(() => page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await test.expect.poll(() => page.evaluate(() => location.protocol)).toBe('ktav:');
    await typeNewArticle(page);
    await app.close();
    ({ app, page } = await launch(root));
    await reopenAndCheck(page);
    await exportAndCheck(page);
    await app.close();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
