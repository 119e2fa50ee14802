// The media library screen (ספריית התמונות): a grid of thumbnails with badges for what each
// picture lacks, filters and search, a selection of one or many, and the credit panel that
// applies a credit to the whole selection in one action.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncConflicts } from '../sync/SyncConflicts';
import { DamagedMediaNotice } from './DamagedMediaNotice';
import type { CodeTable } from '../../../shared/media/codeReplacements';
import type { CreditRegistry } from '../../../shared/media/creditRegistry';
import type { PatchModes } from '../../../shared/media/creditPatch';
import { RIGHTS_CATEGORIES, type CreditPatch, type MediaRecord } from '../../../shared/model/media';
import { ktav, unwrap } from '../../platform/api';
import { CodesEditor } from './CodesEditor';
import { CreditPanel } from './CreditPanel';
import { ImportDropZone } from './ImportDropZone';
import { filterMedia, NO_FILTER, type MediaFilter, type StatusFilter } from './mediaFilter';
import { MediaTile } from './MediaTile';
import { MergeCredits } from './MergeCredits';
import { useMediaStore } from './useMediaStore';
import './media.css';

const STATUSES: StatusFilter[] = ['all', 'uncredited', 'noAlt', 'expired', 'used', 'unused'];
const EMPTY_REGISTRY: CreditRegistry = { creditLines: [], creators: [], sources: [] };

export function MediaLibraryScreen({ onError }: { onError: (message: string) => void }) {
  const { t } = useTranslation();
  const store = useMediaStore();
  const [filter, setFilter] = useState<MediaFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [registry, setRegistry] = useState<CreditRegistry>(EMPTY_REGISTRY);
  const [codes, setCodes] = useState<CodeTable>({});

  // `store.version` changes whenever a record does: the lists below follow it.
  const all = useMemo(() => store.all().sort((a, b) => b.importedAt.localeCompare(a.importedAt)), [store.version]);
  const shown = useMemo(() => filterMedia(all, filter), [all, filter]);
  const selection = useMemo(() => selected.flatMap((id) => store.get(id) ?? []), [selected, store.version]);

  const loadRegistry = useCallback(async () => setRegistry(unwrap(await ktav.media.registry({}))), []);
  useEffect(() => {
    void loadRegistry().catch((e: Error) => onError(e.message));
    void ktav.media.codes({}).then((o) => (o.ok ? setCodes(o.value) : onError(o.error.message)));
  }, [loadRegistry, onError]);

  const changed = (records: MediaRecord[]) => {
    store.update(records);
    void loadRegistry();
  };

  const click = (id: string, e: React.MouseEvent) => {
    if (e.shiftKey && anchor) {
      const ids = shown.map((i) => i.id);
      const [a, b] = [ids.indexOf(anchor), ids.indexOf(id)].sort((x, y) => x - y);
      if (a! >= 0) return setSelected(ids.slice(a, b! + 1));
    }
    if (e.ctrlKey || e.metaKey) return toggle(id);
    setSelected([id]);
    setAnchor(id);
  };
  const toggle = (id: string) => {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
    setAnchor(id);
  };

  const apply = async (patch: CreditPatch, modes: PatchModes) => changed(unwrap(await ktav.media.applyCredit({ ids: selected, patch, modes })));
  const applyTemplate = async (name: string) => changed(unwrap(await ktav.media.applyTemplate({ ids: selected, name })));

  const set = <K extends keyof MediaFilter>(key: K, value: MediaFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  return (
    <section className="media-screen" aria-labelledby="media-title">
      <header className="toolbar">
        <h1 id="media-title">{t('media.title')}</h1>
        <span className="muted">{t('media.count', { count: all.length })}</span>
        <span className="spacer" />
        <span aria-live="polite">{selected.length > 0 && t('media.selected', { count: selected.length })}</span>
        <button type="button" onClick={() => setSelected(shown.map((i) => i.id))} disabled={shown.length === 0}>
          {t('media.selectAll')}
        </button>
        <button type="button" onClick={() => setSelected([])} disabled={selected.length === 0}>
          {t('media.clearSelection')}
        </button>
      </header>
      <SyncConflicts onError={onError} kind="picture" />
      <DamagedMediaNotice />
      <div className="media-filters" role="search">
        <input type="search" dir="auto" aria-label={t('media.search')} placeholder={t('media.search')} value={filter.query} onChange={(e) => set('query', e.target.value)} />
        <label>
          {t('media.filter')}{' '}
          <select value={filter.status} onChange={(e) => set('status', e.target.value as StatusFilter)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`media.filters.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('media.byCredit')}{' '}
          <select value={filter.credit} onChange={(e) => set('credit', e.target.value)}>
            <option value="">{t('media.any')}</option>
            {registry.creditLines.map((n) => (
              <option key={n.name}>{n.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('media.byCreator')}{' '}
          <select value={filter.creator} onChange={(e) => set('creator', e.target.value)}>
            <option value="">{t('media.any')}</option>
            {registry.creators.map((n) => (
              <option key={n.name}>{n.name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('media.byRights')}{' '}
          <select value={filter.rights} onChange={(e) => set('rights', e.target.value as MediaFilter['rights'])}>
            <option value="">{t('media.any')}</option>
            {RIGHTS_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`media.rights.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="media-body">
        <ImportDropZone onImported={changed}>
          {all.length === 0 ? (
            <p className="empty">{t('media.empty')}</p>
          ) : (
            <ul className="media-grid" aria-label={t('media.title')}>
              {shown.map((item) => (
                <MediaTile key={item.id} item={item} selected={selected.includes(item.id)} onClick={(e) => click(item.id, e)} onToggle={() => toggle(item.id)} />
              ))}
            </ul>
          )}
        </ImportDropZone>
        <div className="media-side">
          <CreditPanel selection={selection} registry={registry} codes={codes} onApply={apply} onApplyTemplate={applyTemplate} onError={onError} />
          <CodesEditor codes={codes} onChange={setCodes} onError={onError} />
          <MergeCredits registry={registry} onMerged={changed} onError={onError} />
        </div>
      </div>
    </section>
  );
}
