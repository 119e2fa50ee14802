// What the window sees of sharing: the settings (never the secret itself), the state of the
// last sync for the top bar's indicator, and the conflicts a sync kept for a person.
import { z } from 'zod';

export const SYNC_STATES = ['off', 'syncing', 'synced', 'pending', 'offline', 'conflict', 'failed'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SharingView {
  remote: string | null;
  user: string | null;
  hasSecret: boolean;
  secretKept: 'system-keychain' | 'user-file';
}

export const sharingChangeSchema = z
  .object({
    remote: z.string().trim().max(2000).nullable(),
    user: z.string().trim().max(200).nullable(),
    /** Absent: keep the secret kept; null: forget it. */
    secret: z.string().max(4000).nullable().optional(),
  })
  .strict();

export const remoteTestSchema = z
  .object({
    remote: z.string().trim().min(1).max(2000),
    user: z.string().trim().max(200).nullable(),
    /** Absent: test with the secret kept. */
    secret: z.string().max(4000).optional(),
  })
  .strict();

/** A conflict a sync kept, as the window lists it: which article or picture, where, both sides. */
export interface OpenConflict {
  /** Stable within the list, to resolve it by. */
  key: string;
  at: string;
  subject: { kind: 'article'; id: string } | { kind: 'picture'; id: string } | { kind: 'file'; path: string };
  place:
    | { kind: 'block'; block: string | number; excerpt: string }
    | { kind: 'meta'; field: string }
    | { kind: 'credit'; field: string }
    | { kind: 'deleted' }
    | { kind: 'file' };
  ours: unknown;
  theirs: unknown;
  /** The version (articles) or copy (other files) that holds theirs. */
  keptAt: string | null;
}

export interface SyncStatusView {
  state: SyncState;
  /** Changes here not yet on the remote (files changed, commits not pushed). */
  pending: number;
  lastSyncAt: string | null;
  /** Why the last sync did not complete, in the person's language. */
  problem: string | null;
  conflicts: OpenConflict[];
}
