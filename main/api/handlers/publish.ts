// Handlers of the publishing calls.
import type { publishCalls } from '../../../shared/api/calls/publish.js';
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';

export function publishHandlers(services: Services): HandlersOf<typeof publishCalls> {
  const { publish } = services;
  return {
    'publish.sites': () => publish.sites(),
    'publish.addSite': ({ password, ...site }) => publish.addSite(site, password),
    'publish.removeSite': ({ name }) => publish.removeSite(name),
    'publish.testSite': (target) => publish.test(target),
    'publish.preview': ({ articleId, site }) => publish.preview(articleId, site),
    'publish.publish': (request) => publish.publish(request),
    'publish.outbox': () => publish.outboxItems(),
    'publish.outboxSend': ({ id }) => publish.sendOutbox(id),
    'publish.outboxCancel': ({ id }) => publish.cancel(id),
  };
}
