// Autosave: a save within a moment of the person pausing, and at least every few seconds while
// they keep typing. The document is serialized only when a save is due, never per keystroke;
// the writing itself happens in main.
import type { DocJSON } from '../../../shared/editor/document';
import type { Outcome } from '../../../shared/api/errors';

export type SaveStatus =
  | { state: 'saved'; revision: number }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'failed'; reason: string };

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  idleMs: number;
  /** Longest time a change may wait while changes keep coming. */
  maxWaitMs: number;
}

export const DEFAULT_AUTOSAVE: AutosaveOptions = { idleMs: 700, maxWaitMs: 4000 };

type SaveFn = (doc: DocJSON, baseRevision: number) => Promise<Outcome<{ revision: number }>>;

export class Autosave {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly readDoc: () => DocJSON,
    private readonly save: SaveFn,
    private revision: number,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly options: AutosaveOptions = DEFAULT_AUTOSAVE,
  ) {}

  /** Call on every document change; cheap. */
  changed(): void {
    if (!this.dirty) this.onStatus({ state: 'unsaved' });
    this.dirty = true;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.flush(), this.options.idleMs);
    this.maxTimer ??= setTimeout(() => void this.flush(), this.options.maxWaitMs);
  }

  /** Saves now if anything is unsaved; resolves when the document on disk is current. */
  async flush(): Promise<void> {
    clearTimeout(this.idleTimer);
    clearTimeout(this.maxTimer);
    this.idleTimer = this.maxTimer = undefined;
    if (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    this.dirty = false;
    this.inFlight = this.write().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.maxTimer);
  }

  private async write(): Promise<void> {
    this.onStatus({ state: 'saving' });
    const outcome = await this.save(this.readDoc(), this.revision);
    if (outcome.ok) {
      this.revision = outcome.value.revision;
      this.onStatus(this.dirty ? { state: 'unsaved' } : { state: 'saved', revision: this.revision });
    } else {
      this.dirty = true; // keep the text marked unsaved; the next change or flush tries again
      this.onStatus({ state: 'failed', reason: outcome.error.message });
    }
  }
}
