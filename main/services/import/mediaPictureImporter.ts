// Pictures found while importing an article (embedded in a .docx, or next to a .md/.html file)
// go into the media library, with the metadata embedded in them, and come back as image ids.
import type { MediaService } from '../media/mediaService.js';
import type { PictureImporter } from './pictureImporter.js';

export function mediaPictureImporter(media: MediaService): PictureImporter {
  return {
    async importPicture(bytes, name, alt) {
      const outcome = await media.library.importBytes(name, bytes);
      if (!outcome.ok) throw outcome.error;
      const { record } = outcome;
      // The document's alt text fills the record's only when the picture brought none of its own.
      if (alt && alt.trim() && !record.credit.altText.trim()) await media.library.applyCredit([record.id], { altText: alt.trim() });
      return record.id;
    },
  };
}
