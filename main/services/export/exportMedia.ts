// The one seam between export and the media library: what export needs of a picture (its
// record, its original bytes, and a credited copy of a rendition). Everything else in export
// talks to this interface, so a change in the media service's API is re-wired here only.
import type { FigureImage } from '../../../shared/html/body.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import { figureImageResolver } from '../media/figureImage.js';
import type { MediaService } from '../media/mediaService.js';
import type { CreditWriteOptions } from '../media/creditWriter.js';

export interface ExportMedia {
  /** The picture's record, or null when the library has no such picture. */
  record(id: string): MediaRecord | null;
  /** Where the untouched original is stored. */
  originalPath(record: MediaRecord): string;
  /** Copies `input` (a rendition) to `output` with the picture's credit written in and location removed. */
  writeCreditedCopy(id: string, input: string, output: string, options?: CreditWriteOptions): Promise<void>;
  /** A figure showing the stored original from the app's `/media/` address, for the preview. */
  previewFigure(id: string): FigureImage | null;
}

export function exportMediaFrom(media: MediaService): ExportMedia {
  return {
    record: (id) => (media.library.has(id) ? media.library.get(id) : null),
    originalPath: (record) => media.library.originalPath(record),
    writeCreditedCopy: (id, input, output, options) => media.writeCreditedCopy(id, output, input, options),
    // The window cannot draw HEIC or TIFF: the preview shows their thumbnail (the package has renditions).
    previewFigure: figureImageResolver(media.library, (id, ext) => (ext === 'heic' || ext === 'tif' ? `/media/${id}.thumb.webp` : `/media/${id}.${ext}`)),
  };
}
