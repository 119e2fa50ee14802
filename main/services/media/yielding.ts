// Work on large buffers in slices, giving the event loop a turn between them, so importing a
// 25 MB picture never freezes main (and with it the window's calls) for more than a few ms.
import { createHash } from 'node:crypto';
import { setImmediate as turn } from 'node:timers/promises';

const SLICE = 1024 * 1024;

/** SHA-256 of `bytes` as hex, hashed a megabyte at a time. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += SLICE) {
    hash.update(bytes.subarray(at, at + SLICE));
    if (at + SLICE < bytes.length) await turn();
  }
  return hash.digest('hex');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes standard base64 (as the window sends files) a slice at a time, refusing any other
 * character (Node would silently skip it). Returns null for text that is not base64.
 */
export async function decodeBase64(text: string): Promise<Buffer | null> {
  const step = SLICE * 4; // characters; a multiple of 4 keeps every slice whole
  const parts: Buffer[] = [];
  for (let at = 0; at < text.length; at += step) {
    const slice = text.slice(at, at + step);
    if (!BASE64.test(slice) || (slice.includes('=') && at + step < text.length)) return null;
    parts.push(Buffer.from(slice, 'base64'));
    if (at + step < text.length) await turn();
  }
  return Buffer.concat(parts);
}
