// The window's copy of the media library: records by id, refreshed from main, and listeners
// told when a record changes. The media library, the article's pictures tab and every figure in
// an open article read from here, so a credit edited anywhere shows everywhere at once.
import { mediaFlags, type MediaItem, type MediaRecord } from '../../../shared/model/media';
import { ktav, unwrap } from '../../platform/api';

type Listener = () => void;

class MediaStore {
  private items = new Map<string, MediaItem>();
  private listeners = new Set<Listener>();
  private loading: Promise<void> | null = null;
  /** Changes on every update, for React's useSyncExternalStore. */
  version = 0;

  get(id: string): MediaItem | undefined {
    return this.items.get(id);
  }

  all(): MediaItem[] {
    return [...this.items.values()];
  }

  /** Reloads every record (with usage and flags) from main. */
  refresh(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const list = unwrap(await ktav.media.list({}));
        this.items = new Map(list.map((i) => [i.id, i]));
        this.changed();
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** Loads once if nothing is loaded yet. */
  ensure(): Promise<void> {
    return this.items.size > 0 ? Promise.resolve() : this.refresh();
  }

  /** Records main just returned (after import or a credit change), merged without a round trip. */
  update(records: MediaRecord[]): void {
    for (const r of records) {
      const old = this.items.get(r.id);
      this.items.set(r.id, { ...r, usedIn: old?.usedIn ?? [], flags: mediaFlags(r.credit) });
    }
    this.changed();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

export const mediaStore = new MediaStore();

/** Originals a browser cannot draw (Chromium decodes neither HEIC nor TIFF): their thumbnail stands in. */
const NOT_DRAWN = new Set(['image/heic', 'image/tiff']);

/** URLs of a picture and its thumbnail, relative to the app (served by main's asset handler). */
export const thumbUrl = (r: Pick<MediaRecord, 'id' | 'thumbExt'>) => `media/${r.id}.thumb.${r.thumbExt}`;
export const mediaUrl = (r: Pick<MediaRecord, 'id' | 'ext' | 'mime' | 'thumbExt'>) => (NOT_DRAWN.has(r.mime) ? thumbUrl(r) : `media/${r.id}.${r.ext}`);
