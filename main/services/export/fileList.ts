// `checksums.json`: every file of a package with its size and SHA-256, kept beside the ninjs
// manifest (which may not carry extra keys). `ktav verify` checks a package against it.
import { createHash } from 'node:crypto';
import { stableJson } from './stableJson.js';
import type { ZipEntry } from './deterministicZip.js';

export const FILE_LIST = 'checksums.json';
export const FILE_LIST_FORMAT = 'ktav-package-files/1';

export interface ListedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fileList(entries: readonly ZipEntry[]): string {
  const files: ListedFile[] = entries
    .filter((e) => e.path !== FILE_LIST)
    .map((e) => ({ path: e.path, bytes: e.bytes.length, sha256: sha256(e.bytes) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return stableJson({ format: FILE_LIST_FORMAT, algorithm: 'sha256', files });
}
