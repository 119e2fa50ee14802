// Every plugin of the article editor, in the order they must run: history first, then keys (so
// Enter carries a hand-set direction and Ctrl+Shift sets one), typing fixes, the decorations,
// paste, figures, and ProseMirror's base keys and cursors last.
import { Plugin } from 'prosemirror-state';
import { baseKeymap, toggleMark, chainCommands } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { articleSchema } from '../../../shared/editor/schema';
import { editorKeymap } from './editorKeymap';
import { enterInField } from './fieldKeys';
import { placeholders } from './placeholders';
import { directionShortcut } from './direction/directionShortcut';
import { directedBlockViews } from './direction/directedBlockViews';
import { isolationPlugin } from './direction/isolationPlugin';
import { houseStylePlugin } from './typography/houseStylePlugin';
import { autocorrectPlugin } from './typography/autocorrectPlugin';
import { findingsPlugin } from './typography/findingsPlugin';
import { findPlugin } from './find/findPlugin';
import { invisiblesPlugin } from './invisibles/invisiblesPlugin';
import { pastePlugin } from './paste/pastePlugin';
import { caretPlugin } from './caret/caretPlugin';
import { viewEventsPlugin } from './viewEvents';
import { typingPausePlugin } from './typingPause';
import { offscreenBlocksPlugin } from './offscreenBlocks';
import { figurePlugin } from './figures/figurePlugin';
import { spellingPlugins } from './spelling/spellingPlugin';

/**
 * `labels`: the placeholders of the headline, lead, byline and an empty body; `spellingIgnored`:
 * the words the article's spell checking ignores (its metadata).
 */
export function editorPlugins(labels: readonly [string, string, string, string], spellingIgnored: readonly string[] = []): Plugin[] {
  const marks = articleSchema.marks;
  return [
    history(),
    houseStylePlugin(),
    directionShortcut(),
    caretPlugin(),
    editorKeymap(),
    autocorrectPlugin(),
    new Plugin({ props: { nodeViews: directedBlockViews } }),
    typingPausePlugin(),
    offscreenBlocksPlugin(),
    isolationPlugin(),
    findingsPlugin(),
    findPlugin(),
    invisiblesPlugin(),
    ...spellingPlugins({ ignored: spellingIgnored }),
    pastePlugin(),
    figurePlugin(),
    viewEventsPlugin(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo,
      'Mod-b': toggleMark(marks.strong!),
      'Mod-i': toggleMark(marks.em!),
      Enter: chainCommands(enterInField, baseKeymap.Enter!),
    }),
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
    placeholders(labels),
  ];
}
