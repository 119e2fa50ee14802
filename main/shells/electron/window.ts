// The main window, locked down: context isolation, sandbox, no Node in the page, no
// navigation, no new windows, no permissions, and our CSP on every response.
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../services/assets/assetHandler.js';
import { APP_URL } from './protocol.js';
import { isAppUrl } from './senderCheck.js';

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Every web contents, present and future: navigation stays in the app; links open outside, if at all. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(distMainDir: string, rtl: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: rtl ? 'כתב' : 'Ktav',
    show: false,
    webPreferences: {
      preload: join(distMainDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spell checker would download its dictionaries and cannot read Hebrew words as
      // Hspell does: Ktav checks spelling itself, offline (renderer/features/editor/spelling/).
      spellcheck: false,
      // A middle click must not open a link in a new window behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
