// A lowdb adapter that writes through `atomicWrite`: lowdb's own JSONFile renames a temporary
// file but never fsyncs it, so a power cut right after a save could still lose the save.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { atomicWrite, type WriteOps, nodeWriteOps } from './atomicWrite.js';

export class DurableJSONFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly ops: WriteOps = nodeWriteOps,
  ) {}

  /** The parsed file, or null when it does not exist. Invalid JSON throws: the caller decides. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await atomicWrite(this.path, this.serialize(data), this.ops);
  }

  /** The exact text `write` puts on disk. */
  serialize(data: T): string {
    return `${JSON.stringify(data, null, 1)}\n`;
  }
}
