// The conflicts syncs kept, each with where it is and both sides, and the two decisions: keep
// mine (nothing changes) or take theirs (that block or field only; the replaced text stays in
// the article's versions).
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OpenConflict } from '../../../shared/model/sync';
import { ktav, unwrap } from '../../platform/api';
import { refreshSyncStatus, useSyncStatus } from './syncStatus';

interface Props {
  onError: (m: string) => void;
  onOpenArticle?: (id: string) => void;
  /** Only the conflicts of this kind of subject (and this one, with `id`); hidden when there are none. */
  kind?: 'article' | 'picture';
  id?: string;
}

export function SyncConflicts({ onError, onOpenArticle, kind, id }: Props) {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const list = (status?.conflicts ?? []).filter((c) => (!kind || c.subject.kind === kind) && (!id || (c.subject as { id?: string }).id === id));
  if (kind && list.length === 0) return null;

  const decide = async (key: string, take: 'ours' | 'theirs') => {
    try {
      unwrap(await ktav.sync.decide({ key, take }));
      await refreshSyncStatus();
    } catch (e) {
      onError((e as Error).message);
    }
  };

  return (
    <section className="sync-conflicts" aria-label={t('sync.conflicts')}>
      <h3>{t('sync.conflicts')}</h3>
      {list.length === 0 && <p className="muted">{t('sync.noConflicts')}</p>}
      <ul>
        {list.map((c) => (
          <li key={c.key} className="sync-conflict-item" data-subject={c.subject.kind}>
            <strong>{subjectText(t, c)}</strong> · <span>{placeText(t, c)}</span>
            {hasSides(c) && (
              <dl className="sides">
                <dt>{t('sync.ours')}</dt>
                <dd dir="auto">{sideText(c.ours)}</dd>
                <dt>{t('sync.theirs')}</dt>
                <dd dir="auto">{sideText(c.theirs)}</dd>
              </dl>
            )}
            {c.keptAt && <p className="muted">{t('sync.keptAt', { path: `\u2066${c.keptAt}\u2069` })}</p>}
            <div className="actions">
              {c.subject.kind === 'article' && onOpenArticle && (
                <button type="button" onClick={() => onOpenArticle((c.subject as { id: string }).id)}>
                  {t('sync.open')}
                </button>
              )}
              <button type="button" onClick={() => void decide(c.key, 'ours')}>
                {hasSides(c) ? t('sync.keepOurs') : t('sync.resolved')}
              </button>
              {hasSides(c) && (
                <button type="button" onClick={() => void decide(c.key, 'theirs')}>
                  {t('sync.takeTheirs')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

type T = TFunction;

function subjectText(t: T, c: OpenConflict): string {
  if (c.subject.kind === 'article') return t('sync.conflictArticle', { name: c.place.kind === 'block' && c.place.block === 'headline' ? c.place.excerpt : c.subject.id });
  if (c.subject.kind === 'picture') return t('sync.conflictPicture', { name: c.subject.id.slice(0, 12) });
  return t('sync.conflictFile', { name: c.subject.path });
}

function placeText(t: T, c: OpenConflict): string {
  switch (c.place.kind) {
    case 'block':
      return t('sync.placeBlock', { excerpt: c.place.excerpt });
    case 'meta':
    case 'credit':
      return t('sync.placeField', { field: c.place.field });
    case 'deleted':
      return t('sync.placeDeleted');
    default:
      return t('sync.placeFile');
  }
}

function hasSides(c: OpenConflict): boolean {
  return c.place.kind === 'block' || c.place.kind === 'meta' || c.place.kind === 'credit';
}

/** A block's text, or a field's value, as a line a person can read. */
function sideText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(sideText).join(', ');
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      const n = node as { text?: unknown; content?: unknown[] };
      if (typeof n.text === 'string') texts.push(n.text);
      n.content?.forEach(walk);
    }
  };
  walk(value);
  return texts.join('') || JSON.stringify(value);
}
