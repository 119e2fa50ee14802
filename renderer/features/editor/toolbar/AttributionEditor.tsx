// The small form that sets who said a pull quote (its attribution), shown under the toolbar while
// the caret is in the quote. Enter sets it in one undoable step and returns to the text; Escape
// returns without a change. An empty field removes the attribution.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { applyAttribution, pullQuoteAt } from './commands';

export function AttributionEditor({ view, onClose }: { view: EditorView; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => String(pullQuoteAt(view.state)?.node.attrs.attribution ?? ''));

  const close = () => {
    onClose();
    view.focus();
  };

  return (
    <form
      className="attribution-editor"
      onSubmit={(e) => {
        e.preventDefault();
        applyAttribution(view, text);
        close();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label>
        {t('editing.attribution')}{' '}
        {/* dir="auto": an English name is typed left to right inside the Hebrew interface. */}
        <input type="text" dir="auto" spellCheck={false} value={text} autoFocus onFocus={(e) => e.currentTarget.select()} placeholder={t('editing.attributionPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit">{t('editing.attributionApply')}</button>
    </form>
  );
}
