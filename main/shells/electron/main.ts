// Entry point of the Electron shell (`dist/main/electron.js`).
import { app, BrowserWindow } from 'electron';
import type { MenuCommand } from '../../../shared/api/contract.js';
import { repoFlag } from '../../cli/args.js';
import { resolveRepoDir } from '../../paths.js';
import { createAppRuntime, distDir, type AppRuntime } from '../appRuntime.js';
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
  runtime = await createAppRuntime(repoDir, settings, 'electron');
  hardenSession();
  handleScheme(runtime);
  handleCalls(runtime.dispatch, () => settings.get().language);
  const win = createMainWindow(distDir(), settings.get().language === 'he');
  const send = (command: MenuCommand) => emit(win.webContents, 'menu.command', { command });
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
