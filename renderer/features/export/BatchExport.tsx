// The web desk's batch export from the library: every approved article, one after another,
// each as its own background export in main, with a progress bar and a cancel button that stops
// the running package before it is written and skips the rest. The gate still decides for each
// article; those it stops are listed by headline.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/model/article';
import type { ExportJobStatus } from '../../../shared/model/export';
import { ktav, shown, unwrap } from '../../platform/api';
import { useActions } from '../commands/actionRegistry';
import './batchExport.css';

/** How often the batch asks main how the running export is going. */
const POLL_MS = 200;

interface Progress {
  done: number;
  total: number;
  headline: string;
}

interface Summary {
  total: number;
  exported: number;
  stopped: string[];
  failed: string[];
  left: number;
}

async function untilDone(job: string): Promise<ExportJobStatus> {
  for (;;) {
    const status = unwrap(await ktav.export.status({ job }));
    if (status.done) return status;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export function BatchExport({ articles, onChanged, onError }: { articles: ArticleSummary[]; onChanged: () => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const approved = articles.filter((a) => a.status === 'approved');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const cancelled = useRef(false);
  const running = useRef<string | null>(null);
  const untitled = t('library.untitled');

  const run = async () => {
    if (progress || approved.length === 0) return;
    const batch = [...approved];
    const result: Summary = { total: batch.length, exported: 0, stopped: [], failed: [], left: 0 };
    cancelled.current = false;
    setSummary(null);
    try {
      for (const [i, article] of batch.entries()) {
        if (cancelled.current) {
          result.left = batch.length - i;
          break;
        }
        const headline = article.headline || untitled;
        setProgress({ done: i, total: batch.length, headline });
        const { job } = unwrap(await ktav.export.start({ id: article.id }));
        running.current = job;
        const status = await untilDone(job);
        running.current = null;
        if (status.pkg) result.exported++;
        else if (status.gate) result.stopped.push(headline);
        else if (status.cancelled) result.left = batch.length - i;
        else result.failed.push(headline);
        if (status.cancelled) break;
      }
    } catch (error) {
      onError((error as Error).message);
    } finally {
      running.current = null;
      setProgress(null);
      setSummary(result);
      onChanged(); // exported articles changed status
    }
  };

  const cancel = () => {
    cancelled.current = true;
    if (running.current) void ktav.export.cancel({ job: running.current }).then(shown);
  };

  // The palette's action always runs the latest `run` (it sees the current list).
  const runRef = useRef(run);
  runRef.current = run;
  useActions(
    () => (approved.length > 0 ? [{ id: 'article.exportApproved', title: 'export.batch.title', group: 'commands.groupArticle', run: () => void runRef.current() }] : []),
    [approved.length],
  );

  if (approved.length === 0 && !progress && !summary) return null;
  return (
    <div className="batch-export" role="group" aria-label={t('export.batch.title')}>
      {!progress && approved.length > 0 && (
        <button type="button" onClick={() => void run()} data-testid="batch-export">
          {t('export.batch.run', { count: approved.length })}
        </button>
      )}
      {progress && (
        <>
          <label>
            {t('export.batch.progress', { ...progress })} <progress max={progress.total} value={progress.done} />
          </label>
          <button type="button" onClick={cancel}>
            {t('export.batch.cancel')}
          </button>
        </>
      )}
      {summary && (
        <p role="status" data-testid="batch-export-summary">
          {t('export.batch.summary', { exported: summary.exported, total: summary.total })}
          {summary.stopped.length > 0 && ` ${t('export.batch.stopped', { list: summary.stopped.join(', ') })}`}
          {summary.failed.length > 0 && ` ${t('export.batch.failed', { list: summary.failed.join(', ') })}`}
          {summary.left > 0 && ` ${t('export.batch.cancelled', { left: summary.left })}`}
        </p>
      )}
    </div>
  );
}
