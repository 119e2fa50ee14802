// Work on the whole article (serializing it for a save, counting its words) waits for a moment
// when the window is idle, so it never lands between a keystroke and the frame that shows it.
// `timeoutMs` bounds the wait: on a busy window the work still runs that soon after being asked.

/** Runs `work` when the window is next idle (at most `timeoutMs` later); returns a cancel. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    // Outside a browser (unit tests) there is no frame to keep clear of.
    work();
    return () => undefined;
  }
  const handle = requestIdleCallback(() => work(), { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
