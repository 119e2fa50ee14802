// The page as the export screen previews it: the same renderer as the package, with each
// figure showing the stored original from the app's `/media/` address instead of renditions,
// so the preview costs nothing to make.
import type { Node as PMNode } from 'prosemirror-model';
import type { FigureImage } from '../../../shared/html/body.js';
import { renderPage } from '../../../shared/html/page.js';
import type { RelatedLink } from '../../../shared/html/publishedArticle.js';
import { relatedList } from '../../../shared/html/relatedList.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { ExportMedia } from './exportMedia.js';

export function previewPage(doc: PMNode, article: ArticleFile, media: ExportMedia, related: RelatedLink[], _baseUrl: string): string {
  const image = (id: string): FigureImage | null => {
    const r = media.record(id);
    if (!r) return null;
    return {
      src: `/media/${r.id}.${r.ext}`,
      width: r.width,
      height: r.height,
      alt: r.credit.altText,
      caption: r.credit.caption,
      creditLine: r.credit.creditLine,
    };
  };
  const publishedAt = article.meta.exports?.[0]?.publishedAt ?? article.meta.updatedAt;
  return renderPage(doc, { date: publishedAt, image, after: relatedList(related) });
}
