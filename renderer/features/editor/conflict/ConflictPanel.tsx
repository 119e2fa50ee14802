// When the article's file changed on disk under the editor: both texts are kept (the person's
// as a conflict copy), the difference is shown, and the person keeps theirs, takes the disk's,
// or merges by hand in the editor and then keeps theirs.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../../shared/model/article';
import { ktav, unwrap } from '../../../platform/api';
import type { Autosave } from '../autosave';
import { docPlainText } from '../docText';
import { replaceDocument } from '../replaceDocument';
import { TextDiff } from '../../../ui/TextDiff';
import './conflict.css';

interface Props {
  articleId: string;
  reason: string;
  view: () => EditorView | null;
  autosave: () => Autosave | null;
  onError: (message: string) => void;
}

export function ConflictPanel({ articleId, reason, view, autosave, onError }: Props) {
  const { t } = useTranslation();
  const [disk, setDisk] = useState<ArticleFile | null>(null);

  useEffect(() => {
    void ktav.article.get({ id: articleId }).then((o) => (o.ok ? setDisk(o.value) : onError(o.error.message)));
  }, [articleId, onError]);

  const keepMine = async () => {
    if (!disk) return;
    // Read the disk again: the decision is about the text the person has just seen.
    const seen = unwrap(await ktav.article.get({ id: articleId }));
    // The text on disk is about to be replaced: keep it as a version, so both stay.
    unwrap(await ktav.article.keepVersion({ id: articleId, reason: 'conflict' }));
    await autosave()?.resolveConflict(seen.revision, true);
  };

  const takeTheirs = async () => {
    const editor = view();
    if (!editor) return;
    const seen = unwrap(await ktav.article.get({ id: articleId }));
    await autosave()?.resolveConflict(seen.revision, false);
    replaceDocument(editor, seen.doc);
  };

  const mine = view() ? docPlainText(view()!.state.doc.toJSON()) : '';
  return (
    <section className="conflict-panel" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-intro">
      <h2 id="conflict-title">{t('article.conflictTitle')}</h2>
      <p id="conflict-intro">{t('article.conflictIntro')}</p>
      <p className="muted">{reason}</p>
      {disk && (
        <>
          <h3>{t('article.conflictDiff')}</h3>
          <TextDiff before={docPlainText(disk.doc)} after={mine} />
        </>
      )}
      <p className="muted">{t('article.conflictMerge')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void keepMine().catch((e: Error) => onError(e.message))}>
          {t('article.conflictKeepMine')}
        </button>
        <button type="button" onClick={() => void takeTheirs().catch((e: Error) => onError(e.message))}>
          {t('article.conflictTakeTheirs')}
        </button>
      </div>
    </section>
  );
}
