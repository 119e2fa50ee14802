// The conflicts syncs kept, until a person resolves them: `conflicts/sync.json`, private to the
// machine (conflicts/ never leaves it). Kept on disk so a restart does not forget that an
// article or a picture waits for a decision.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { OpenConflict } from '../../../shared/model/sync.js';
import type { RepositoryLayout } from '../repository.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import type { SyncConflict } from './syncRepository.js';

export class OpenConflicts {
  private list: OpenConflict[] | null = null;

  constructor(private readonly layout: RepositoryLayout) {}

  private get path(): string {
    return join(this.layout.conflictsDir, 'sync.json');
  }

  async all(): Promise<OpenConflict[]> {
    if (this.list) return this.list;
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as { conflicts?: OpenConflict[] };
      this.list = Array.isArray(parsed.conflicts) ? parsed.conflicts : [];
    } catch {
      this.list = [];
    }
    return this.list;
  }

  async add(found: readonly SyncConflict[], at: string): Promise<void> {
    if (found.length === 0) return;
    const list = await this.all();
    for (const c of found) {
      const key = createHash('sha256').update(JSON.stringify([at, c.subject, c.place])).digest('hex').slice(0, 16);
      list.push({ key, at, subject: c.subject, place: c.place as OpenConflict['place'], ours: c.ours, theirs: c.theirs, keptAt: c.keptAt });
    }
    await this.save(list);
  }

  /** Removes the named conflicts (the person decided); returns the rest. */
  async resolve(keys: readonly string[]): Promise<OpenConflict[]> {
    const rest = (await this.all()).filter((c) => !keys.includes(c.key));
    await this.save(rest);
    return rest;
  }

  private async save(list: OpenConflict[]): Promise<void> {
    this.list = list;
    await mkdir(this.layout.conflictsDir, { recursive: true });
    await atomicWrite(this.path, `${JSON.stringify({ format: 1, conflicts: list }, null, 1)}\n`);
  }
}
