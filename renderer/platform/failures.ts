// The window's one channel for failures a person must see: anything may report a message here,
// and the app shell shows it in its error banner. A failed call to main that its caller does not
// show itself comes here (`shown` in ./api), so no failure is dropped silently.
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export function showFailure(message: string): void {
  for (const listener of listeners) listener(message);
}

/** Calls `listener` with each failure reported from now on; returns the unsubscribe. */
export function onFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
