// The desk's details of an article: slug, section, tags, authors, status, target length and
// related articles. Saved together; a status change also keeps a version in main. Below them,
// where the article is on the web (read only: publishing writes it).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { ARTICLE_STATUSES, type ArticleFile, type ArticleMeta, type ArticleSummary } from '../../../../shared/model/article';
import { ktav, shown, unwrap } from '../../../platform/api';
import type { Autosave } from '../autosave';
import { transliterateSlug } from './transliterate';
import './details.css';
import { PublishedRecords } from '../../publish/PublishedRecords';

interface Props {
  article: ArticleFile;
  view: () => EditorView | null;
  autosave: () => Autosave | null;
  onSaved: (file: ArticleFile) => void;
  onError: (message: string) => void;
}

const list = (text: string) =>
  text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function MetadataPanel({ article, view, autosave, onSaved, onError }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [meta, setMeta] = useState<ArticleMeta>(article.meta);
  const [tags, setTags] = useState(article.meta.tags.join(', '));
  const [authors, setAuthors] = useState(article.meta.authors.join(', '));
  const [others, setOthers] = useState<ArticleSummary[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void ktav.article
      .list({})
      .then(shown)
      .then((list) => list && setOthers(list.filter((a) => a.id !== article.id)));
  }, [article.id]);

  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) => {
    setSaved(false);
    setMeta((m) => ({ ...m, [key]: value }));
  };

  const save = async () => {
    const saver = autosave();
    if (!saver) return;
    try {
      const file = await saver.exclusive(async (baseRevision) =>
        unwrap(
          await ktav.article.setMeta({
            id: article.id,
            baseRevision,
            patch: {
              slug: meta.slug,
              section: meta.section.trim(),
              tags: list(tags),
              authors: list(authors),
              status: meta.status,
              targetWords: meta.targetWords,
              related: meta.related,
            },
          }),
        ),
      );
      setMeta(file.meta);
      setSaved(true);
      onSaved(file);
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const headline = () => view()?.state.doc.child(0).textContent ?? '';
  const titleOf = (rid: string) => others.find((o) => o.id === rid)?.headline || rid;

  return (
    <form
      className="meta-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-status`}>{t('article.status')}</label>
      <select id={`${id}-status`} value={meta.status} onChange={(e) => set('status', e.target.value as ArticleMeta['status'])}>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-slug`}>{t('article.slug')}</label>
      <input id={`${id}-slug`} dir="auto" value={meta.slug} onChange={(e) => set('slug', e.target.value.replace(/\s+/g, '-'))} aria-describedby={`${id}-slug-hint`} />
      <small id={`${id}-slug-hint`} className="muted">
        {t('article.slugHint')}{' '}
        <button type="button" className="link-button" onClick={() => set('slug', transliterateSlug(headline()))}>
          {t('article.transliterate')}
        </button>
      </small>

      <label htmlFor={`${id}-section`}>{t('article.section')}</label>
      <input id={`${id}-section`} dir="auto" value={meta.section} onChange={(e) => set('section', e.target.value)} />

      <label htmlFor={`${id}-tags`}>{t('article.tags')}</label>
      <input id={`${id}-tags`} dir="auto" value={tags} placeholder={t('article.tagsHint')} onChange={(e) => (setSaved(false), setTags(e.target.value))} />

      <label htmlFor={`${id}-authors`}>{t('article.authors')}</label>
      <input id={`${id}-authors`} dir="auto" value={authors} placeholder={t('article.authorsHint')} onChange={(e) => (setSaved(false), setAuthors(e.target.value))} />

      <label htmlFor={`${id}-target`}>{t('article.targetWords')}</label>
      <input
        id={`${id}-target`}
        type="number"
        min={1}
        value={meta.targetWords ?? ''}
        onChange={(e) => set('targetWords', e.target.value ? Math.max(1, Math.round(Number(e.target.value))) : null)}
      />

      <fieldset>
        <legend>{t('article.related')}</legend>
        {meta.related.length === 0 ? (
          <p className="muted">{t('article.relatedNone')}</p>
        ) : (
          <ul>
            {meta.related.map((rid) => (
              <li key={rid} dir="auto">
                {titleOf(rid)}{' '}
                <button type="button" aria-label={t('article.relatedRemove', { headline: titleOf(rid) })} onClick={() => set('related', meta.related.filter((r) => r !== rid))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <select
          aria-label={t('article.relatedAdd')}
          value=""
          onChange={(e) => e.target.value && set('related', [...meta.related, e.target.value])}
        >
          <option value="">{t('article.relatedAdd')}</option>
          {others
            .filter((o) => !meta.related.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.headline || t('library.untitled')}
              </option>
            ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('publish.onTheWeb')}</legend>
        <PublishedRecords records={article.meta.published} />
      </fieldset>

      <button type="submit" className="primary">
        {t('article.saveDetails')}
      </button>
      {saved && (
        <span role="status" className="muted">
          {t('article.detailsSaved')}
        </span>
      )}
    </form>
  );
}
