// פרסום לאתר, beside the package export: the site, draft / publish now / schedule (a time in
// the newsroom's zone, which main sends to WordPress in UTC), what will happen (the category,
// new tags, an update of the post already there, pictures to upload), then the answer: the
// post's link, a queued publish in the outbox, or a post changed on the site shown field by field
// before anything is overwritten. The export's gate runs in main before anything is sent.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, PUBLISH_STATUSES, type PublishOutcome, type PublishPreview, type PublishStatus, type SiteView } from '../../../shared/model/publish';
import { ktav, unwrap } from '../../platform/api';
import { OutboxList } from './OutboxList';
import './publish.css';

export interface PublishPanelProps {
  articleId: string;
  /** The gate as the export screen last saw it: nothing is sent while it stops the article. */
  gateOk: boolean;
  onSettings: () => void;
  onError: (message: string) => void;
}

export function PublishPanel({ articleId, gateOk, onSettings, onError }: PublishPanelProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [sites, setSites] = useState<SiteView[] | null>(null);
  const [site, setSite] = useState<string>('');
  const [status, setStatus] = useState<PublishStatus>('draft');
  const [at, setAt] = useState('');
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [createCategory, setCreateCategory] = useState(false);
  const [outcome, setOutcome] = useState<PublishOutcome | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    void ktav.publish.sites({}).then((o) => {
      if (!o.ok) return onError(o.error.message);
      setSites(o.value);
      setSite((s) => s || o.value[0]?.name || '');
    });
  }, [onError]);

  const loadPreview = useCallback(async () => {
    if (!site) return;
    const answer = await ktav.publish.preview({ articleId, site });
    // Offline, the preview cannot ask the site; publishing still works (it waits in the outbox).
    if (answer.ok) {
      setPreview(answer.value);
      setPreviewError(null);
    } else {
      setPreview(null);
      setPreviewError(answer.error.message);
    }
  }, [articleId, site]);

  useEffect(() => {
    void loadPreview();
  }, [loadPreview]);

  const publish = async (force = false) => {
    setRunning(true);
    try {
      const answer = unwrap(await ktav.publish.publish({ articleId, site, status, ...(status === 'future' ? { at } : {}), force, createCategory }));
      setOutcome(answer);
      if (answer.kind === 'published') void loadPreview();
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setRunning(false);
    }
  };

  if (sites === null) return null;
  if (sites.length === 0) {
    return (
      <section className="publish-panel" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('publish.panelTitle')}</h2>
        <p className="muted">{t('publish.noSiteYet')}</p>
        <button type="button" onClick={onSettings}>
          {t('publish.toSettings')}
        </button>
      </section>
    );
  }

  const zone = sites.find((s) => s.name === site)?.timeZone ?? DEFAULT_TIME_ZONE;
  const missingCategory = preview?.category && !preview.category.exists ? preview.category.name : null;
  const newTags = preview?.tags.filter((x) => !x.exists).length ?? 0;
  const blocked = !gateOk || (status === 'future' && !at) || (missingCategory !== null && !createCategory);
  return (
    <section className="publish-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('publish.panelTitle')}</h2>
      {sites.length > 1 && (
        <label>
          {t('publish.site')}
          <select value={site} onChange={(e) => setSite(e.target.value)} disabled={running}>
            {sites.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="publish-how" disabled={running}>
        <legend>{t('publish.howTitle')}</legend>
        {PUBLISH_STATUSES.map((s) => (
          <label key={s}>
            <input type="radio" name={`${ids}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} /> {t(`publish.status_${s}`)}
          </label>
        ))}
        {status === 'future' && (
          <label>
            {t('publish.at', { zone })}
            <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
          </label>
        )}
      </fieldset>
      {preview && (
        <ul className="publish-preview">
          {preview.existing && <li>{t('publish.existing', { status: wpStatus(t, preview.existing.status) })}</li>}
          {!preview.category && <li>{t('publish.noCategory')}</li>}
          {preview.category?.exists && <li dir="auto">{t('publish.category', { name: preview.category.name })}</li>}
          {missingCategory && (
            <li>
              <span dir="auto">{t('publish.categoryMissing', { name: missingCategory })}</span>
              <label>
                <input type="checkbox" checked={createCategory} onChange={(e) => setCreateCategory(e.target.checked)} /> {t('publish.createCategory', { name: missingCategory })}
              </label>
            </li>
          )}
          {preview.tags.length > 0 && (
            <li dir="auto">
              {t('publish.tags', { names: preview.tags.map((x) => x.name).join(', ') })}
              {newTags > 0 && ` (${t('publish.newTags', { count: newTags })})`}
            </li>
          )}
          <li>{t('publish.pictures', { total: preview.pictures, upload: preview.picturesToUpload })}</li>
        </ul>
      )}
      {previewError && (
        <p className="muted" dir="auto">
          {previewError}
        </p>
      )}
      <button type="button" className="publish-run" disabled={blocked || running} onClick={() => void publish()}>
        {running ? t('publish.running') : preview?.existing ? t('publish.update') : t('publish.run')}
      </button>
      {outcome && <PublishAnswer outcome={outcome} running={running} onOverwrite={() => void publish(true)} onKeep={() => setOutcome(null)} />}
      {outcome?.kind === 'queued' && <OutboxList onError={onError} />}
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
function wpStatus(t: T, status: string): string {
  return t(`publish.wpStatus_${status}`, { defaultValue: status });
}

function PublishAnswer({ outcome, running, onOverwrite, onKeep }: { outcome: PublishOutcome; running: boolean; onOverwrite: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  if (outcome.kind === 'gate') return <p role="alert">{t('publish.gateStopped')}</p>;
  if (outcome.kind === 'queued') return <p role="status">{t('publish.queued')}</p>;
  if (outcome.kind === 'changed-on-site') {
    return (
      <div className="publish-changed" role="alert">
        <p>{t('publish.changedOnSite')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('publish.onSite')}</th>
              <th scope="col">{t('publish.inKtav')}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{t(`publish.field_${c.field}`)}</th>
                <td dir="auto">{c.site}</td>
                <td dir="auto">{c.ktav}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button type="button" disabled={running} onClick={onOverwrite}>
            {t('publish.overwrite')}
          </button>
          <button type="button" disabled={running} onClick={onKeep}>
            {t('publish.keepSite')}
          </button>
        </div>
      </div>
    );
  }
  const p = outcome.published;
  const uploaded = p.media.filter((m) => m.uploaded).length;
  return (
    <div className="publish-result" role="status">
      <p>{t(p.updated ? 'publish.updated' : 'publish.published', { status: wpStatus(t, p.status) })}</p>
      <p>
        {/* Opens in the person's browser: the window itself never navigates (see the shells). */}
        <a href={p.link} target="_blank" rel="noreferrer" dir="ltr">
          {p.link}
        </a>
      </p>
      {p.media.length > 0 && <p className="muted">{t('publish.uploaded', { uploaded, reused: p.media.length - uploaded })}</p>}
      {p.notes.map((n) => (
        <p key={n} className="muted" dir="auto">
          {n}
        </p>
      ))}
    </div>
  );
}
