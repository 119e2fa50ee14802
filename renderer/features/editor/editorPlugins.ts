// The article editor's own plugins, in the order they must run: keys first (so Enter carries a
// hand-set direction and Ctrl+Shift sets one), then typing fixes, then the decorations.
import { Plugin, type Plugin as PluginT } from 'prosemirror-state';
import { editorKeymap } from './editorKeymap';
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

export function editorPlugins(): PluginT[] {
  return [
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
    pastePlugin(),
    figurePlugin(),
    viewEventsPlugin(),
  ];
}
