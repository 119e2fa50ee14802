// Work on one article runs one piece after another, never interleaved: a save, a journal entry
// and a restore of the same article queue up; different articles run side by side. All of it
// passes the repository's write gate, which a sync holds while it merges (../storage/writeGate.ts).
import { WriteGate } from '../storage/writeGate.js';

export class PerArticleQueue {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly gate: WriteGate = new WriteGate()) {}

  run<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.gate.enter(work));
    this.queues.set(id, next);
    void next
      .finally(() => {
        if (this.queues.get(id) === next) this.queues.delete(id);
      })
      .catch(() => undefined);
    return next;
  }

  /** Resolves when all work queued so far has ended. */
  async idle(): Promise<void> {
    await Promise.all(this.queues.values());
  }
}
