// Exports started from a window run in the background: the call that starts one returns at
// once with a job id, and the window asks for its progress until it is done. Main stays free
// to answer other calls meanwhile (sharp works on its own threads, ExifTool in its process).
// A job can be cancelled until it starts writing its package; then nothing is written.
import { randomBytes } from 'node:crypto';
import { KtavError, type Unsaid } from '../../../shared/api/errors.js';
import type { ExportJobStatus } from '../../../shared/model/export.js';
import type { ExportRequest, ExportService } from './exportService.js';

/** Finished jobs are kept this long for the window to collect their result. */
const KEEP_FINISHED_MS = 10 * 60_000;

export class ExportJobs {
  /** Statuses as the dispatcher puts them into words: the gate's findings, a failure as a KtavError. */
  private readonly jobs = new Map<string, Unsaid<ExportJobStatus>>();
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly exports: ExportService) {}

  start(articleId: string, request: Omit<ExportRequest, 'onProgress' | 'signal'> = {}): string {
    const job = randomBytes(8).toString('hex');
    const status: Unsaid<ExportJobStatus> = { job, articleId, done: false, progress: null };
    const abort = new AbortController();
    this.jobs.set(job, status);
    this.running.set(job, abort);
    void this.exports
      .export(articleId, { ...request, signal: abort.signal, onProgress: (p) => (status.progress = p) })
      .then(
        (outcome) => Object.assign(status, outcome.ok ? { pkg: outcome.pkg } : { gate: outcome.gate }),
        (error: unknown) => {
          if (abort.signal.aborted) {
            status.cancelled = true;
            return;
          }
          if (!(error instanceof KtavError)) console.error('[ktav] export failed:', error);
          status.error = error instanceof KtavError ? error : new KtavError('internal', 'internal');
        },
      )
      .finally(() => {
        this.running.delete(job);
        status.done = true;
        setTimeout(() => this.jobs.delete(job), KEEP_FINISHED_MS).unref();
      });
    return job;
  }

  /** Asks a running job to stop; false when the job is unknown or has already ended. */
  cancel(job: string): boolean {
    const abort = this.running.get(job);
    if (!abort) return false;
    abort.abort();
    return true;
  }

  status(job: string): Unsaid<ExportJobStatus> | null {
    const s = this.jobs.get(job);
    return s ? { ...s } : null;
  }
}
