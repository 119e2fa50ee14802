// Handlers of the sharing calls.
import type { syncCalls } from '../../../shared/api/calls/sync.js';
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';

export function syncHandlers(services: Services): HandlersOf<typeof syncCalls> {
  const { sync } = services;
  return {
    'sync.sharing': () => sync.sharing(),
    'sync.setSharing': (change) => sync.setSharing(change),
    'sync.test': async ({ remote, user, secret }) => ({ remote: await sync.test(remote, user, secret) }),
    'sync.status': () => sync.status(),
    'sync.now': async () => {
      await sync.syncNow();
      return sync.status();
    },
    'sync.decide': async ({ key, take }) => {
      await sync.decide(key, take);
      return sync.status();
    },
    'sync.resolve': async ({ keys }) => {
      await sync.resolve(keys);
      return sync.status();
    },
  };
}
