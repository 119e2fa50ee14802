// Pictures for end-to-end tests, made in Node and handed to the page as real `File`s in a
// `DataTransfer`, so a drop reaches the app exactly as one from the desktop would.
import type { JSHandle, Page } from '@playwright/test';

export interface FilePayload {
  name: string;
  type: string;
  bytes: Buffer;
}

export async function dataTransferOf(page: Page, files: FilePayload[]): Promise<JSHandle<DataTransfer>> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, b64: f.bytes.toString('base64') }));
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
}
