// Loads the repository's house style into an open editor once its view exists.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import { ktav } from '../../../platform/api';
import { setHouseStyle } from './houseStylePlugin';

export function useHouseStyle(view: EditorView | null): void {
  useEffect(() => {
    if (!view) return;
    let live = true;
    void ktav.houseStyle.get({}).then((outcome) => {
      if (live && outcome.ok && !view.isDestroyed) view.dispatch(setHouseStyle(view.state.tr, outcome.value));
    });
    return () => {
      live = false;
    };
  }, [view]);
}
