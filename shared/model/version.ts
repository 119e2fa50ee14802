// A saved version of an article, as the version history lists it.
import { z } from 'zod';

export const VERSION_REASON_NAMES = ['status', 'explicit', 'periodic', 'before-restore', 'restored', 'conflict'] as const;

export interface VersionInfo {
  /** File name without `.json`; unique within the article. */
  name: string;
  revision: number;
  savedAt: string;
  reason: (typeof VERSION_REASON_NAMES)[number];
  headline: string;
  words: number;
}

export const versionNameSchema = z.string().regex(/^[0-9TZ-]+-r\d+-[a-z-]+$/, 'not a version name');
