// The browser shell: Ktav's renderer and services in a Chromium window driven by playwright-core,
// for machines where no Electron binary can be installed. The page is served from
// `http://ktav.localhost/` by `context.route` (no port is opened), `window.ktav` is defined
// from the contract by an init script, and calls cross through `exposeBinding`.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CALL_NAMES, type EventName, type EventPayloads } from '../../../shared/api/contract.js';
import { buildKtavApi } from '../../../shared/api/client.js';
import { translate } from '../../../shared/i18n/translate.js';
import type { SettingsStore } from '../../services/settings/settingsStore.js';
import { MemorySecrets, type SecretStore } from '../../services/secrets/secretStore.js';
import { createAppRuntime, forwardSyncEvents, type AppRuntime } from '../appRuntime.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

export const APP_ORIGIN = 'http://ktav.localhost';
export const APP_URL = `${APP_ORIGIN}/`;

export interface BrowserShellOptions {
  repoDir: string;
  /** Chromium's profile folder, kept between runs. */
  profileDir: string;
  settings: SettingsStore;
  headless: boolean;
  /** The built renderer; defaults to dist/renderer beside the bundle. */
  appDir?: string;
  executablePath?: string;
  /** Where passwords and tokens are kept: the user-only file (main.ts); memory when not given (benches). */
  secrets?: SecretStore;
  /** The person's data folder, where the sites to publish to are kept; memory when not given (benches, tests). */
  dataDir?: string;
}

export interface BrowserShell {
  context: BrowserContext;
  page: Page;
  runtime: AppRuntime;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  /** Resolves when the person closes the window. */
  closed: Promise<void>;
  close(): Promise<void>;
}

function initScript(names: readonly string[]): string {
  return `(() => {
  let emit = null;
  const api = (${buildKtavApi.toString()})(
    ${JSON.stringify(names)},
    (name, args) => window.__ktavInvoke(name, JSON.stringify(args)),
    (listener) => { emit = listener; },
  );
  Object.defineProperty(window, 'ktav', { value: api, writable: false, configurable: false });
  Object.defineProperty(window, '__ktavEmit', { value: (e, p) => emit && emit(e, p), writable: false, configurable: false });
})();`;
}

/**
 * Arguments cross the binding as JSON text. Playwright's own serializer walks every value of an
 * argument in the page's main thread; for an article's document (the autosave and the crash
 * journal, about once a second while typing) that took tens of milliseconds, where
 * JSON.stringify takes a few. Every call's arguments are JSON already (bytes travel as base64).
 * Text that does not parse is handed on as it is, for the contract's validation to refuse.
 */
function parseArgs(args: unknown): unknown {
  if (typeof args !== 'string') return args;
  try {
    return JSON.parse(args) as unknown;
  } catch {
    return args;
  }
}

export async function launchBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error("No Chromium or Chrome was found: `npm run setup` installs Debian's Chromium (elsewhere, install Chromium or Chrome, or set KTAV_CHROMIUM to its path).");
  // Chromium starts while the repository opens: neither needs the other until the first request.
  const opening = createAppRuntime(options.repoDir, options.settings, 'browser', { secrets: options.secrets ?? new MemorySecrets(), appDir: options.appDir, dataDir: options.dataDir });
  opening.catch(() => undefined); // awaited below, after the launch; a failure is thrown there
  const lang = () => options.settings.get().language;

  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath,
    headless: options.headless,
    args: [...CHROMIUM_ARGS, ...(options.headless ? [] : ['--window-size=1280,860'])],
    viewport: options.headless ? { width: 1280, height: 860 } : null,
    locale: 'he-IL',
    acceptDownloads: false,
    serviceWorkers: 'block',
  });
  const runtime = await opening.catch(async (error: unknown) => {
    await context.close().catch(() => undefined);
    throw error;
  });

  // Everything that is not the app is refused: no navigation away, no network.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const res = await runtime.assets(url.pathname);
    await route.fulfill({ status: res.status, contentType: res.contentType, body: res.body, headers: res.headers });
  });

  await context.exposeBinding('__ktavInvoke', async (source, name: unknown, args: unknown) => {
    // The sender check: only our own page, at our own origin, may call.
    if (new URL(source.page.url()).origin !== APP_ORIGIN || source.frame !== source.page.mainFrame()) {
      return { ok: false, error: { code: 'forbidden', message: translate(lang(), 'forbidden') } };
    }
    return runtime.dispatch(String(name), parseArgs(args));
  });
  await context.addInitScript({ content: initScript(CALL_NAMES) });

  // New windows are not Ktav windows.
  context.on('page', (p) => {
    if (p !== page) void p.close();
  });

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(APP_URL);
  const emitToPage = <E extends EventName>(event: E, payload: EventPayloads[E]) =>
    page.evaluate(([e, p]) => (globalThis as unknown as { __ktavEmit(e: unknown, p: unknown): void }).__ktavEmit(e, p), [event, payload] as const);
  forwardSyncEvents(runtime, (event, payload) => void emitToPage(event, payload).catch(() => undefined));
  runtime.services.sync.start();
  runtime.services.publish.start();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Let the window finish what it is saving before it goes.
      await page
        .evaluate(() => (globalThis as unknown as { __ktavFlush?: () => Promise<void> }).__ktavFlush?.())
        .catch(() => undefined);
      await context.close().catch(() => undefined);
      await runtime.services.close();
    })());
  const closed = new Promise<void>((resolve) => {
    page.on('close', () => void close().then(resolve));
    context.on('close', () => void close().then(resolve));
  });

  return {
    context,
    page,
    runtime,
    closed,
    close,
    async emit(event, payload) {
      await emitToPage(event, payload);
    },
  };
}
