// The small form that sets or removes the link of the selected text. An unsafe address
// (javascript:, data:, anything but http(s) and mailto) is refused with a message and changes nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { isSafeHref } from '../../../../shared/editor/schema';
import { linkAt, removeLink, setLink } from './commands';

// The address opens selected (the `https://` offered, or the link's own), so what is typed or pasted
// replaces it rather than making `https://https://…` or `https://mailto:…`.
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
      // Ktav checks the address itself, with a Hebrew message; the browser's own check would
      // stop `www.example.com` with a bubble in the system's language and say nothing useful.
      noValidate
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
        <input
          type="url"
          dir="ltr"
          value={href}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setHref(e.target.value);
            setError(null); // a message about the address before this change would mislead
          }}
          aria-invalid={error !== null}
        />
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
