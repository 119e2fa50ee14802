// Export packages as data: what the gate finds, what a package export reports, and the record
// an export leaves on its article. Shared so the export screen, the contract and `ktav` agree.
import { z } from 'zod';
import type { ApiError } from '../api/errors.js';

export type GateSeverity = 'error' | 'warning';

/** Where in the article a finding is: a field, a body block, or the article's metadata. */
export interface GatePlace {
  /** 'headline' | 'subheadline' | 'byline' | 'meta', or the index of a body block (0-based). */
  block: string | number;
  /** The place in words, in Hebrew: "גוף הכתבה, פסקה 3". */
  label: string;
  /** ProseMirror positions when the finding is inside text. */
  pos?: { from: number; to: number };
}

export interface GateFinding {
  severity: GateSeverity;
  /** Stable code for programs: 'no-headline', 'no-credit', 'typography:gershayim'… */
  code: string;
  /** What is wrong and what to do, for people (Hebrew by default). */
  message: string;
  place: GatePlace;
  /** The text found, for typography findings and links. */
  found?: string;
  /** The text around it, so a person can find it. */
  context?: string;
  /** The suggested replacement, when there is one. */
  fix?: string | null;
}

export interface GateReport {
  /** True when nothing stops the export. */
  ok: boolean;
  errors: GateFinding[];
  warnings: GateFinding[];
}

/** One export of an article, kept in its metadata. */
export const exportRecordSchema = z.object({
  at: z.string(),
  /** Where the package was written. */
  path: z.string(),
  kind: z.enum(['zip', 'dir']),
  /** SHA-256 of the zip, or of the folder's `checksums.json`. */
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The publication date the package carries; later exports keep it. */
  publishedAt: z.string(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/** What an export reports when it wrote a package. */
export interface ExportedPackage {
  id: string;
  path: string;
  kind: 'zip' | 'dir';
  bytes: number;
  sha256: string;
  files: number;
  warnings: GateFinding[];
}

/** An export running in the background, as the window polls it. */
export interface ExportJobStatus {
  job: string;
  articleId: string;
  done: boolean;
  progress: ExportProgress | null;
  /** Set when the package was written. */
  pkg?: ExportedPackage;
  /** Set when the gate stopped the export. */
  gate?: GateReport;
  /** Set when the export failed for another reason. */
  error?: ApiError;
  /** Set when the person cancelled it; nothing was written. */
  cancelled?: boolean;
}

/** Steps of an export, for the progress bar. */
export interface ExportProgress {
  articleId: string;
  step: 'gate' | 'images' | 'page' | 'manifest' | 'write' | 'done';
  done: number;
  total: number;
}
