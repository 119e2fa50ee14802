// Files chosen with the import button or dropped on the library, each imported as an article.
import type { ImportOutcomeInfo } from '../../../shared/model/repository';
import { ktav } from '../../platform/api';
import { sendFiles } from '../../platform/sendFiles';

export const IMPORT_ACCEPT = '.docx,.md,.markdown,.html,.htm,.txt';

export async function importArticles(files: readonly File[]): Promise<ImportOutcomeInfo[]> {
  return sendFiles(files, async (name, base64): Promise<ImportOutcomeInfo> => {
    const outcome = await ktav.import.files({ files: [{ name, base64 }] });
    // A refusal by the contract itself (e.g. too large) does not know the file: name it here.
    return outcome.ok ? outcome.value[0]! : { file: name, error: { code: outcome.error.code, message: `${name}: ${outcome.error.message}` } };
  });
}

/** Dispatched on `window` to open the library's file picker (menu, palette, Ctrl+O). */
export const IMPORT_REQUEST_EVENT = 'ktav-import-request';
