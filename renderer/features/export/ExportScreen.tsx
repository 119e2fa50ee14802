// The export screen (ייצוא לאתר): the gate's results and a preview of the page first, then the
// export itself, which runs in main while this screen shows its progress and stays usable;
// beside it, publishing to the site (../publish/PublishPanel.tsx).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJobStatus, GateReport } from '../../../shared/model/export';
import { ktav, unwrap } from '../../platform/api';
import { GateFindings } from './GateFindings';
import { PublishPanel } from '../publish/PublishPanel';
import './export.css';

export interface ExportScreenProps {
  articleId: string;
  onBack: () => void;
  /** To הגדרות → אתרים, where a site to publish to is added. */
  onSettings: () => void;
  onError: (message: string) => void;
}

/** How often the screen asks main how the export is going. */
const POLL_MS = 200;

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export function ExportScreen({ articleId, onBack, onSettings, onError }: ExportScreenProps) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<{ gate: GateReport; page: string | null } | null>(null);
  const [originals, setOriginals] = useState(false);
  const [job, setJob] = useState<ExportJobStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const recheck = useCallback(async () => {
    try {
      setCheck(unwrap(await ktav.export.check({ id: articleId })));
    } catch (e) {
      onError((e as Error).message);
    }
  }, [articleId, onError]);

  useEffect(() => {
    void recheck();
    return () => clearTimeout(timer.current);
  }, [recheck]);

  const follow = useCallback(
    (id: string) => {
      const poll = async () => {
        try {
          const status = unwrap(await ktav.export.status({ job: id }));
          setJob(status);
          if (!status.done) timer.current = setTimeout(() => void poll(), POLL_MS);
          else if (status.error) onError(status.error.message);
          else if (status.gate) setCheck((c) => (c ? { ...c, gate: status.gate! } : c));
        } catch (e) {
          onError((e as Error).message);
        }
      };
      void poll();
    },
    [onError],
  );

  const start = async () => {
    try {
      const { job: id } = unwrap(await ktav.export.start({ id: articleId, includeOriginals: originals }));
      setJob({ job: id, articleId, done: false, progress: null });
      follow(id);
    } catch (e) {
      onError((e as Error).message);
    }
  };

  const cancel = async () => {
    if (!job) return;
    const outcome = await ktav.export.cancel({ job: job.job });
    if (!outcome.ok) onError(outcome.error.message);
  };

  const running = job !== null && !job.done;
  const p = job?.progress;
  const stepText = p ? t(`export.step_${p.step}`, { done: p.done, total: p.total }) : t('export.running');
  // Pictures are most of the work: the bar follows them, then the writing.
  const value = !p ? 0 : p.step === 'images' ? 0.1 + 0.8 * (p.total ? p.done / p.total : 0) : p.step === 'write' ? 0.95 : p.step === 'done' ? 1 : 0.05;

  return (
    <section className="export-screen" aria-labelledby="export-title">
      <header className="toolbar">
        <button type="button" onClick={onBack}>
          {t('export.back')}
        </button>
        <h1 id="export-title">{t('export.title')}</h1>
      </header>
      {!check ? (
        <p role="status">{t('export.checking')}</p>
      ) : (
        <div className="export-layout">
          <div className="export-side">
            <GateFindings gate={check.gate} />
            <label className="export-originals">
              <input type="checkbox" checked={originals} onChange={(e) => setOriginals(e.target.checked)} disabled={running} /> {t('export.originals')}
            </label>
            <button type="button" className="export-run" onClick={() => void start()} disabled={!check.gate.ok || running} data-testid="export-run">
              {running ? t('export.running') : t('export.run')}
            </button>
            {job && (
              <div className="export-progress" data-testid="export-progress">
                <progress max={1} value={value} aria-label={t('export.progress')} />
                <span role="status" aria-live="polite">
                  {job.done && job.pkg ? t('export.step_done') : job.done && job.gate ? t('export.stopped') : job.done && job.cancelled ? t('export.cancelled') : stepText}
                </span>
                {running && (
                  <button type="button" onClick={() => void cancel()} data-testid="export-cancel">
                    {t('export.cancel')}
                  </button>
                )}
              </div>
            )}
            {job?.done && job.pkg && (
              <div className="export-result" data-testid="export-result">
                <p>{t('export.done', { path: job.pkg.path })}</p>
                <p className="export-details">
                  {t('export.details', { files: job.pkg.files, size: formatBytes(job.pkg.bytes), sha: job.pkg.sha256 })}
                </p>
              </div>
            )}
            <PublishPanel articleId={articleId} gateOk={check.gate.ok} onSettings={onSettings} onError={onError} />
          </div>
          {check.page && (
            // No scripts, no forms, no navigation: the preview is a picture of the page, nothing more.
            <iframe className="export-preview" title={t('export.preview')} sandbox="allow-same-origin" srcDoc={check.page} data-testid="export-preview" />
          )}
        </div>
      )}
    </section>
  );
}
