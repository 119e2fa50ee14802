// NewsArticle structured data (schema.org JSON-LD) with each picture as an ImageObject carrying
// its credit, the way Google's image licence metadata reads it. Embedded in a `<script>`, so
// every character that could end the element or open markup is written as a JSON escape.
import type { PublishedArticle, PublishedImage } from './publishedArticle.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function imageObject(image: PublishedImage): Json {
  const o: Record<string, Json> = {
    '@type': 'ImageObject',
    contentUrl: image.url,
    url: image.url,
    width: image.width,
    height: image.height,
    creditText: image.creditLine,
  };
  if (image.caption) o.caption = image.caption;
  if (image.creators.length) o.creator = image.creators.map((name) => ({ '@type': 'Person', name }));
  if (image.copyrightNotice) o.copyrightNotice = image.copyrightNotice;
  if (image.license) o.license = image.license;
  if (image.acquireLicensePage) o.acquireLicensePage = image.acquireLicensePage;
  return o;
}

export function newsArticleJsonLd(a: PublishedArticle): Json {
  const o: Record<string, Json> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    inLanguage: a.language,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
  };
  if (a.lead) o.description = a.lead;
  if (a.authors.length) o.author = a.authors.map((name) => ({ '@type': 'Person', name }));
  if (a.section) o.articleSection = a.section;
  if (a.tags.length) o.keywords = a.tags;
  if (a.images.length) o.image = a.images.map(imageObject);
  return o;
}

/** JSON that cannot end its `<script>` element or be read as markup. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonLdScript(a: PublishedArticle): string {
  return `<script type="application/ld+json">${scriptSafeJson(newsArticleJsonLd(a))}</script>\n`;
}
