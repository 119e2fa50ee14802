// Metadata templates of the repository, in `<repo>/media-templates.json`, kept by name.
import { z } from 'zod';
import { KtavError } from '../../../shared/api/errors.js';
import { metadataTemplateSchema, type MetadataTemplate } from '../../../shared/media/template.js';
import { JsonSettingFile } from './jsonSettingFile.js';

const fileSchema = z.object({ format: z.literal(1), templates: z.array(metadataTemplateSchema) });

export class TemplateStore {
  private readonly file: JsonSettingFile<typeof fileSchema>;

  constructor(path: string) {
    this.file = new JsonSettingFile(path, fileSchema, () => ({ format: 1 as const, templates: [] }));
  }

  async list(): Promise<MetadataTemplate[]> {
    return (await this.file.read()).templates;
  }

  async get(name: string): Promise<MetadataTemplate> {
    const found = (await this.list()).find((t) => t.name === name.trim());
    if (!found) throw new KtavError('not-found', 'media:templateNotFound', { name });
    return found;
  }

  /** Saves a template, replacing one of the same name. */
  async save(template: MetadataTemplate): Promise<MetadataTemplate[]> {
    const others = (await this.list()).filter((t) => t.name !== template.name);
    const templates = [...others, template].sort((a, b) => a.name.localeCompare(b.name, 'he'));
    await this.file.write({ format: 1, templates });
    return templates;
  }

  async remove(name: string): Promise<MetadataTemplate[]> {
    const templates = (await this.list()).filter((t) => t.name !== name);
    await this.file.write({ format: 1, templates });
    return templates;
  }

  async onImport(): Promise<MetadataTemplate[]> {
    return (await this.list()).filter((t) => t.onImport);
  }
}
