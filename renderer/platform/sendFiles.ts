// How files the person drops or chooses reach main, for articles and pictures alike: one file per
// call, as base64 (main parses and decodes, so the window never does), with progress after each
// file, so a batch can show a progress bar and one bad file never stops the rest. Cancelling
// stops before the next file: what was sent stays, the rest is not sent.

export interface SendProgress {
  done: number;
  total: number;
}

export interface SendOptions {
  onProgress?: (p: SendProgress) => void;
  signal?: AbortSignal;
}

/** Sends `files` one at a time with `send`, in order; the results of those sent. */
export async function sendFiles<R>(files: readonly File[], send: (name: string, base64: string) => Promise<R>, options: SendOptions = {}): Promise<R[]> {
  const { onProgress, signal } = options;
  const results: R[] = [];
  onProgress?.({ done: 0, total: files.length });
  for (const file of files) {
    if (signal?.aborted) break;
    results.push(await send(file.name, await toBase64(file)));
    onProgress?.({ done: results.length, total: files.length });
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
