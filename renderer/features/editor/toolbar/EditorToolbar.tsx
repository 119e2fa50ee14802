// The editing toolbar: block types, lists, marks, link, a pull quote's attribution, note,
// direction, picture, find, undo.
// Every button has a Hebrew label, a tooltip with its shortcut, and `aria-pressed` when it is a
// state. It re-renders only when what it shows changes (see toolbarState.ts).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { Command } from 'prosemirror-state';
import { undo, redo } from 'prosemirror-history';
import { commands, pullQuoteAt, type CommandName } from './commands';
import { parseToolbarKey, toolbarKey } from './toolbarState';
import { setDirection } from '../direction/directionCommands';
import { toggleInvisibles } from '../invisibles/invisiblesPlugin';
import { OPEN_PANEL_EVENT, SHORTCUTS, type EditorPanel } from '../editorKeymap';
import { useViewValue } from '../viewEvents';
import { LinkEditor } from './LinkEditor';
import { AttributionEditor } from './AttributionEditor';
import { AttributionIcon, FindIcon, LinkIcon, PictureIcon } from './icons';
import '../editor.css';

export interface EditorToolbarProps {
  view: EditorView | null;
  /** Opens the pictures tab's picker, which inserts the chosen picture as a figure. */
  onInsertPicture?: () => void;
  /** Opens the find bar. */
  onFind: () => void;
}

const deriveKey = (view: EditorView) => toolbarKey(view.state);

export function EditorToolbar({ view, onInsertPicture, onFind }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = parseToolbarKey(useViewValue(view, deriveKey, ''));
  const [linkOpen, setLinkOpen] = useState(false);
  const [attributionOpen, setAttributionOpen] = useState(false);
  const inPullQuote = state.inPullQuote;
  // One small form under the toolbar at a time.
  const openOnly = useCallback((form: 'link' | 'attribution' | null) => {
    setLinkOpen(form === 'link');
    setAttributionOpen(form === 'attribution');
  }, []);

  const run = useCallback(
    (cmd: Command) => {
      if (!view) return;
      cmd(view.state, view.dispatch, view);
      view.focus();
    },
    [view],
  );

  useEffect(() => {
    if (!view) return;
    const onOpen = (e: Event) => {
      const panel = (e as CustomEvent<EditorPanel>).detail;
      if (panel === 'link') openOnly('link');
      else if (panel === 'find') onFind();
      else if (panel === 'attribution' && pullQuoteAt(view.state)) openOnly('attribution');
    };
    view.dom.addEventListener(OPEN_PANEL_EVENT, onOpen);
    return () => view.dom.removeEventListener(OPEN_PANEL_EVENT, onOpen);
  }, [view, onFind, openOnly]);

  // The attribution belongs to the quote the caret is in: when the caret leaves it, the field goes.
  useEffect(() => {
    if (!inPullQuote) setAttributionOpen(false);
  }, [inPullQuote]);

  const label = (name: keyof typeof SHORTCUTS) => t('editing.shortcut', { label: t(`editing.${name}`), keys: SHORTCUTS[name] });

  const button = (name: CommandName & keyof typeof SHORTCUTS, text: string, pressed?: boolean, disabled?: boolean) => (
    <button
      type="button"
      className={`tool tool-${name}`}
      aria-label={t(`editing.${name}`)}
      title={label(name)}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => run(commands[name])}
    >
      {text}
    </button>
  );

  const body = !state.inField;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editing.toolbar')}>
      <div className="tool-group">
        <button type="button" className="tool" aria-label={t('editing.undo')} title={label('undo')} disabled={!state.canUndo} onMouseDown={(e) => e.preventDefault()} onClick={() => run(undo)}>
          ↶
        </button>
        <button type="button" className="tool" aria-label={t('editing.redo')} title={label('redo')} disabled={!state.canRedo} onMouseDown={(e) => e.preventDefault()} onClick={() => run(redo)}>
          ↷
        </button>
      </div>
      <div className="tool-group">
        {button('paragraph', '¶', state.block === 'paragraph', !body)}
        {button('heading2', 'H2', state.block === 'heading2', !body)}
        {button('heading3', 'H3', state.block === 'heading3', !body)}
        {button('blockquote', '❝', state.block === 'blockquote', !body)}
        {button('pullQuote', '❞', state.block === 'pullQuote', !body)}
        <button
          type="button"
          className="tool tool-attribution"
          aria-label={t('editing.attribution')}
          title={label('attribution')}
          aria-expanded={attributionOpen}
          disabled={!inPullQuote}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => openOnly(attributionOpen ? null : 'attribution')}
        >
          <AttributionIcon />
        </button>
        {button('bulletList', '•', state.block === 'bulletList', !body)}
        {button('orderedList', '1.', state.block === 'orderedList', !body)}
        {button('horizontalRule', '―', undefined, !body)}
      </div>
      <div className="tool-group">
        {button('strong', 'ב', state.marks.has('strong'), !body)}
        {button('em', 'נ', state.marks.has('em'), !body)}
        <button
          type="button"
          className="tool tool-link"
          aria-label={t('editing.link')}
          title={label('link')}
          aria-pressed={state.marks.has('link')}
          disabled={!body}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => openOnly(linkOpen ? null : 'link')}
        >
          <LinkIcon />
        </button>
        {button('note', '✎', state.marks.has('note'), !body)}
        {button('bidi', '⇄', state.marks.has('bidi'), !body || (!state.hasSelection && !state.marks.has('bidi')))}
      </div>
      <div className="tool-group" role="group" aria-label={t('editing.autoDir')}>
        <button type="button" className="tool" aria-label={t('editing.rtl')} title={label('rtl')} aria-pressed={state.dir === 'rtl'} onMouseDown={(e) => e.preventDefault()} onClick={() => run(setDirection('rtl'))}>
          ⇐
        </button>
        <button type="button" className="tool" aria-label={t('editing.ltr')} title={label('ltr')} aria-pressed={state.dir === 'ltr'} onMouseDown={(e) => e.preventDefault()} onClick={() => run(setDirection('ltr'))}>
          ⇒
        </button>
        <button type="button" className="tool" aria-label={t('editing.autoDir')} title={t('editing.autoDir')} aria-pressed={state.dir === 'auto'} onMouseDown={(e) => e.preventDefault()} onClick={() => run(setDirection('auto'))}>
          ⇔
        </button>
      </div>
      <div className="tool-group">
        <button type="button" className="tool" aria-label={t('editing.insertPicture')} title={t('editing.insertPicture')} disabled={!body || !onInsertPicture} onMouseDown={(e) => e.preventDefault()} onClick={() => onInsertPicture?.()}>
          <PictureIcon />
        </button>
        <button type="button" className="tool" aria-label={t('editing.find')} title={label('find')} onMouseDown={(e) => e.preventDefault()} onClick={onFind}>
          <FindIcon />
        </button>
        <button type="button" className="tool" aria-label={t('editing.invisibles')} title={label('invisibles')} aria-pressed={state.invisibles} onMouseDown={(e) => e.preventDefault()} onClick={() => run(toggleInvisibles)}>
          ¶̸
        </button>
      </div>
      {linkOpen && view && <LinkEditor view={view} onClose={() => setLinkOpen(false)} />}
      {attributionOpen && inPullQuote && view && <AttributionEditor view={view} onClose={() => setAttributionOpen(false)} />}
    </div>
  );
}
