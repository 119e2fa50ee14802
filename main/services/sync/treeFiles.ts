// Files a sync brings from a commit into the folder, each written as Ktav writes every file
// (../storage/atomicWrite.ts: a temporary file, fsync, rename), never by git's own checkout,
// which writes a file in place: a sync killed in the middle of one would leave it cut short, and
// the next sync would take the cut file for a local edit. Killed here, every file is whole, old
// or new; the next sync finds the new ones as local changes equal to the remote's, which merge
// to nothing.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { atomicReplace, fsyncDir } from '../storage/atomicWrite.js';
import type { Git } from './git.js';

/** Files written at once: their fsyncs meet in the file system's journal commits instead of waiting one by one. */
const PARALLEL = 64;

/** Makes each of `paths` in the folder as it is at `rev`, or removes it where `rev` has none. */
export async function writeFilesAt(git: Git, root: string, rev: string, paths: Iterable<string>): Promise<void> {
  const list = [...paths];
  if (list.length === 0) return;
  const running = new Set<Promise<void>>();
  const folders = new Set<string>();
  let failure: unknown = null;
  for await (const [path, bytes] of git.blobs(rev, list)) {
    const target = join(root, path);
    folders.add(dirname(target));
    const write = (bytes === null ? rm(target, { force: true }) : mkdir(dirname(target), { recursive: true }).then(() => atomicReplace(target, bytes)))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => running.delete(write));
    running.add(write);
    if (running.size >= PARALLEL) await Promise.race(running);
    if (failure) break;
  }
  await Promise.all(running);
  if (failure) throw failure;
  // Each folder's renames made durable once (thousands of articles share one folder).
  for (const folder of folders) if (existsSync(folder)) await fsyncDir(folder);
}
