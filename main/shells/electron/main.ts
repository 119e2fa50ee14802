// Entry point of the Electron shell (`dist/main/electron.js`).
import { app, BrowserWindow } from 'electron';
import type { MenuCommand } from '../../../shared/api/contract.js';
import { repoFlag } from '../../cli/args.js';
import { resolveRepoDir } from '../../paths.js';
import { join } from 'node:path';
import { FileSecrets, secretsFileName } from '../../services/secrets/secretStore.js';
import { createAppRuntime, distDir, forwardSyncEvents, type AppRuntime } from '../appRuntime.js';
import { safeStorageCodec } from './safeStorageSecrets.js';
import { ElectronStoreSettings } from './electronStoreSettings.js';
import { emit, handleCalls } from './ipc.js';
import { installMenu } from './menu.js';
import { handleScheme, registerScheme } from './protocol.js';
import { createMainWindow, hardenSession, lockDown } from './window.js';

app.setName('Ktav');
// Tests and portable setups keep the person's settings elsewhere; the CLI and browser shell honour the same variable.
if (process.env.KTAV_USER_DATA) app.setPath('userData', process.env.KTAV_USER_DATA);
registerScheme();
app.on('web-contents-created', (_event, contents) => lockDown(contents));

let runtime: AppRuntime | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  const settings = new ElectronStoreSettings();
  const repoDir = resolveRepoDir(repoFlag(process.argv), process.env, settings.get().nextRepo);
  // Encrypted by the system's keychain where it has one; otherwise the user-only file, as in the browser shell.
  const codec = safeStorageCodec();
  const secrets = new FileSecrets(join(app.getPath('userData'), secretsFileName(codec?.kind ?? 'user-file')), codec ?? undefined);
  runtime = await createAppRuntime(repoDir, settings, 'electron', { secrets, dataDir: app.getPath('userData') });
  hardenSession();
  handleScheme(runtime);
  handleCalls(runtime.dispatch, () => settings.get().language);
  const win = createMainWindow(distDir(), settings.get().language === 'he');
  const send = (command: MenuCommand) => emit(win.webContents, 'menu.command', { command });
  forwardSyncEvents(runtime, (event, payload) => {
    if (!win.isDestroyed()) emit(win.webContents, event, payload);
  });
  runtime.services.sync.start();
  runtime.services.publish.start();
  installMenu(settings.get().language, send);
  settings.onLanguageChange((language) => {
    installMenu(language, send);
    win.setTitle(language === 'he' ? 'כתב' : 'Ktav');
  });
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!runtime) return;
  const closing = runtime.services.close();
  runtime = null;
  event.preventDefault();
  void closing.finally(() => app.quit());
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && runtime) createMainWindow(distDir(), true);
});

start().catch((error: unknown) => {
  console.error('[ktav] could not start:', error);
  app.exit(1);
});
