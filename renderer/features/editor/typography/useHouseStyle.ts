// Loads the repository's house style into an open editor once its view exists.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import { ktav, shown } from '../../../platform/api';
import { setHouseStyle } from './houseStylePlugin';

export function useHouseStyle(view: EditorView | null): void {
  useEffect(() => {
    if (!view) return;
    let live = true;
    void ktav.houseStyle.get({}).then((outcome) => {
      const style = shown(outcome);
      if (live && style && !view.isDestroyed) view.dispatch(setHouseStyle(view.state.tr, style));
    });
    return () => {
      live = false;
    };
  }, [view]);
}
