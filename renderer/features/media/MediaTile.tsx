// One picture in the library grid: its thumbnail, badges for what it lacks, and a checkbox to
// add it to the selection. Dragging a tile into an article inserts the picture.
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/model/media';
import { IMAGE_DRAG_TYPE } from './pictureDrag';
import { thumbUrl } from './mediaStore';

export interface MediaTileProps {
  item: MediaItem;
  selected: boolean;
  onClick: (e: React.MouseEvent) => void;
  onToggle: () => void;
}

export function MediaTile({ item, selected, onClick, onToggle }: MediaTileProps) {
  const { t } = useTranslation();
  const name = item.credit.caption || item.originalName;
  const { flags } = item;
  return (
    <li className={`media-tile${selected ? ' selected' : ''}`} data-image-id={item.id}>
      <button
        type="button"
        className="media-tile-button"
        aria-pressed={selected}
        aria-label={t('media.picture', { name })}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(IMAGE_DRAG_TYPE, item.id);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={onClick}
      >
        <img src={thumbUrl(item)} alt={item.credit.altText} loading="lazy" decoding="async" />
        <span className="media-tile-caption" dir="auto">
          {item.credit.creditLine || item.originalName}
        </span>
      </button>
      <input type="checkbox" className="media-tile-check" checked={selected} onChange={onToggle} aria-label={t('media.picture', { name })} />
      <span className="badges">
        {flags.uncredited && <span className="badge warn">{t('media.badges.uncredited')}</span>}
        {flags.noAlt && <span className="badge warn">{t('media.badges.noAlt')}</span>}
        {flags.expired && <span className="badge danger">{t('media.badges.expired')}</span>}
        {item.usedIn.length > 0 && <span className="badge">{t('media.badges.used', { count: item.usedIn.length })}</span>}
      </span>
    </li>
  );
}
