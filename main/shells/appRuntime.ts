// What both shells set up the same way: services for the repository, the dispatcher over them,
// and the asset handler for the app and its media.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createServices, type Services } from '../services/services.js';
import type { SettingsStore } from '../services/settings/settingsStore.js';
import { createDispatcher, type Dispatch } from '../api/dispatcher.js';
import { createHandlers } from '../api/handlers.js';
import { createAssetHandler } from '../services/assets/assetHandler.js';
import type { AppInfo } from '../../shared/model/settings.js';
import type { EventName, EventPayloads } from '../../shared/api/contract.js';
import type { SecretStore } from '../services/secrets/secretStore.js';
import type { SyncTiming } from '../services/sync/syncService.js';

export interface AppRuntime {
  services: Services;
  dispatch: Dispatch;
  assets: ReturnType<typeof createAssetHandler>;
}

/**
 * The app's root: the folder of Ktav's package.json, found by walking up from this file, so the
 * same code works bundled in dist/main, from source in tests, and inside a packaged app.asar.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'ktav') return dir;
    } catch {
      // not here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Ktav’s package.json was not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The folder holding the built bundles (`dist/main`): the preload lives there. */
export function distDir(): string {
  return join(appRoot(), 'dist', 'main');
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export interface RuntimeOptions {
  secrets: SecretStore;
  /** The person's data folder (the sites to publish to are kept there). */
  dataDir?: string;
  appDir?: string;
}

/**
 * How often the app syncs: the defaults, or what the environment says (end-to-end tests shorten
 * the wait after a save, which a person never needs to change).
 */
export function syncTimingFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SyncTiming> {
  const ms = (name: string) => (env[name] && Number(env[name]) > 0 ? Number(env[name]) : undefined);
  const timing: Partial<SyncTiming> = {};
  const afterWrite = ms('KTAV_SYNC_AFTER_WRITE_MS');
  const periodic = ms('KTAV_SYNC_PERIODIC_MS');
  if (afterWrite) Object.assign(timing, { afterWriteMs: afterWrite, maxWaitMs: afterWrite * 6 });
  if (periodic) timing.periodicMs = periodic;
  return timing;
}

/** Sends the sync's news to the window, through whichever way the shell has. */
export function forwardSyncEvents(runtime: AppRuntime, emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): void {
  runtime.services.sync.onStatus(() => emit('sync.status', {}));
  runtime.services.sync.onChanges((changes) => emit('repository.changed', changes));
  runtime.services.publish.onChange(() => emit('publish.outbox', {}));
}

export async function createAppRuntime(repoDir: string, settings: SettingsStore, shell: AppInfo['shell'], options: RuntimeOptions): Promise<AppRuntime> {
  const appDir = options.appDir ?? join(appRoot(), 'dist', 'renderer');
  const services = await createServices(repoDir, settings, { secrets: options.secrets, dataDir: options.dataDir, syncTiming: syncTimingFromEnv() });
  const dispatch = createDispatcher(createHandlers(services, { shell, version: appVersion() }), {
    language: () => settings.get().language,
    log: (error, name) => console.error(`[ktav] ${name} failed:`, error),
  });
  const assets = createAssetHandler({ appDir, mediaDir: () => services.layout.mediaDir });
  return { services, dispatch, assets };
}
