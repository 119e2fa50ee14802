// Handlers of the article calls.
import type { Services } from '../../services/services.js';
import { exportArticleHtml } from '../../services/export/htmlExport.js';
import type { HandlersOf } from '../dispatcher.js';
import type { articleCalls } from '../../../shared/api/calls/article.js';

export function articleHandlers(services: Services): HandlersOf<typeof articleCalls> {
  const { articles, layout } = services;
  return {
    'article.list': () => articles.list(),
    'article.summaries': ({ ids }) => ids.map((id) => ({ id, summary: articles.summary(id) ?? null })),
    'article.create': () => articles.create(),
    'article.get': ({ id }) => articles.get(id),
    'article.save': (args) =>
      'blocks' in args ? articles.saveBlocks(args.id, args.baseRevision, args.blocks) : articles.save(args.id, args.baseRevision, args.doc),
    'article.exportHtml': async ({ id }) => ({ path: await exportArticleHtml(await articles.peek(id), layout.exportsDir) }),
    'article.setMeta': ({ id, baseRevision, patch }) => articles.setMeta(id, baseRevision, patch),
    'article.journal': async (args) => {
      if ('blocks' in args) await articles.recordJournalBlocks(args.id, args.baseRevision, args.blocks);
      else await articles.recordJournal(args.id, args.baseRevision, args.doc);
      return null;
    },
    'article.keepVersion': ({ id, reason }) => articles.keepVersion(id, reason),
    'article.trash': async ({ id }) => {
      await articles.trash(id);
      return null;
    },
  };
}
