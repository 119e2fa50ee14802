// The head tags sharing and search read: canonical address, description, Open Graph and the
// Twitter card. Every value is an attribute, escaped.
import { escapeAttr } from './escape.js';
import type { PublishedArticle } from './publishedArticle.js';

function meta(attr: 'property' | 'name', key: string, value: string | number): string {
  return `<meta ${attr}="${key}" content="${escapeAttr(String(value))}">`;
}

export function socialTags(a: PublishedArticle): string {
  const tags: string[] = [`<link rel="canonical" href="${escapeAttr(a.url)}">`];
  if (a.lead) tags.push(meta('name', 'description', a.lead));
  if (a.authors.length) tags.push(meta('name', 'author', a.authors.join(', ')));
  tags.push(
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', 'he_IL'),
    meta('property', 'og:url', a.url),
    meta('property', 'og:title', a.headline),
  );
  if (a.lead) tags.push(meta('property', 'og:description', a.lead));
  const image = a.images[0];
  if (image) {
    tags.push(
      meta('property', 'og:image', image.url),
      meta('property', 'og:image:width', image.width),
      meta('property', 'og:image:height', image.height),
      meta('property', 'og:image:alt', image.alt),
    );
  }
  tags.push(meta('property', 'article:published_time', a.datePublished), meta('property', 'article:modified_time', a.dateModified));
  if (a.section) tags.push(meta('property', 'article:section', a.section));
  for (const tag of a.tags) tags.push(meta('property', 'article:tag', tag));
  tags.push(meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'), meta('name', 'twitter:title', a.headline));
  if (a.lead) tags.push(meta('name', 'twitter:description', a.lead));
  if (image) tags.push(meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt));
  return `${tags.join('\n')}\n`;
}
