// Window-level shortcuts: any registered global action whose keys match runs, unless something
// nearer (the editor, a dialog) already handled the key.
import { useEffect } from 'react';
import { actionRegistry } from './actionRegistry';
import { eventKeys } from './keys';

export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const keys = eventKeys(e);
      const action = actionRegistry.all().find((a) => a.global && (a.keys === keys || a.moreKeys?.includes(keys)));
      if (!action) return;
      e.preventDefault();
      action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
