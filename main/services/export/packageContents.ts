// Everything a package holds, in memory: the page, the CMS fragment, the credited renditions,
// the ninjs manifest and the file list. Writing it (zip or folder) is someone else's job, so
// the same contents serve both and the zip stays a pure function of them.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Node as PMNode } from 'prosemirror-model';
import { articleFields, bodyText, countWords } from '../../../shared/editor/document.js';
import type { FigureImage } from '../../../shared/html/body.js';
import { serializeBody } from '../../../shared/html/body.js';
import { jsonLdScript } from '../../../shared/html/jsonLd.js';
import { renderPage } from '../../../shared/html/page.js';
import type { PublishedArticle, PublishedImage, RelatedLink } from '../../../shared/html/publishedArticle.js';
import { relatedList } from '../../../shared/html/relatedList.js';
import { socialTags } from '../../../shared/html/socialTags.js';
import { figureImageIds } from '../../../shared/media/figureUsage.js';
import type { DocJSON } from '../../../shared/editor/document.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import type { ZipEntry } from './deterministicZip.js';
import type { ExportMedia } from './exportMedia.js';
import { FILE_LIST, fileList } from './fileList.js';
import { ninjsManifest, type ManifestImage, type ManifestRendition } from './ninjsManifest.js';
import { imageStem, makeRenditions, type Rendition } from './renditions.js';
import { stableJson } from './stableJson.js';

export const LANGUAGE = 'he';
/** The page's column is 42rem wide (pageStyle.ts); narrower screens show the picture full width. */
const SIZES = '(max-width: 44rem) 100vw, 42rem';
/** The rendition `src` points at: the one nearest this width from below. */
const DEFAULT_WIDTH = 960;

export interface PackageInput {
  article: ArticleFile;
  doc: PMNode;
  media: ExportMedia;
  /** Absolute address the package is published at, ending in `/`. */
  baseUrl: string;
  related: RelatedLink[];
  publishedAt: string;
  /** A scratch folder for renditions; the caller removes it. */
  workDir: string;
  /** Ship the originals too (credited, location removed) under `images/originals/`. */
  includeOriginals?: boolean;
  /** Pictures processed at once; sharp also spreads each one over its own threads. */
  concurrency?: number;
  onImage?: (done: number, total: number) => void;
  /** Stops between pictures when aborted. */
  signal?: AbortSignal;
}

export interface PackageContents {
  entries: ZipEntry[];
  pageHtml: string;
}

/** The address of a package: the site's address and the slug (or id), as a folder. */
export function packageBaseUrl(siteUrl: string, article: Pick<ArticleFile, 'id' | 'meta'>): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(`${encodeURIComponent(article.meta.slug || article.id)}/`, base).href;
}

