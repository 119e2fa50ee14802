// Handlers of the export calls: the service checks and writes; jobs let the window follow along.
import { KtavError } from '../../../shared/api/errors.js';
import type { exportCalls } from '../../../shared/api/calls/export.js';
import { ExportJobs } from '../../services/export/exportJobs.js';
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';

export function exportHandlers(services: Services): HandlersOf<typeof exportCalls> {
  const jobs = new ExportJobs(services.exports);
  return {
    'export.check': ({ id }) => services.exports.preview(id),
    'export.start': async ({ id, includeOriginals }) => {
      await services.articles.get(id); // an unknown article is refused now, not in the background
      return { job: jobs.start(id, { includeOriginals }) };
    },
    'export.cancel': ({ job }) => {
      if (!jobs.status(job)) throw new KtavError('not-found', 'export:jobNotFound', { job });
      return { cancelled: jobs.cancel(job) };
    },
    'export.status': ({ job }) => {
      const status = jobs.status(job);
      if (!status) throw new KtavError('not-found', 'export:jobNotFound', { job });
      return status;
    },
  };
}
