// Lets a sync bring the remote's files into the repository folder while nothing else writes
// there. Every write of the article store and the media library passes through `enter`; a sync's
// local merge (a few milliseconds to a few hundred, never the network) runs in `hold`, which
// waits for the writes under way and makes new ones wait until it ends. A save that waited then
// meets the merged file through the usual revision check, so it is merged or kept, never lost;
// the window does not wait for it (saves are sent, not awaited, while a person types).
export class WriteGate {
  private active = 0;
  private held: Promise<void> | null = null;
  private drained: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  /** Called after every write that passed the gate (a sync schedules itself from it). */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async enter<T>(work: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      if (this.active === 0) this.drained?.();
      for (const l of this.listeners) l();
    }
  }

  async hold<T>(work: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.active > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = null;
      return await work();
    } finally {
      this.held = null;
      release();
    }
  }
}
