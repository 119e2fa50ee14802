// Which IPC senders may call: only Ktav's own page, in its top frame, at its own origin.
// Kept free of `electron` so it can be tested without the binary.
import { APP_SCHEME } from './appUrl.js';

export interface FrameLike {
  url: string;
  parent: unknown;
}

export function isAppFrame(frame: FrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Whether a URL is one of the app's own. Compared by scheme and host: Node's URL gives custom
 * schemes an opaque origin ("null"), so comparing origins would match nothing.
 */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'app';
  } catch {
    return false;
  }
}
