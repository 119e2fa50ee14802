// The library's filters and search as a pure function over the list.
import type { MediaItem, RightsCategory } from '../../../shared/model/media';

export type StatusFilter = 'all' | 'uncredited' | 'noAlt' | 'expired' | 'used' | 'unused';

export interface MediaFilter {
  status: StatusFilter;
  credit: string;
  creator: string;
  rights: RightsCategory | '';
  query: string;
}

export const NO_FILTER: MediaFilter = { status: 'all', credit: '', creator: '', rights: '', query: '' };

export function filterMedia(items: MediaItem[], f: MediaFilter): MediaItem[] {
  const q = f.query.trim().toLocaleLowerCase();
  return items.filter((i) => {
    const c = i.credit;
    if (f.status === 'uncredited' && !i.flags.uncredited) return false;
    if (f.status === 'noAlt' && !i.flags.noAlt) return false;
    if (f.status === 'expired' && !i.flags.expired) return false;
    if (f.status === 'used' && i.usedIn.length === 0) return false;
    if (f.status === 'unused' && i.usedIn.length > 0) return false;
    if (f.credit && c.creditLine !== f.credit) return false;
    if (f.creator && !c.creators.includes(f.creator)) return false;
    if (f.rights && c.rightsCategory !== f.rights) return false;
    if (q) {
      const hay = [c.caption, c.creditLine, c.altText, c.source, ...c.creators, i.originalName].join('\n').toLocaleLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}
