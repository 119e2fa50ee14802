// The page as the export screen previews it: the same renderer as the package, with each
// figure showing the stored original from the app's `/media/` address instead of renditions
// (the media library's own figure resolver), so the preview costs nothing to make.
import type { Node as PMNode } from 'prosemirror-model';
import { renderPage } from '../../../shared/html/page.js';
import type { RelatedLink } from '../../../shared/html/publishedArticle.js';
import { relatedList } from '../../../shared/html/relatedList.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { ExportMedia } from './exportMedia.js';

export function previewPage(doc: PMNode, article: ArticleFile, media: ExportMedia, related: RelatedLink[]): string {
  const publishedAt = article.meta.exports?.[0]?.publishedAt ?? article.meta.updatedAt;
  return renderPage(doc, { date: publishedAt, image: (id) => media.previewFigure(id), after: relatedList(related) });
}
