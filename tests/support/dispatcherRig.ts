// A real repository in a temporary folder, with its services and the dispatcher every call of
// the contract goes through, made afresh for each test of the suite that calls this. Messages
// come in the settings' language (Hebrew unless a test changes it).
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createDispatcher, type Dispatch } from '../../main/api/dispatcher.js';
import { createHandlers } from '../../main/api/handlers.js';
import { createServices, type Services } from '../../main/services/services.js';
import { MemorySettings } from '../../main/services/settings/settingsStore.js';
import { makeTempDir } from './tempDir.js';

export interface DispatcherRig {
  services: Services;
  dispatch: Dispatch;
  /** The repository's folder. */
  repo: string;
  /** What the dispatcher wrote to the log (the technical side of failures), per call. */
  logged: { name: string; error: unknown }[];
}

/** Call inside a `describe`: the returned object holds the current test's rig. */
export function useDispatcherRig(): DispatcherRig {
  const rig = {} as DispatcherRig;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const tmp = await makeTempDir();
    cleanup = tmp.cleanup;
    rig.repo = join(tmp.dir, 'repo');
    rig.services = await createServices(rig.repo, new MemorySettings());
    rig.logged = [];
    rig.dispatch = createDispatcher(createHandlers(rig.services, { shell: 'browser', version: 'test' }), {
      // As in the app: messages in the language of the person's settings, at the time of the call.
      language: () => rig.services.settings.get().language,
      log: (error, name) => rig.logged.push({ name, error }),
    });
  });
  afterEach(async () => {
    await rig.services.close();
    await cleanup();
  });
  return rig;
}