export async function buildPackage(input: PackageInput): Promise<PackageContents> {
  const { article, doc, media, baseUrl } = input;
  const ids = figureImageIds(article.doc as DocJSON);
  const records = ids.map((id) => media.record(id)).filter((r): r is MediaRecord => r !== null);
  const renditions = await renditionsOf(records, input);

  const figure = (id: string): FigureImage | null => {
    const record = records.find((r) => r.id === id);
    const set = renditions.get(id);
    if (!record || !set) return null;
    const jpegs = set.filter((r) => r.format === 'jpeg');
    const webps = set.filter((r) => r.format === 'webp');
    const src = [...jpegs].reverse().find((r) => r.width <= DEFAULT_WIDTH) ?? jpegs[0]!;
    return {
      src: src.path,
      srcset: jpegs.map((r) => `${r.path} ${r.width}w`).join(', '),
      webpSrcset: webps.map((r) => `${r.path} ${r.width}w`).join(', '),
      sizes: SIZES,
      width: src.width,
      height: src.height,
      alt: record.credit.altText,
      caption: record.credit.caption,
      creditLine: record.credit.creditLine,
    };
  };

  const { headline, lead, byline } = articleFields(doc);
  const published: PublishedArticle = {
    url: baseUrl,
    headline,
    lead,
    authors: article.meta.authors.length ? article.meta.authors : byline ? [byline] : [],
    section: article.meta.section,
    tags: article.meta.tags,
    datePublished: input.publishedAt,
    dateModified: article.meta.updatedAt,
    language: LANGUAGE,
    images: records.map((r) => publishedImage(r, renditions.get(r.id) ?? [], baseUrl)),
  };

  const bodyHtml = serializeBody(doc, { baseDirection: 'rtl', image: figure });
  const pageHtml = renderPage(doc, {
    date: input.publishedAt,
    image: figure,
    head: jsonLdScript(published) + socialTags(published),
    after: relatedList(input.related),
  });
  // The fragment carries its language and direction with it, so a CMS template of any
  // direction shows it right.
  const fragment = `<div class="ktav-article" lang="${LANGUAGE}" dir="rtl">\n${bodyHtml}\n</div>\n`;

  const entries: ZipEntry[] = [
    { path: 'index.html', bytes: Buffer.from(pageHtml, 'utf8') },
    { path: 'article.html', bytes: Buffer.from(fragment, 'utf8') },
  ];
  for (const set of renditions.values()) for (const r of set) entries.push({ path: r.path, bytes: r.bytes });
  if (input.includeOriginals) entries.push(...(await originals(records, input)));

  const manifestImages: ManifestImage[] = records.map((r) => ({
    id: r.id,
    caption: captionOf(doc, r),
    credit: r.credit,
    renditions: (renditions.get(r.id) ?? []).map((x) => manifestRendition(x, baseUrl)),
  }));
  const text = bodyText(doc);
  const manifest = ninjsManifest({
    url: baseUrl,
    revision: article.revision,
    headline,
    lead,
    byline,
    authors: article.meta.authors,
    slug: article.meta.slug,
    section: article.meta.section,
    tags: article.meta.tags,
    createdAt: article.meta.createdAt,
    updatedAt: article.meta.updatedAt,
    publishedAt: input.publishedAt,
    language: LANGUAGE,
    bodyHtml,
    wordCount: countWords(text),
    charCount: [...text.replace(/\n/g, '')].length,
    renditions: [
      { name: 'page', href: new URL('index.html', baseUrl).href, contenttype: 'text/html', sizeinbytes: entries[0]!.bytes.length },
      { name: 'fragment', href: new URL('article.html', baseUrl).href, contenttype: 'text/html', sizeinbytes: entries[1]!.bytes.length },
    ],
    images: manifestImages,
  });
  entries.push({ path: 'manifest.json', bytes: Buffer.from(stableJson(manifest), 'utf8') });
  entries.push({ path: FILE_LIST, bytes: Buffer.from(fileList(entries), 'utf8') });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, pageHtml };
}

/** Renditions of every picture, a few pictures at a time. */
async function renditionsOf(records: MediaRecord[], input: PackageInput): Promise<Map<string, Rendition[]>> {
  const out = new Map<string, Rendition[]>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < records.length) {
      input.signal?.throwIfAborted();
      const record = records[next++]!;
      const dir = join(input.workDir, imageStem(record.id));
      await mkdir(dir, { recursive: true });
      out.set(record.id, await makeRenditions(record, input.media, dir));
      input.onImage?.(++done, records.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.concurrency ?? 2, records.length)) }, worker));
  return out;
}

async function originals(records: MediaRecord[], input: PackageInput): Promise<ZipEntry[]> {
  const out: ZipEntry[] = [];
  for (const r of records) {
    const name = `${imageStem(r.id)}.${r.ext}`;
    const target = join(input.workDir, `original-${name}`);
    await input.media.writeCreditedCopy(r.id, input.media.originalPath(r), target);
    out.push({ path: `images/originals/${name}`, bytes: await readFile(target) });
  }
  return out;
}

function publishedImage(r: MediaRecord, set: Rendition[], baseUrl: string): PublishedImage {
  const largest = set.filter((x) => x.format === 'jpeg').at(-1);
  return {
    url: largest ? new URL(largest.path, baseUrl).href : baseUrl,
    width: largest?.width ?? r.width,
    height: largest?.height ?? r.height,
    caption: r.credit.caption,
    alt: r.credit.altText,
    creditLine: r.credit.creditLine,
    creators: r.credit.creators.filter((c) => c.trim()),
    copyrightNotice: r.credit.copyrightNotice,
    license: r.credit.webStatementUrl,
    acquireLicensePage: r.credit.licensor.url,
  };
}

function manifestRendition(r: Rendition, baseUrl: string): ManifestRendition {
  return {
    name: `${r.width}-${r.format}`,
    href: new URL(r.path, baseUrl).href,
    contenttype: r.mime,
    width: r.width,
    height: r.height,
    sizeinbytes: r.bytes.length,
  };
}

/** The caption printed for a picture: the article's own for its first figure, else the picture's. */
function captionOf(doc: PMNode, record: MediaRecord): string {
  let caption = '';
  doc.forEach((node) => {
    if (!caption && node.type.name === 'figure' && node.attrs.imageId === record.id) caption = node.textContent.trim();
  });
  return caption || record.credit.caption;
}
