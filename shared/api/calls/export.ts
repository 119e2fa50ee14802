// Calls of the export screen: the gate with a preview, and a package export that runs in the
// background while the window shows its progress.
import { z } from 'zod';
import { call } from '../define.js';
import { articleIdSchema } from '../../model/article.js';
import type { ExportJobStatus, GateReport } from '../../model/export.js';

export const exportCalls = {
  /** The gate's findings and the page as it will look; nothing is written. */
  'export.check': call<{ gate: GateReport; page: string | null }>()(z.object({ id: articleIdSchema }).strict()),
  /** Starts exporting the article's package to the repository's exports folder. */
  'export.start': call<{ job: string }>()(z.object({ id: articleIdSchema, includeOriginals: z.boolean().optional() }).strict()),
  /** Where a started export is; `done` with `pkg`, `gate` or `error` when it ended. */
  'export.status': call<ExportJobStatus>()(z.object({ job: z.string().regex(/^[a-f0-9]{16}$/) }).strict()),
  /** Stops a running export before it writes its package; `false` when it had already ended. */
  'export.cancel': call<{ cancelled: boolean }>()(z.object({ job: z.string().regex(/^[a-f0-9]{16}$/) }).strict()),
} as const;
