// The outbox (תיבת דואר יוצא): publish requests waiting for their site, one file each in the
// repository's `outbox/` (this machine's own: never synced, see ../sync/syncIgnore.ts), written
// atomically so a kill leaves every item whole, and read again at the next start. One item per
// article and site: a newer request for the same post replaces the waiting one. Each item keeps
// what its earlier tries already did on the site (pictures uploaded, the post's id), so a retry
// resumes rather than repeats.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { OUTBOX_STATES, PUBLISH_STATUSES, publishedMediaSchema } from '../../../shared/model/publish.js';
import { atomicWrite } from '../storage/atomicWrite.js';

export const progressSchema = z.object({
  /** Pictures this job has on the site (uploaded, or found after a lost answer). */
  media: z.record(z.string(), publishedMediaSchema),
  /** Attachments uploaded before the post existed: their parent is set once it does. */
  unattached: z.array(z.number().int()),
  /** The post, once a try made or found it. */
  postId: z.number().int().positive().optional(),
});
export type JobProgress = z.infer<typeof progressSchema>;

export const emptyProgress = (): JobProgress => ({ media: {}, unattached: [] });

const phraseSchema = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const outboxItemSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  articleId: z.string(),
  headline: z.string(),
  site: z.string(),
  request: z.object({
    status: z.enum(PUBLISH_STATUSES),
    at: z.string().optional(),
    force: z.boolean(),
    createCategory: z.boolean(),
  }),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().nonnegative(),
  /** The last failure as a message key, said in the person's language when listed. */
  lastError: phraseSchema.nullable(),
  queuedAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  progress: progressSchema,
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** Waits after the 1st, 2nd, … failure: half a minute growing to half an hour. */
export const BACKOFF_MS = [30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000] as const;

export function backoffAfter(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts - 1, 0), BACKOFF_MS.length - 1)]!;
}

/** The item's id: its article and site, so one post has one item. */
export function outboxId(articleId: string, site: string): string {
  const safe = [...site].map((c) => (/[\p{L}\p{N}._-]/u.test(c) ? c : '_')).join('');
  return `${articleId}--${safe}`;
}

export class Outbox {
  constructor(private readonly dir: string) {}

  async list(): Promise<OutboxItem[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const items: OutboxItem[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const item = await this.read(join(this.dir, name));
      if (item) items.push(item);
    }
    return items.sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
  }

  async get(id: string): Promise<OutboxItem | null> {
    return this.read(this.file(id));
  }

  async put(item: OutboxItem): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await atomicWrite(this.file(item.id), `${JSON.stringify(item, null, 1)}\n`);
  }

  async remove(id: string): Promise<boolean> {
    const had = (await this.get(id)) !== null;
    await rm(this.file(id), { force: true });
    return had;
  }

  private file(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private async read(path: string): Promise<OutboxItem | null> {
    try {
      const parsed = outboxItemSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
