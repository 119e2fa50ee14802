// React's view of the window's media store: re-renders when any record changes.
import { useEffect, useSyncExternalStore } from 'react';
import { mediaStore } from './mediaStore';

export function useMediaStore(): typeof mediaStore {
  useSyncExternalStore(mediaStore.subscribe, () => mediaStore.version);
  useEffect(() => {
    void mediaStore.refresh();
  }, []);
  return mediaStore;
}
