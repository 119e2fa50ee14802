// Sharing while the app runs: a sync some seconds after the person stops changing things (so a
// burst of saves becomes one commit), every few minutes while the app is open, and whenever the
// person asks. Each sync runs in main; git works in child processes, and the only part that
// keeps the repository's writes waiting is the local merge (../storage/writeGate.ts). What the
// sync brought is taken into the open article list, search index and media library, and the
// window is told which articles and pictures changed. Offline, a sync fails quietly into the
// "offline" state; the work stays here and goes with the next sync.
import { userInfo } from 'node:os';
import { KtavError, Phrase } from '../../../shared/api/errors.js';
import type { OpenConflict, SyncState } from '../../../shared/model/sync.js';
import { BODY_START, FIXED_FIELDS, type FixedField } from '../../../shared/editor/document.js';
import type { ArticleMetaPatch } from '../../../shared/model/article.js';
import type { CreditFields, CreditPatch } from '../../../shared/model/media.js';
import type { ArticleStore } from '../articles/articleStore.js';
import type { MediaLibrary } from '../media/mediaLibrary.js';
import type { RepositoryLayout } from '../repository.js';
import type { SecretStore } from '../secrets/secretStore.js';
import type { WriteGate } from '../storage/writeGate.js';
import { countPending } from './pendingChanges.js';
import { OpenConflicts } from './openConflicts.js';
import { commitAuthor, readSharing, sharingCredentials, writeSharing, type Sharing, type SharingChange } from './sharing.js';
import { syncRepository, type SyncOutcome } from './syncRepository.js';
import { testRemote, type RemoteState } from './remoteTest.js';

export interface SyncTiming {
  /** Quiet time after the last write before a sync. */
  afterWriteMs: number;
  /** Longest a write waits for its sync while writes keep coming. */
  maxWaitMs: number;
  /** A sync at least this often while the app runs (brings others' work, retries when offline). */
  periodicMs: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = { afterWriteMs: 20_000, maxWaitMs: 120_000, periodicMs: 300_000 };

export interface SyncStatus {
  state: SyncState;
  pending: number;
  lastSyncAt: string | null;
  problem: Phrase | null;
  conflicts: OpenConflict[];
}

/** What a sync changed that the window shows. */
export interface SyncChanges {
  articles: string[];
  pictures: string[];
}

export interface SyncServiceOptions {
  layout: RepositoryLayout;
  secrets: SecretStore;
  gate: WriteGate;
  articles: Pick<ArticleStore, 'refresh' | 'get' | 'save' | 'setMeta'>;
  media: Pick<MediaLibrary, 'refresh' | 'get' | 'applyCredit'>;
  timing?: Partial<SyncTiming>;
  now?: () => Date;
  /** Told the sharing name when it changes (the article store writes it into what it saves). */
  onAuthor?: (name: string | null) => void;
}

const ARTICLE = /^articles\/([^/]+)\.json$/;
const RECORD = /^media\/([a-f0-9]{64})\.json$/;

export class SyncService {
  private readonly timing: SyncTiming;
  private readonly now: () => Date;
  private readonly open: OpenConflicts;
  private running: Promise<void> | null = null;
  /** The one sync that follows the running one, for what was saved while it ran. */
  private next: Promise<void> | null = null;
  private applying = false;
  private closed = false;
  private lastSyncAt: string | null = null;
  private problem: KtavError | null = null;
  private pending = 0;
  /** Writes happened since `pending` was counted. */
  private pendingStale = true;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private periodicTimer: ReturnType<typeof setInterval> | undefined;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly statusListeners = new Set<() => void>();
  private readonly changeListeners = new Set<(changes: SyncChanges) => void>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: SyncServiceOptions) {
    this.timing = { ...DEFAULT_SYNC_TIMING, ...options.timing };
    this.now = options.now ?? (() => new Date());
    this.open = new OpenConflicts(options.layout);
    this.unsubscribe = options.gate.onWrite(() => {
      if (!this.applying) this.written();
    });
  }

