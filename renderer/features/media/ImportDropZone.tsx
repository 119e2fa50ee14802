// Where pictures come in: drop files anywhere on the zone, or choose them with the file picker
// (the browser shell has no native dialog). A progress bar follows a batch; refused files are
// listed by name with the reason, and the rest of the batch goes on.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaImportResult } from '../../../shared/api/calls/media';
import type { MediaRecord } from '../../../shared/model/media';
import type { SendProgress } from '../../platform/sendFiles';
import { importPictures, PICTURE_ACCEPT } from './importPictures';

export function ImportDropZone({ onImported, children }: { onImported: (records: MediaRecord[]) => void; children: React.ReactNode }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const [last, setLast] = useState<{ results: MediaImportResult[]; left: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [over, setOver] = useState(false);

  const run = async (files: File[]) => {
    if (files.length === 0) return;
    setLast(null);
    abort.current = new AbortController();
    const results = await importPictures(files, { onProgress: setProgress, signal: abort.current.signal });
    abort.current = null;
    setProgress(null);
    setLast({ results, left: files.length - results.length });
    onImported(results.flatMap((r) => (r.ok ? [r.record] : [])));
  };

  const imported = last?.results.filter((r) => r.ok && !r.duplicate).length ?? 0;
  const duplicates = last?.results.filter((r) => r.ok && r.duplicate).length ?? 0;
  const refused = last?.results.filter((r): r is Extract<MediaImportResult, { ok: false }> => !r.ok) ?? [];

  return (
    <div
      className={`media-drop${over ? ' over' : ''}`}
      data-testid="media-drop"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        setOver(false);
        void run([...e.dataTransfer.files]);
      }}
    >
      <div className="media-drop-bar">
        <span>{t('media.dropHere')}</span>{' '}
        <button type="button" onClick={() => input.current?.click()}>
          {t('media.chooseFiles')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={PICTURE_ACCEPT}
          data-testid="media-file-input"
          onChange={(e) => {
            void run([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        {progress && (
          <label className="media-progress">
            {t('media.importing', { ...progress })} <progress max={progress.total} value={progress.done} />
          </label>
        )}
        {progress && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('media.cancelImport')}
          </button>
        )}
        {last && (
          <span role="status">
            {t('media.imported', { count: imported })}
            {duplicates > 0 && ` · ${t('media.duplicates', { count: duplicates })}`}
            {last.left > 0 && ` · ${t('media.importCancelled', { left: last.left })}`}
          </span>
        )}
      </div>
      {refused.length > 0 && (
        <div role="alert" className="media-refused">
          <strong>{t('media.refused')}</strong>
          <ul>
            {refused.map((r) => (
              <li key={r.file} dir="auto">
                {r.error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </div>
  );
}
