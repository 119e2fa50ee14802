// Publishing to the site (פרסום לאתר) as data: the sites a person publishes to, what a publish
// asks for and answers, the record it leaves on the article (`meta.published`, which sharing
// carries to the desk), and the outbox's items. Shared so the window, the contract and `ktav` agree.
import { z } from 'zod';
import type { GateReport } from './export.js';

/** The newsroom's clock when a site names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Jerusalem';

export const siteNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'a site name has letters, digits, spaces, dots, dashes');

/** A site as kept in the person's settings; its application password is kept apart (the secret store). */
export const siteSchema = z
  .object({
    name: siteNameSchema,
    url: z.string().trim().min(1).max(2000),
    user: z.string().trim().min(1).max(200),
    /** The newsroom's time zone for schedules (an IANA name); Asia/Jerusalem when absent. */
    timeZone: z.string().max(64).optional(),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;

export interface SiteView extends Site {
  hasPassword: boolean;
  /** Where the password is kept: encrypted by the system's keychain, or in a file only this user may read. */
  passwordKept: 'system-keychain' | 'user-file';
}

export const siteAddSchema = siteSchema.extend({ password: z.string().max(400).optional() }).strict();

/** "Test the connection": a kept site by name, or an address, user and password not yet kept. */
export const siteTestSchema = z.union([
  z.object({ name: siteNameSchema }).strict(),
  z.object({ url: z.string().trim().min(1).max(2000), user: z.string().trim().min(1).max(200), password: z.string().max(400) }).strict(),
]);

/** Who the user is on the site and what they may do there. */
export interface ConnectionView {
  url: string;
  user: string;
  /** Their name as the site shows it. */
  name: string;
  roles: string[];
  /** May publish their own posts (an Author, an Editor); else they can only submit them for review. */
  canPublish: boolean;
  canUpload: boolean;
  canEditOthers: boolean;
  /** Their posts skip WordPress's HTML filter (an Editor or Administrator on a single site). */
  unfilteredHtml: boolean;
  /** The answer in words: who, and what they may do. */
  summary: string;
}

import { PUBLISH_STATUSES, type PublishStatus } from './publishStatus.js';

export { PUBLISH_STATUSES, type PublishStatus };

export const publishRequestSchema = z
  .object({
    articleId: z.string().min(1).max(200),
    /** A kept site's name; the only site when absent. */
    site: siteNameSchema.optional(),
    status: z.enum(PUBLISH_STATUSES).default('draft'),
    /** For `future`: ISO 8601 with an offset, or a local time (`2026-12-04T01:30`) in the newsroom's zone. */
    at: z.string().max(40).optional(),
    /** Overwrite a post that was changed on the site since Ktav last published it. */
    force: z.boolean().default(false),
    /** Create the section's category on the site when it has none (the person confirmed). */
    createCategory: z.boolean().default(false),
  })
  .strict();
export type PublishRequest = z.output<typeof publishRequestSchema>;

/** A picture uploaded to a site, remembered so a republish re-uses it. */
export const publishedMediaSchema = z.object({
  id: z.number().int().positive(),
  url: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  /** Hash of the credit written into the uploaded file: a changed credit is uploaded again. */
  creditHash: z.string(),
});
export type PublishedMedia = z.infer<typeof publishedMediaSchema>;

/** What a publish left on the article, one per site (by the site's address). */
export const publishedRecordSchema = z.object({
  site: z.string(),
  url: z.string(),
  postId: z.number().int().positive(),
  link: z.string(),
  status: z.string(),
  /** When Ktav published it. */
  at: z.string(),
  /** The post's date in UTC when scheduled. */
  dateGmt: z.string().optional(),
  /** SHA-256 of what was sent (title, excerpt, slug, content, terms, status, date). */
  sentHash: z.string(),
  /** The post's `modified_gmt` as the site answered: a different one later means it was edited there. */
  modifiedGmt: z.string(),
  /**
   * SHA-256 of the post's title, excerpt, text, status and slug as the site answered them: an edit
   * there within the same second as Ktav's (modified_gmt counts whole seconds) still shows.
   */
  siteHash: z.string().optional(),
  /** Picture id (the original's SHA-256) → its attachment on this site. */
  media: z.record(z.string(), publishedMediaSchema),
});
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;

/** A difference between the post on the site and what Ktav would send now. */
export interface SiteChange {
  field: 'title' | 'excerpt' | 'content' | 'status' | 'slug';
  /** On the site now. */
  site: string;
  /** What Ktav would send. */
  ktav: string;
}

export interface PublishedView {
  postId: number;
  link: string;
  status: string;
  /** The pictures: each one's attachment id and whether this publish uploaded it or re-used it. */
  media: { imageId: string; attachmentId: number; uploaded: boolean }[];
  /** True when an existing post was updated. */
  updated: boolean;
  /** Things done differently than asked (a Contributor's post submitted for review; a category that could not be created). */
  notes: string[];
}

export type PublishOutcome =
  | { kind: 'published'; published: PublishedView; gate: GateReport }
  | { kind: 'gate'; gate: GateReport }
  | { kind: 'queued'; item: OutboxItemView; gate: GateReport }
  | { kind: 'changed-on-site'; postId: number; link: string; changes: SiteChange[]; message: string };

export const OUTBOX_STATES = ['waiting', 'sending', 'failed', 'changed-on-site'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxItemView {
  id: string;
  articleId: string;
  headline: string;
  site: string;
  status: PublishStatus;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  /** When it is tried again by itself (waiting items). */
  nextAttemptAt: string | null;
}

/** What will be sent, without sending: for the export screen's publish panel. */
export interface PublishPreview {
  gate: GateReport;
  site: string;
  title: string;
  excerpt: string;
  slug: string;
  /** The body exactly as it will be sent (figures point at attachments once uploaded). */
  content: string;
  category: { name: string; exists: boolean } | null;
  tags: { name: string; exists: boolean }[];
  /** The post this article already is on the site, which a publish updates. */
  existing: { postId: number; link: string; status: string } | null;
  /** Pictures to upload (the others are on the site already). */
  picturesToUpload: number;
  pictures: number;
}
