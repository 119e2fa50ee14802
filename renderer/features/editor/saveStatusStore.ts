// The autosave status of the open article, held outside React's state of the editor screen: a
// status changes on the first key after each save and twice around the save, and as the screen's
// state each change re-rendered the whole screen (toolbar, panel, every tab) in the middle of
// typing. Only the parts that show it subscribe: the save indicator and the conflict dialog.
import { useSyncExternalStore } from 'react';
import type { SaveStatus } from './autosave';

export class SaveStatusStore {
  private listeners = new Set<() => void>();

  constructor(private status: SaveStatus) {}

  get = (): SaveStatus => this.status;

  set = (status: SaveStatus): void => {
    this.status = status;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The status now; the component re-renders when it changes. */
export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
