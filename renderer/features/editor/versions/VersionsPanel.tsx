// Version history of the open article: the kept versions, newest first; choosing one shows
// what restoring it would change in the current text, and restores it on request.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { VersionInfo } from '../../../../shared/model/version';
import { ktav, unwrap } from '../../../platform/api';
import type { Autosave } from '../autosave';
import { docPlainText } from '../docText';
import { replaceDocument } from '../replaceDocument';
import { TextDiff } from '../../../ui/TextDiff';
import './versions.css';
import { formatLocale } from '../../../i18n/locale';

interface Props {
  articleId: string;
  view: () => EditorView | null;
  autosave: () => Autosave | null;
  /** Changes whenever a version may have been added (Ctrl+S, a restore, a status change). */
  refreshKey: number;
  onRestored: () => void;
  onError: (message: string) => void;
}

export function VersionsPanel({ articleId, view, autosave, refreshKey, onRestored, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [selected, setSelected] = useState<{ info: VersionInfo; text: string; current: string } | null>(null);
  // Made once per language: a new Intl.DateTimeFormat costs milliseconds, and this panel renders
  // again with the editor's save state while a person types.
  const when = useMemo(
    () => new Intl.DateTimeFormat(formatLocale(i18n.language), { dateStyle: 'short', timeStyle: 'medium' }),
    [i18n.language],
  );

  const load = useCallback(async () => {
    const outcome = await ktav.history.list({ id: articleId });
    if (outcome.ok) setVersions(outcome.value);
    else onError(outcome.error.message);
  }, [articleId, onError]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const choose = async (info: VersionInfo) => {
    try {
      const version = unwrap(await ktav.history.get({ id: articleId, name: info.name }));
      const current = view() ? docPlainText(view()!.state.doc.toJSON()) : '';
      setSelected({ info, text: docPlainText(version.doc), current });
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const restore = async () => {
    const saver = autosave();
    const editor = view();
    if (!selected || !saver || !editor) return;
    try {
      const file = await saver.exclusive(async () => unwrap(await ktav.history.restore({ id: articleId, name: selected.info.name })));
      replaceDocument(editor, file.doc);
      setSelected(null);
      onRestored();
      await load();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  if (versions.length === 0) return <p className="muted">{t('article.versionsEmpty')}</p>;
  return (
    <div className="versions">
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.name}>
            <button
              type="button"
              className="link-button"
              aria-pressed={selected?.info.name === v.name}
              data-version={v.name}
              onClick={() => void choose(v)}
            >
              {t('article.version', { revision: v.revision, when: when.format(new Date(v.savedAt)) })}
            </button>{' '}
            <span className="muted">
              {t(`article.reason.${v.reason}`)} · {t('editor.words', { count: v.words })}
            </span>
          </li>
        ))}
      </ul>
      {selected && (
        <section className="version-compare" aria-label={t('article.compare')}>
          <h3>{t('article.compare')}</h3>
          <TextDiff before={selected.current} after={selected.text} />
          <button type="button" className="primary" onClick={() => void restore()}>
            {t('article.restoreVersion')}
          </button>
        </section>
      )}
    </div>
  );
}
