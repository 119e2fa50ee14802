// Picture files dropped or chosen (on the media library or onto an article), imported into the
// library one at a time; main makes the thumbnails.
import type { MediaImportResult } from '../../../shared/api/calls/media';
import { ktav } from '../../platform/api';
import { sendFiles, type SendOptions } from '../../platform/sendFiles';

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
