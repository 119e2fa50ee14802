// A small JSON file of the repository (templates, code replacements) validated on read and
// written atomically. A missing file is the empty value; a damaged one is reported by throwing.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { atomicWrite } from '../storage/atomicWrite.js';

export class JsonSettingFile<S extends z.ZodType> {
  constructor(
    readonly path: string,
    private readonly schema: S,
    private readonly empty: () => z.output<S>,
  ) {}

  async read(): Promise<z.output<S>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.empty();
      throw error;
    }
    return this.schema.parse(JSON.parse(text));
  }

  async write(value: z.output<S>): Promise<void> {
    await atomicWrite(this.path, `${JSON.stringify(value, null, 1)}\n`);
  }
}
