// Work that must finish before the window closes (an autosave in flight, the last keystrokes).
// Both shells call `window.__ktavFlush()` and wait for it before closing the window.

const flushers = new Set<() => Promise<void>>();

declare global {
  interface Window {
    __ktavFlush?: () => Promise<void>;
  }
}

window.__ktavFlush = async () => {
  await Promise.all([...flushers].map((f) => f().catch(() => undefined)));
};

/** Registers a flush; returns the function that unregisters it. */
export function beforeClose(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}
