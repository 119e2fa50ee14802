// Related articles at the foot of a page, as a titled list of links ("כתבות נוספות שיעניינו
// אתכם"). Headlines typed by people may open with English, so each is isolated.
import { detectDirection } from '../text/direction.js';
import { escapeAttr } from './escape.js';
import { isolatedRuns } from './body.js';
import type { RelatedLink } from './publishedArticle.js';

export const RELATED_TITLE = 'כתבות נוספות שיעניינו אתכם';

export function relatedList(links: readonly RelatedLink[]): string {
  if (links.length === 0) return '';
  const items = links.map((l) => {
    const dir = detectDirection(l.headline) ?? 'rtl';
    const d = dir === 'rtl' ? '' : ' dir="ltr"';
    return `<li><a href="${escapeAttr(l.url)}"${d}>${isolatedRuns(l.headline, dir)}</a></li>`;
  });
  return `<section class="related" aria-labelledby="related-title">
<h2 id="related-title">${RELATED_TITLE}</h2>
<ul>
${items.join('\n')}
</ul>
</section>
`;
}
