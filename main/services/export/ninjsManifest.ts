// The package's `manifest.json`: the article as an IPTC ninjs 2.2 news item, with its
// headline, byline, language, dates, body, renditions, and each picture as an association
// carrying its rights. ninjs allows no extra top-level keys, so the list of files lives beside it in `checksums.json`.
import type { CreditFields } from '../../../shared/model/media.js';

export const NINJS_STANDARD = { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' } as const;

export interface ManifestRendition {
  name: string;
  href: string;
  contenttype: string;
  width?: number;
  height?: number;
  sizeinbytes: number;
}

export interface ManifestImage {
  /** Content hash of the original. */
  id: string;
  /** The caption as printed under the picture in this article. */
  caption: string;
  credit: CreditFields;
  renditions: ManifestRendition[];
}

export interface ManifestInput {
  url: string;
  revision: number;
  headline: string;
  lead: string;
  byline: string;
  authors: string[];
  slug: string;
  section: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
  language: string;
  bodyHtml: string;
  wordCount: number;
  charCount: number;
  renditions: ManifestRendition[];
  images: ManifestImage[];
}

/** The role under which an association's description carries the printed credit line. */
export const CREDIT_LINE_ROLE = 'creditline';

/** A picture's URI: its content hash, the same wherever the picture travels. */
export function imageUri(id: string): string {
  return `urn:ktav:image:sha256:${id}`;
}

function association(image: ManifestImage, index: number): Record<string, unknown> {
  const c = image.credit;
  const nonEmpty = (s: string) => (s.trim() ? s.trim() : undefined);
  const descriptions = [
    image.caption.trim() && { role: 'caption', value: image.caption.trim() },
    c.altText.trim() && { role: 'alternative-text', value: c.altText.trim() },
    c.creditLine.trim() && { role: CREDIT_LINE_ROLE, value: c.creditLine.trim() },
  ].filter(Boolean);
  const creators = c.creators.map((x) => x.trim()).filter(Boolean);
  return {
    name: `image-${index + 1}`,
    uri: imageUri(image.id),
    type: 'picture',
    representationtype: 'full',
    descriptions,
    by: creators.length ? creators.join(', ') : undefined,
    people: creators.length ? creators.map((name) => ({ name, rel: 'photographer' })) : undefined,
    copyrightnotice: nonEmpty(c.copyrightNotice),
    copyrightholder: nonEmpty(c.copyrightOwner),
    usageterms: nonEmpty(c.usageTerms),
    infosources: c.source.trim() ? [{ name: c.source.trim(), role: 'source' }] : undefined,
    rightsinfo: c.webStatementUrl ? { linkedrights: c.webStatementUrl } : undefined,
    digitalsourcetype: c.digitalSourceType ? { uri: c.digitalSourceType } : undefined,
    renditions: image.renditions,
  };
}

export function ninjsManifest(m: ManifestInput): Record<string, unknown> {
  const headlines = [{ role: 'main', value: m.headline }];
  if (m.lead) headlines.push({ role: 'sub', value: m.lead });
  return {
    uri: m.url,
    standard: { ...NINJS_STANDARD },
    type: 'text',
    representationtype: 'full',
    profile: 'ktav-article',
    version: String(m.revision),
    firstcreated: m.createdAt,
    versioncreated: m.updatedAt,
    contentcreated: m.publishedAt,
    pubstatus: 'usable',
    language: m.language,
    slugline: m.slug || undefined,
    title: m.headline,
    headlines,
    descriptions: m.lead ? [{ role: 'summary', value: m.lead }] : undefined,
    by: m.byline || m.authors.join(', ') || undefined,
    people: m.authors.length ? m.authors.map((name) => ({ name, rel: 'author' })) : undefined,
    subjects: subjects(m),
    bodies: [{ role: 'main', contenttype: 'text/html', value: m.bodyHtml, wordcount: m.wordCount, charcount: m.charCount }],
    renditions: m.renditions,
    associations: m.images.length ? m.images.map(association) : undefined,
  };
}

/** The section (מדור) and the tags, as subjects: `rel` tells them apart. */
function subjects(m: ManifestInput): Record<string, string>[] | undefined {
  const out = [...(m.section ? [{ name: m.section, rel: 'section' }] : []), ...m.tags.map((name) => ({ name, rel: 'about' }))];
  return out.length ? out : undefined;
}
