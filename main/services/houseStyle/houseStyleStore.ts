// The repository's house style, kept in ktav.json beside the format and id. Reads the file each
// time so a change made by `ktav` or another window is seen; writes atomically and keeps every
// other field of ktav.json as it was.
import { readFile } from 'node:fs/promises';
import { applyHouseStylePatch, resolveHouseStyle, type HouseStyle, type HouseStylePatch } from '../../../shared/hebrew/houseStyle.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import type { RepositoryLayout } from '../repository.js';

export class HouseStyleStore {
  constructor(private readonly layout: RepositoryLayout) {}

  async get(): Promise<HouseStyle> {
    const info = await this.readInfo();
    return resolveHouseStyle(info.houseStyle);
  }

  async set(patch: HouseStylePatch): Promise<HouseStyle> {
    const info = await this.readInfo();
    const next = applyHouseStylePatch(resolveHouseStyle(info.houseStyle), patch);
    await atomicWrite(this.layout.infoFile, `${JSON.stringify({ ...info, houseStyle: next }, null, 1)}\n`);
    return next;
  }

  private async readInfo(): Promise<Record<string, unknown>> {
    return JSON.parse(await readFile(this.layout.infoFile, 'utf8')) as Record<string, unknown>;
  }
}
