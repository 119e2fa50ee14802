// What the repository tells the window about itself besides articles: files it moved aside,
// and unsaved text found in the crash journal.

export interface QuarantinedFileInfo {
  file: string;
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

/** What became of one imported file. */
export interface ImportOutcomeInfo {
  file: string;
  id?: string;
  headline?: string;
  picturesLeftOut?: number;
  error?: string;
}
