// Why a file operation failed, as a message a person can act on; the exception itself is kept
// as the KtavError's cause, for the log.
import { Phrase } from '../../../shared/api/errors.js';

const REASONS: Record<string, Phrase> = {
  ENOENT: new Phrase('noSuchFile'),
  ENOSPC: new Phrase('diskFull'),
  EDQUOT: new Phrase('diskFull'),
  EACCES: new Phrase('noPermission'),
  EPERM: new Phrase('noPermission'),
  EROFS: new Phrase('noPermission'),
  EISDIR: new Phrase('notAFile'),
  ENOTDIR: new Phrase('notAFile'),
};

export function ioReason(error: unknown): Phrase {
  return REASONS[String((error as NodeJS.ErrnoException | null)?.code)] ?? new Phrase('ioOther');
}
