// Durable, atomic file replacement: write a temporary file beside the target, fsync it, rename
// it over the target, then fsync the folder so the rename itself survives a power cut.
// A kill at any instant leaves the target either wholly old or wholly new.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write uses; tests replace one to inject failures. */
export interface WriteOps {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

export const nodeWriteOps: WriteOps = { open, rename, unlink };

/**
 * The bytes to write: whole, or in pieces for a large file whose text is made a piece at a time
 * so that making it never holds the thread for long (the library's index.json).
 */
export type WriteData = string | Uint8Array | AsyncIterable<string | Uint8Array>;

/** `mode`: the new file's permissions (0o600 for a file only its owner may read, such as secrets). */
export async function atomicWrite(path: string, data: WriteData, ops: WriteOps = nodeWriteOps, mode = 0o666): Promise<void> {
  await atomicReplace(path, data, ops, mode);
  await fsyncDir(dirname(path), ops);
}

/**
 * `atomicWrite` without the folder's fsync: for many files written into a few folders at once
 * (a sync bringing thousands), whose caller makes each folder durable once, after all of them.
 * The file is whole either way; only its rename may not yet survive a power cut until then.
 */
export async function atomicReplace(path: string, data: WriteData, ops: WriteOps = nodeWriteOps, mode = 0o666): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await ops.open(tmp, 'wx', mode);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await file.writeFile(data);
      // writeFile after writeFile continues from where the last one ended.
      else for await (const piece of data) await file.writeFile(piece);
      await file.sync();
    } finally {
      await file.close();
    }
    await ops.rename(tmp, path);
  } catch (error) {
    await ops.unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/** Makes a rename or a new file in `dir` durable. Some platforms cannot open folders; they journal renames anyway. */
export async function fsyncDir(dir: string, ops: WriteOps = nodeWriteOps): Promise<void> {
  let handle;
  try {
    handle = await ops.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}
