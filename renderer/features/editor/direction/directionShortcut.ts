// Ctrl+Right Shift sets right-to-left and Ctrl+Left Shift sets left-to-right, as in Word and
// LibreOffice. Like them, the change happens when Shift is released with no other key pressed in
// between, so Ctrl+Shift+Z and the other Ctrl+Shift shortcuts keep working.
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { setDirection } from './directionCommands';

export function directionShortcut(): Plugin {
  let pending: 'rtl' | 'ltr' | null = null;
  return new Plugin({
    props: {
      handleKeyDown(_view: EditorView, event: KeyboardEvent) {
        if (event.key === 'Shift' && event.ctrlKey && !event.altKey && !event.metaKey) {
          pending = event.code === 'ShiftRight' ? 'rtl' : event.code === 'ShiftLeft' ? 'ltr' : null;
        } else if (event.key !== 'Control') {
          pending = null;
        }
        return false;
      },
      handleDOMEvents: {
        keyup(view: EditorView, event: KeyboardEvent) {
          if (event.key === 'Shift' && pending) {
            const dir = pending;
            pending = null;
            setDirection(dir)(view.state, view.dispatch);
            return true;
          }
          if (event.key === 'Control') pending = null;
          return false;
        },
        blur() {
          pending = null;
          return false;
        },
      },
    },
  });
}
