// The small form that sets or removes the link of the selected text. An unsafe address
// (javascript:, data:, anything but http(s) and mailto) is refused with a message and changes nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { isSafeHref } from '../../../../shared/editor/schema';
import { linkAt, removeLink, setLink } from './commands';

export function LinkEditor({ view, onClose }: { view: EditorView; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(() => linkAt(view.state) ?? 'https://');
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    if (view.state.selection.empty) return setError(t('editing.linkNeedsSelection'));
    if (!isSafeHref(href)) return setError(t('editing.linkUnsafe'));
    setLink(href)(view.state, view.dispatch);
    onClose();
    view.focus();
  };

  return (
    <form
      className="link-editor"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          onClose();
          view.focus();
        }
      }}
    >
      <label>
        {t('editing.linkAddress')}{' '}
        <input type="url" dir="ltr" value={href} autoFocus onChange={(e) => setHref(e.target.value)} aria-invalid={error !== null} />
      </label>
      <button type="submit">{t('editing.linkApply')}</button>
      <button
        type="button"
        onClick={() => {
          removeLink(view.state, view.dispatch);
          onClose();
          view.focus();
        }}
      >
        {t('editing.linkRemove')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
