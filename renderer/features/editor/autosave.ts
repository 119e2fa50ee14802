// Autosave: a save within a moment of the person pausing, and at least every few seconds while
// they keep typing. Between saves the text goes to main's crash journal about once a second, so
// a crash loses at most the last second. The document is read only when a save or a journal
// entry is due, never per keystroke, and then in the window's idle time (never between a
// keystroke and its frame); what is sent is only what changed since the last save
// (articleSender.ts), and the writing itself happens in main.
import { whenIdle } from '../../platform/idle';
import type { Node as PMNode } from 'prosemirror-model';
import type { Outcome } from '../../../shared/api/errors';

export type SaveStatus =
  | { state: 'saved'; revision: number }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; reason: string }
  /** The file changed on disk since it was opened; autosave stops until the person decides. */
  | { state: 'conflict'; reason: string };

interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  idleMs: number;
  /** Longest time a change may wait while changes keep coming. */
  maxWaitMs: number;
  /** Longest time a change may wait before it is in the crash journal. */
  journalMs: number;
}

export const DEFAULT_AUTOSAVE: AutosaveOptions = { idleMs: 700, maxWaitMs: 4000, journalMs: 800 };

/** Longest a due save or journal entry waits for the window to be idle. */
const IDLE_WAIT_MS = 200;

declare global {
  interface Window {
    /** End-to-end tests set this to hold autosave back and so reproduce a crash between journal and save. */
    __ktavAutosaveOptions?: Partial<AutosaveOptions>;
  }
}

/** The timings in effect: the person's pause from the saving policy, unless a test overrode them for this window. */
export function autosaveOptions(idleMs: number = DEFAULT_AUTOSAVE.idleMs): AutosaveOptions {
  return { ...DEFAULT_AUTOSAVE, idleMs, ...(typeof window === 'undefined' ? {} : window.__ktavAutosaveOptions) };
}

type SaveFn<D> = (doc: D, baseRevision: number) => Promise<Outcome<{ revision: number; merged?: D }>>;
type JournalFn<D> = (doc: D, baseRevision: number) => Promise<unknown>;

/** `D` is what `readDoc` gives and the save and journal take: the document, in whatever form they send it. */
export class Autosave<D = PMNode> {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private journalTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private conflicted = false;
  private inFlight: Promise<void> | null = null;
  private readonly pendingIdle = new Set<{ cancel: () => void }>();

  constructor(
    private readonly readDoc: () => D,
    private readonly save: SaveFn<D>,
    private revision: number,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly options: AutosaveOptions = DEFAULT_AUTOSAVE,
    private readonly journal: JournalFn<D> | null = null,
    /** Main merged the save with a change from elsewhere: `merged` (made from `sent`) is on disk. */
    private readonly onMerged: ((merged: D, sent: D) => void) | null = null,
  ) {}

  /** Whether text is waiting to be saved. */
  get unsaved(): boolean {
    return this.dirty || this.inFlight !== null || this.conflicted;
  }

  /** The file on disk moved to `revision` with text the editor has taken in (a sync): continue from it. */
  adopted(revision: number): void {
    this.revision = revision;
    if (!this.dirty) this.onStatus({ state: 'saved', revision });
  }

  get currentRevision(): number {
    return this.revision;
  }

  /** Call on every document change; cheap. */
  changed(): void {
    if (!this.dirty && !this.conflicted) this.onStatus({ state: 'unsaved' });
    this.dirty = true;
    if (this.journal) this.journalTimer ??= setTimeout(() => this.whenIdle(() => this.writeJournal()), this.options.journalMs);
    if (this.conflicted) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.whenIdle(() => void this.flush()), this.options.idleMs);
    this.maxTimer ??= setTimeout(() => this.whenIdle(() => void this.flush()), this.options.maxWaitMs);
  }

  /** A due save or journal entry serializes the whole article: it waits for an idle moment. */
  private whenIdle(work: () => void): void {
    const pending = { cancel: () => undefined as void, done: false };
    pending.cancel = whenIdle(() => {
      pending.done = true;
      this.pendingIdle.delete(pending);
      work();
    }, IDLE_WAIT_MS);
    if (!pending.done) this.pendingIdle.add(pending);
  }

  /** Saves now if anything is unsaved; resolves when the document on disk is current. */
  async flush(): Promise<void> {
    clearTimeout(this.idleTimer);
    clearTimeout(this.maxTimer);
    this.idleTimer = this.maxTimer = undefined;
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.conflicted) return;
    this.dirty = false;
    this.inFlight = this.write().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /**
   * Runs a change that makes a new revision in main (metadata, a restore) after any pending
   * save, and continues from the revision it returns.
   */
  async exclusive<T extends { revision: number }>(work: (baseRevision: number) => Promise<T>): Promise<T> {
    await this.flush();
    const result = await work(this.revision);
    this.revision = result.revision;
    if (!this.dirty) this.onStatus({ state: 'saved', revision: this.revision });
    return result;
  }

  /** After a conflict: continue from the disk's revision (the person chose their text or the disk's). */
  resolveConflict(diskRevision: number, keepMine: boolean): Promise<void> {
    this.conflicted = false;
    this.revision = diskRevision;
    this.dirty = keepMine;
    if (!keepMine) this.onStatus({ state: 'saved', revision: diskRevision });
    return this.flush();
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.maxTimer);
    clearTimeout(this.journalTimer);
    for (const pending of this.pendingIdle) pending.cancel();
    this.pendingIdle.clear();
  }

  private writeJournal(): void {
    this.journalTimer = undefined;
    if (this.dirty && this.journal) void this.journal(this.readDoc(), this.revision).catch(() => undefined);
  }

  private async write(): Promise<void> {
    this.onStatus({ state: 'saving' });
    const sent = this.readDoc();
    const outcome = await this.save(sent, this.revision);
    if (outcome.ok) {
      this.revision = outcome.value.revision;
      if (outcome.value.merged !== undefined) this.onMerged?.(outcome.value.merged, sent);
      this.onStatus(this.dirty ? { state: 'unsaved' } : { state: 'saved', revision: this.revision });
    } else {
      this.dirty = true; // keep the text marked unsaved; the next change or flush tries again
      if (outcome.error.code === 'conflict') {
        this.conflicted = true;
        this.onStatus({ state: 'conflict', reason: outcome.error.message });
      } else {
        this.onStatus({ state: 'failed', reason: outcome.error.message });
      }
    }
  }
}
