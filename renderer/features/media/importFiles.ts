// Sends dropped or chosen files to main one at a time (main makes the thumbnails, so the window
// never decodes a picture), reporting progress after each, so a batch shows a progress bar and
// one bad file never stops the rest. Cancelling stops before the next file: what was imported
// stays (each picture is whole in the library), the rest is not sent.
import type { MediaImportResult } from '../../../shared/api/calls/media';
import { ktav } from '../../platform/api';

export interface ImportProgress {
  done: number;
  total: number;
}

export async function importFiles(files: File[], onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<MediaImportResult[]> {
  const results: MediaImportResult[] = [];
  onProgress({ done: 0, total: files.length });
  for (const file of files) {
    if (signal?.aborted) break;
    const outcome = await ktav.media.import({ name: file.name, data: await toBase64(file) });
    // A refusal by the contract itself (e.g. too large) does not know the file: name it here.
    results.push(outcome.ok ? outcome.value : { ok: false, file: file.name, error: { code: outcome.error.code, message: `${file.name}: ${outcome.error.message}` } });
    onProgress({ done: results.length, total: files.length });
  }
  return results;
}

async function toBase64(file: Blob): Promise<string> {
  // FileReader's data URL is base64 encoded natively, without building a string a byte at a time.
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
  return url.slice(url.indexOf(',') + 1);
}
