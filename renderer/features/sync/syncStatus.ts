// The sync's state for every part of the window that shows it (the top bar, the library's
// marks, the media library, the editor's banner): one store, asked again whenever main says it
// changed, so each screen reads the same answer without asking itself.
import { useSyncExternalStore } from 'react';
import type { SyncStatusView } from '../../../shared/model/sync';
import { ktav, shown } from '../../platform/api';

let current: SyncStatusView | null = null;
const listeners = new Set<() => void>();
let started = false;
let asking: Promise<void> | null = null;

function publish(status: SyncStatusView): void {
  current = status;
  for (const l of listeners) l();
}

/** Asks main for the status (at most one question at a time; a change meanwhile asks again). */
export function refreshSyncStatus(): Promise<void> {
  const ask = async () => {
    const status = shown(await ktav.sync.status({}));
    if (status) publish(status);
  };
  asking = (asking ?? Promise.resolve()).then(ask, ask).finally(() => (asking = null));
  return asking;
}

function start(): void {
  if (started) return;
  started = true;
  ktav.on('sync.status', () => void refreshSyncStatus());
  void refreshSyncStatus();
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatusView | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Syncs now; the answer is the status after it. */
export async function syncNow(): Promise<SyncStatusView | null> {
  const status = shown(await ktav.sync.now({}));
  if (status) publish(status);
  return status ?? null;
}

/** Marks conflicts decided. */
export async function resolveConflicts(keys: string[]): Promise<void> {
  const status = shown(await ktav.sync.resolve({ keys }));
  if (status) publish(status);
}

/** Ids of the articles (or pictures) with a conflict waiting. */
export function conflictedIds(status: SyncStatusView | null, kind: 'article' | 'picture'): Set<string> {
  return new Set((status?.conflicts ?? []).flatMap((c) => (c.subject.kind === kind ? [c.subject.id] : [])));
}

const conflictCache = new Map<string, { key: string; ids: Set<string> }>();

/**
 * The conflicted ids, as a value that changes only when they do: the status changes with every
 * save (the count of changes waiting), and a screen that only marks conflicts (the whole app's
 * frame, the library) should not draw itself again each time.
 */
export function useConflictedIds(kind: 'article' | 'picture'): Set<string> {
  return useSyncExternalStore(subscribe, () => {
    const ids = conflictedIds(current, kind);
    const key = [...ids].sort().join('\n');
    const cached = conflictCache.get(kind);
    if (cached?.key === key) return cached.ids;
    conflictCache.set(kind, { key, ids });
    return ids;
  });
}
