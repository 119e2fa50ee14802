// Moving a damaged file aside: it leaves the folder Ktav reads (so the rest opens normally)
// but is never deleted, so a person or a backup tool can still recover what is in it.
import { mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from './atomicWrite.js';

/** Moves `file` into `quarantineDir` under a name that never overwrites an earlier one. */
export async function moveAside(file: string, quarantineDir: string, now: Date = new Date()): Promise<string> {
  await mkdir(quarantineDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(quarantineDir, `${stamp}.${basename(file)}`);
  await rename(file, target);
  await fsyncDir(quarantineDir);
  await fsyncDir(dirname(file));
  return target;
}
