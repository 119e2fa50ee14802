// Writes a package's contents to disk, never half: a zip through atomicWrite, a folder built
// beside its target and renamed into place (an older folder of the same name is replaced whole).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { atomicWrite, fsyncDir } from '../storage/atomicWrite.js';
import { deterministicZip, type ZipEntry } from './deterministicZip.js';
import { FILE_LIST, sha256 } from './fileList.js';

export interface WrittenPackage {
  path: string;
  kind: 'zip' | 'dir';
  bytes: number;
  sha256: string;
}

export async function writeZip(path: string, entries: readonly ZipEntry[]): Promise<WrittenPackage> {
  const zip = await deterministicZip(entries);
  await mkdir(dirname(path), { recursive: true });
  await atomicWrite(path, zip);
  return { path, kind: 'zip', bytes: zip.length, sha256: sha256(zip) };
}

/** A folder's checksum is that of its file list, which names every other file's checksum. */
export async function writeFolder(path: string, entries: readonly ZipEntry[]): Promise<WrittenPackage> {
  const parent = dirname(path);
  await mkdir(parent, { recursive: true });
  const stamp = randomBytes(4).toString('hex');
  const partial = join(parent, `.${basename(path)}.partial-${stamp}`);
  try {
    for (const e of entries) {
      const target = join(partial, ...e.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await atomicWrite(target, e.bytes);
    }
    const old = join(parent, `.${basename(path)}.old-${stamp}`);
    const existed = await stat(path).then(() => true, () => false);
    if (existed) await rename(path, old);
    await rename(partial, path);
    await fsyncDir(parent);
    if (existed) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  const list = entries.find((e) => e.path === FILE_LIST);
  return { path, kind: 'dir', bytes: entries.reduce((n, e) => n + e.bytes.length, 0), sha256: list ? sha256(list.bytes) : '' };
}