  /** Starts the periodic sync and a first one (what others did while this machine was off). */
  start(): void {
    this.periodicTimer = setInterval(() => void this.syncNow(), this.timing.periodicMs);
    this.periodicTimer.unref?.();
    void this.refreshPending().then(() => this.syncNow());
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    clearTimeout(this.pendingTimer);
    clearInterval(this.periodicTimer);
    this.unsubscribe();
    await this.running?.catch(() => undefined);
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onChanges(listener: (changes: SyncChanges) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  sharing(): Promise<Sharing> {
    return readSharing(this.options.layout, this.options.secrets);
  }

  async setSharing(change: SharingChange): Promise<Sharing> {
    const sharing = await writeSharing(this.options.layout, this.options.secrets, change);
    this.options.onAuthor?.(sharing.user);
    this.problem = null;
    this.emitStatus();
    if (sharing.remote) void this.syncNow();
    return sharing;
  }

  /** What is at `remote`, with the credentials given, or those kept. */
  async test(remote: string, user: string | null, secret?: string): Promise<RemoteState> {
    return testRemote(remote, await sharingCredentials(this.options.layout, this.options.secrets, user, secret));
  }

  async status(): Promise<SyncStatus> {
    if (this.pendingStale) await this.refreshPending();
    const conflicts = await this.open.all();
    const sharing = await this.sharing();
    return { state: this.state(sharing.remote !== null, conflicts.length), pending: this.pending, lastSyncAt: this.lastSyncAt, problem: this.problem && new Phrase(this.problem.key, this.problem.params), conflicts };
  }

  /** Marks conflicts as decided by the person. */
  async resolve(keys: readonly string[]): Promise<void> {
    await this.open.resolve(keys);
    this.emitStatus();
  }

  /**
   * The person's decision on a conflict: `ours` leaves the text or credit as it is; `theirs` puts
   * the other side's block or field in its place (a new revision: the replaced text stays in the
   * versions). Either way the conflict is resolved.
   */
  async decide(key: string, take: 'ours' | 'theirs'): Promise<void> {
    const conflict = (await this.open.all()).find((c) => c.key === key);
    if (!conflict) throw new KtavError('not-found', 'syncConflictGone');
    if (take === 'theirs') await takeTheirs(this.options, conflict);
    await this.resolve([key]);
    if (take === 'theirs' && conflict.subject.kind !== 'file') {
      const changes: SyncChanges = conflict.subject.kind === 'article' ? { articles: [conflict.subject.id], pictures: [] } : { articles: [], pictures: [conflict.subject.id] };
      for (const l of this.changeListeners) l(changes);
    }
  }

  /** Syncs now; a sync under way is followed by one more, so what was just saved goes too. */
  syncNow(): Promise<void> {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.quietTimer = this.maxTimer = undefined;
    if (this.closed) return Promise.resolve();
    if (this.running) {
      return (this.next ??= this.running.then(() => {
        this.next = null;
        return this.syncNow();
      }));
    }
    this.running = this.run().finally(() => {
      this.running = null;
      this.emitStatus(); // no longer "syncing"
    });
    return this.running;
  }

  private state(linked: boolean, conflicts: number): SyncState {
    if (!linked) return 'off';
    if (this.running) return 'syncing';
    if (conflicts > 0) return 'conflict';
    if (this.problem) return this.problem.key === 'syncUnreachable' ? 'offline' : 'failed';
    return this.pending > 0 ? 'pending' : this.lastSyncAt ? 'synced' : 'pending';
  }

  private written(): void {
    if (this.closed) return;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => void this.syncNow(), this.timing.afterWriteMs);
    this.maxTimer ??= setTimeout(() => void this.syncNow(), this.timing.maxWaitMs);
    // The indicator's count follows the saves, a moment after them (git status is a child process).
    this.pendingStale = true;
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.refreshPending().then(() => this.emitStatus()), 300);
  }

  private async run(): Promise<void> {
    const { layout, secrets, gate } = this.options;
    const sharing = await this.sharing();
    if (!sharing.remote || this.closed) return;
    this.emitStatus();
    try {
      const outcome = await syncRepository(layout, {
        credentials: await sharingCredentials(layout, secrets, sharing.user),
        author: commitAuthor(sharing.user ?? userInfo().username),
        hold: (work) => gate.hold(work),
        now: this.now,
      });
      await this.takeIn(outcome);
      this.lastSyncAt = this.now().toISOString();
      this.problem = null;
    } catch (error) {
      this.problem = error instanceof KtavError ? error : new KtavError('internal', 'syncFailed', {}, { cause: error });
      // Offline or refused is the state the indicator shows, not a fault to log; anything else is.
      if (!(error instanceof KtavError) || (error.code !== 'remote' && error.cause)) console.error('[ktav] sync:', error);
    } finally {
      await this.refreshPending();
    }
  }

  /** Brings what the sync wrote into the open stores, and tells the window. */
  private async takeIn(outcome: SyncOutcome): Promise<void> {
    const articles = outcome.changed.flatMap((p) => ARTICLE.exec(p)?.[1] ?? []);
    const pictures = outcome.changed.flatMap((p) => RECORD.exec(p)?.[1] ?? []);
    this.applying = true;
    try {
      await this.options.articles.refresh(articles);
      await this.options.media.refresh(pictures);
    } finally {
      this.applying = false;
    }
    await this.open.add(outcome.conflicts, this.now().toISOString());
    if (articles.length + pictures.length > 0) for (const l of this.changeListeners) l({ articles, pictures });
  }

  /** Changes here not yet on the remote (./pendingChanges.ts). */
  private async refreshPending(): Promise<void> {
    this.pendingStale = false;
    const pending = await countPending(this.options.layout.root);
    if (pending !== null) this.pending = pending;
  }

  private emitStatus(): void {
    for (const l of this.statusListeners) l();
  }
}

/** Puts the other side's block or field of a conflict into the article or the picture's credit. */
async function takeTheirs(options: SyncServiceOptions, c: OpenConflict): Promise<void> {
  if (c.subject.kind === 'article') {
    const file = await options.articles.get(c.subject.id);
    if (c.place.kind === 'block') {
      const content = [...(file.doc.content as unknown[])];
      const at = typeof c.place.block === 'number' ? BODY_START + c.place.block : FIXED_FIELDS.indexOf(c.place.block as FixedField);
      if (at < 0 || at > content.length) return;
      if (c.theirs === null) content.splice(at, 1);
      else content.splice(at, 1, c.theirs);
      await options.articles.save(file.id, file.revision, { ...file.doc, content });
    } else if (c.place.kind === 'meta' && ['slug', 'section', 'targetWords'].includes(c.place.field)) {
      await options.articles.setMeta(file.id, file.revision, { [c.place.field]: c.theirs } as ArticleMetaPatch);
    }
  } else if (c.subject.kind === 'picture' && c.place.kind === 'credit') {
    const record = options.media.get(c.subject.id);
    const [field, part] = c.place.field.split('.') as [keyof CreditFields, 'name' | 'url' | undefined];
    const patch = part ? { licensor: { ...record.credit.licensor, [part]: c.theirs as string } } : { [field]: c.theirs };
    await options.media.applyCredit([record.id], patch as CreditPatch);
  }
}
