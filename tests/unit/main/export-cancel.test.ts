// Cancelling an export from the window: the job stops before it writes, no package appears, the
// article records no export, and the job reports itself cancelled. An export left alone writes.
import { access, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJobs } from '../../../main/services/export/exportJobs.js';
import { inWords } from '../../../shared/i18n/translate.js';
import type { ExportJobStatus } from '../../../shared/model/export.js';
import { makeTempDir } from '../../support/tempDir.js';
import { exportRepo, type ExportRepo } from '../../support/exportFixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let fx: ExportRepo;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  fx = await exportRepo(dir);
});
afterAll(async () => {
  await fx.services.close();
  await cleanup();
});

async function finished(jobs: ExportJobs, job: string): Promise<ExportJobStatus> {
  for (;;) {
    const s = jobs.status(job)!;
    if (s.done) return inWords<ExportJobStatus>(s, 'he');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('cancelling an export', () => {
  it('stops before writing: no package, no export recorded, the job says cancelled', async () => {
    const jobs = new ExportJobs(fx.services.exports);
    const job = jobs.start(fx.mainId);
    // Cancel while the pictures are being made, as a person would watching the bar.
    while (jobs.status(job)!.progress?.step !== 'images') await new Promise((r) => setTimeout(r, 5));
    expect(jobs.cancel(job)).toBe(true);
    const status = await finished(jobs, job);
    expect(status).toMatchObject({ done: true, cancelled: true });
    expect(status.pkg).toBeUndefined();
    expect(status.error).toBeUndefined();
    const exportsDir = fx.services.layout.exportsDir;
    const written = (await exists(exportsDir)) ? await readdir(exportsDir) : [];
    expect(written.filter((n) => n.endsWith('.zip'))).toEqual([]);
    expect((await fx.services.articles.get(fx.mainId)).meta.exports ?? []).toEqual([]);
    expect(jobs.cancel(job)).toBe(false); // already ended
  });

  it('an export that is not cancelled writes its package', async () => {
    const jobs = new ExportJobs(fx.services.exports);
    const status = await finished(jobs, jobs.start(fx.mainId));
    expect(status.cancelled).toBeUndefined();
    expect(status.pkg?.path).toMatch(/\.zip$/);
    expect(await exists(status.pkg!.path)).toBe(true);
    expect(status.pkg!.path.startsWith(fx.services.layout.exportsDir)).toBe(true); // where the first test looked
  });
});
