// Code replacements of the repository (`=lam=` → saved text), in `<repo>/media-codes.json`.
import { z } from 'zod';
import { codeTableSchema, type CodeTable } from '../../../shared/media/codeReplacements.js';
import { JsonSettingFile } from './jsonSettingFile.js';

const fileSchema = z.object({ format: z.literal(1), codes: codeTableSchema });

export class CodeStore {
  private readonly file: JsonSettingFile<typeof fileSchema>;

  constructor(path: string) {
    this.file = new JsonSettingFile(path, fileSchema, () => ({ format: 1 as const, codes: {} }));
  }

  async get(): Promise<CodeTable> {
    return (await this.file.read()).codes;
  }

  async set(codes: CodeTable): Promise<CodeTable> {
    await this.file.write({ format: 1, codes });
    return codes;
  }
}
