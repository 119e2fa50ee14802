// Picture files dropped or chosen (on the media library or onto an article), imported into the
// library one at a time; main makes the thumbnails.
import type { MediaImportResult } from '../../../shared/api/calls/media';
import { ktav } from '../../platform/api';
import { sendFiles, type SendOptions } from '../../platform/sendFiles';

/**
 * What the file picker offers. Extensions as well as types: Chromium on Linux and Windows knows
 * no media type for .heic, and a picker filtered by type alone would hide iPhone photos.
 */
export const PICTURE_ACCEPT = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.heic', '.heif', '.tif', '.tiff', 'image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/heic', 'image/heif', 'image/tiff'].join(',');

export async function importPictures(files: readonly File[], options?: SendOptions): Promise<MediaImportResult[]> {
  return sendFiles(
    files,
    async (name, data): Promise<MediaImportResult> => {
      const outcome = await ktav.media.import({ name, data });
      // A refusal by the contract itself (e.g. too large) does not know the file: name it here.
      return outcome.ok ? outcome.value : { ok: false, file: name, error: { code: outcome.error.code, message: `${name}: ${outcome.error.message}` } };
    },
    options,
  );
}
