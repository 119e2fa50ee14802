// What the repository tells the window about itself besides articles: files it moved aside,
// and unsaved text found in the crash journal.
import type { ApiError } from '../api/errors.js';

export interface QuarantinedFileInfo {
  file: string;
  /** What was wrong with it, as the parser said: a technical detail for the log, never shown. */
  reason: string;
  movedTo: string;
}

/** Text typed but never saved, found in the crash journal at start. */
export interface PendingRestore {
  id: string;
  headline: string;
  recordedAt: string;
  /** The article as saved, and as the journal has it, as plain text for a comparison. */
  savedText: string;
  journalText: string;
}

/**
 * What became of one imported file: the new article, or why the file was refused. A refused file
 * is a failed item, not a failed call (the other files go on): `error` is `{ code, message }` in
 * the person's language, as a failed call's would be.
 */
export interface ImportOutcomeInfo {
  file: string;
  id?: string;
  headline?: string;
  picturesLeftOut?: number;
  error?: ApiError;
}
