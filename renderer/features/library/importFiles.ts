// Files chosen with the import button or dropped on the library, sent to main as bytes.
import type { ImportOutcomeInfo } from '../../../shared/model/repository';
import { ktav, unwrap } from '../../platform/api';

export const IMPORT_ACCEPT = '.docx,.md,.markdown,.html,.htm,.txt';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode takes a bounded number of arguments
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function importFiles(files: readonly File[]): Promise<ImportOutcomeInfo[]> {
  if (files.length === 0) return [];
  const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: toBase64(await f.arrayBuffer()) })));
  return unwrap(await ktav.import.files({ files: payload }));
}

/** Dispatched on `window` to open the library's file picker (menu, palette, Ctrl+O). */
export const IMPORT_REQUEST_EVENT = 'ktav-import-request';
