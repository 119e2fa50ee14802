// The crash journal: what the person typed since the last autosave, one file per article in
// `<repo>/journal/`. The editor records its document about once a second while there are
// unsaved changes; a save removes the entry. Whatever is left at the next start was typed
// and never saved (a crash, a kill, a power cut) and is offered for restoring.
import { readdir, readFile, unlink } from 'node:fs/promises';
import { atomicWrite, fsyncDir } from '../storage/atomicWrite.js';
import type { RepositoryLayout } from '../repository.js';

export interface JournalEntry {
  id: string;
  /** The revision the unsaved text was based on. */
  baseRevision: number;
  recordedAt: string;
  doc: unknown;
}

export class Journal {
  constructor(
    private readonly layout: RepositoryLayout,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(id: string, baseRevision: number, doc: unknown): Promise<void> {
    const entry: JournalEntry = { id, baseRevision, recordedAt: this.now().toISOString(), doc };
    await atomicWrite(this.layout.journalFile(id), JSON.stringify(entry));
  }

  async clear(id: string): Promise<void> {
    try {
      await unlink(this.layout.journalFile(id));
      await fsyncDir(this.layout.journalDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  async read(id: string): Promise<JournalEntry | null> {
    try {
      return JSON.parse(await readFile(this.layout.journalFile(id), 'utf8')) as JournalEntry;
    } catch {
      return null;
    }
  }

  /** Every entry on disk; an unreadable one (torn by nothing, since writes are atomic, but edited by hand) is skipped. */
  async entries(): Promise<JournalEntry[]> {
    const names = (await readdir(this.layout.journalDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    const out: JournalEntry[] = [];
    for (const n of names) {
      const entry = await this.read(n.slice(0, -5));
      if (entry) out.push(entry);
    }
    return out;
  }
}
