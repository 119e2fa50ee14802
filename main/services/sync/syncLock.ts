// One sync at a time per repository: `.git/ktav-sync.lock` holds the pid of the process syncing.
// A lock whose process is gone (killed mid-sync) is stale and taken over, which is also what lets
// a sync clear git's own index lock left by that process.
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the repository's sync lock; the returned function gives it back. */
export async function takeSyncLock(root: string): Promise<() => Promise<void>> {
  const path = join(root, '.git', 'ktav-sync.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isFinite(holder) && holder !== process.pid && alive(holder)) throw new KtavError('conflict', 'syncRunning');
      await rm(path, { force: true });
    }
  }
  throw new KtavError('conflict', 'syncRunning');
}
