// Calls about publishing to the site: the sites (the password goes in, never out), testing the
// connection, what a publish would send, publishing, and the outbox. The window's publish panel
// and settings → sites are built on these; `ktav site`, `ktav publish` and `ktav outbox` run the
// same service.
import { z } from 'zod';
import { call, noArgs } from '../define.js';
import {
  publishRequestSchema,
  siteAddSchema,
  siteNameSchema,
  siteTestSchema,
  type ConnectionView,
  type OutboxItemView,
  type PublishOutcome,
  type PublishPreview,
  type SiteView,
} from '../../model/publish.js';

export const publishCalls = {
  'publish.sites': call<SiteView[]>()(noArgs),
  /** Adds a site; a name already taken is refused (remove it first). Answers every site. */
  'publish.addSite': call<SiteView[]>()(siteAddSchema),
  'publish.removeSite': call<SiteView[]>()(z.object({ name: siteNameSchema }).strict()),
  /** Who the user is on the site and whether they may publish; else an error saying why (wrong password, not WordPress, unreachable). */
  'publish.testSite': call<ConnectionView>()(siteTestSchema),
  /** What a publish would send, and which category, tags and post already exist on the site. */
  'publish.preview': call<PublishPreview>()(z.object({ articleId: z.string().min(1).max(200), site: siteNameSchema.optional() }).strict()),
  /**
   * Publishes (or updates) the article's post: `published`, stopped by the gate, `queued` in the
   * outbox (the site could not be reached), or `changed-on-site` (nothing sent; `force` overwrites).
   * A missing category fails with code `conflict` unless `createCategory` says to create it.
   */
  'publish.publish': call<PublishOutcome>()(publishRequestSchema),
  'publish.outbox': call<OutboxItemView[]>()(noArgs),
  /** Sends one item now (or every item, without `id`); answers the outbox as it then is. */
  'publish.outboxSend': call<OutboxItemView[]>()(z.object({ id: z.string().min(1).max(300).optional() }).strict()),
  'publish.outboxCancel': call<OutboxItemView[]>()(z.object({ id: z.string().min(1).max(300) }).strict()),
} as const;
