// Calls about sharing the repository through a git remote: the settings (the secret goes in,
// never out), testing a remote, syncing, and the conflicts a sync kept.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import { remoteTestSchema, sharingChangeSchema, type SharingView, type SyncStatusView } from '../../model/sync.js';

export const syncCalls = {
  'sync.sharing': call<SharingView>()(noArgs),
  'sync.setSharing': call<SharingView>()(sharingChangeSchema),
  /** What is at an address: a Ktav repository, or an empty one this machine will fill; else an error saying why. */
  'sync.test': call<{ remote: 'ktav' | 'empty' }>()(remoteTestSchema),
  'sync.status': call<SyncStatusView>()(noArgs),
  /** Syncs now and answers when it is done. */
  'sync.now': call<SyncStatusView>()(noArgs),
  /** The person decided these conflicts. */
  'sync.resolve': call<SyncStatusView>()(z.object({ keys: z.array(z.string().max(64)).min(1).max(1000) }).strict()),
  /** The person's decision on one conflict: keep this side, or put the other side's block or field in. */
  'sync.decide': call<SyncStatusView>()(z.object({ key: z.string().max(64), take: z.enum(['ours', 'theirs']) }).strict()),
} as const;
