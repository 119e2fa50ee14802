// A figure's picture on the site: the export's largest JPEG rendition with the credit written
// into the file (IPTC-IIM marked UTF-8, and EXIF: WordPress reads only those, never XMP), whole
// rather than cut to IIM's byte limits, uploaded once and re-used by its content hash.
//
// Each upload is one request: the bytes with an ASCII file name, and the attachment's slug,
// title, alt text, caption and (when the post exists) its parent as query parameters, which
// WordPress's media endpoint applies to the attachment it creates. The slug names the picture
// and its credit (`ktav-<picture>-<credit>`), so a retry after an upload whose answer was lost
// finds the attachment it made instead of making a second one.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CREDIT_PREFIX } from '../../../shared/html/body.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import type { ExportMedia } from '../export/exportMedia.js';
import { ENCODINGS, widthsFor } from '../export/renditions.js';
import { openPicture } from '../media/pictureSource.js';
import type { PublishedMedia } from './publishTypes.js';
import type { WpClient } from './wpClient.js';

/** The credit fields written into the file and onto the attachment: a change in any is a new upload. */
export function creditHash(record: MediaRecord): string {
  const c = record.credit;
  const written = [c.creditLine, c.creators, c.source, c.copyrightNotice, c.copyrightOwner, c.usageTerms, c.caption, c.altText];
  return createHash('sha256').update(JSON.stringify(written)).digest('hex').slice(0, 12);
}

export function attachmentSlug(record: MediaRecord): string {
  return `ktav-${record.id.slice(0, 16)}-${creditHash(record)}`;
}

/** The attachment's caption: the picture's own caption and its credit line, as the figure prints it. */
export function attachmentCaption(record: MediaRecord): string {
  const credit = record.credit.creditLine.trim();
  return [record.credit.caption.trim(), credit ? `${CREDIT_PREFIX} ${credit}` : ''].filter(Boolean).join(' ');
}

export interface UploadFile {
  path: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** The largest JPEG rendition the export makes of the picture, credited, in `workDir`. */
export async function uploadRendition(record: MediaRecord, media: ExportMedia, workDir: string): Promise<UploadFile> {
  const width = Math.max(...widthsFor(record.width));
  const source = await openPicture(media.originalPath(record), record.mime, { limitInputPixels: 268_402_689 });
  const name = `ktav-${record.id.slice(0, 16)}.jpg`;
  const plain = join(workDir, `plain-${name}`);
  const credited = join(workDir, name);
  const info = await source.resize({ width, withoutEnlargement: true }).jpeg(ENCODINGS.jpeg.options).toFile(plain);
  await media.writeCreditedCopy(record.id, plain, credited, { fullLengthIim: true });
  await rm(plain, { force: true });
  return { path: credited, bytes: await readFile(credited), width: info.width, height: info.height };
}

interface MediaAnswer {
  id: number;
  source_url: string;
  post?: number | null;
  media_details?: { width?: number; height?: number };
}

function asPublished(answer: MediaAnswer, record: MediaRecord): PublishedMedia {
  return {
    id: answer.id,
    url: answer.source_url,
    width: answer.media_details?.width ?? 0,
    height: answer.media_details?.height ?? 0,
    creditHash: creditHash(record),
  };
}

/** The attachment an earlier try made of this picture and credit, if the site has it. */
export async function findUploaded(client: WpClient, record: MediaRecord): Promise<(PublishedMedia & { parent: number }) | null> {
  const found = await client.get<MediaAnswer[]>('/wp/v2/media', { slug: attachmentSlug(record), _fields: 'id,source_url,post,media_details', per_page: 5 });
  const hit = found[0];
  return hit ? { ...asPublished(hit, record), parent: hit.post ?? 0 } : null;
}

/** Which of these attachments the site still has. */
export async function stillThere(client: WpClient, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found = await client.get<{ id: number }[]>('/wp/v2/media', { include: ids.join(','), per_page: 100, _fields: 'id' });
  return new Set(found.map((m) => m.id));
}

export async function upload(client: WpClient, record: MediaRecord, file: UploadFile, parent: number | null): Promise<PublishedMedia> {
  const title = record.credit.caption.trim() || record.originalName.replace(/\.[^.]+$/, '') || record.id.slice(0, 12);
  const { body } = await client.request<MediaAnswer>('/wp/v2/media', {
    method: 'POST',
    body: file.bytes,
    headers: { 'content-type': 'image/jpeg', 'content-disposition': `attachment; filename="${file.path.split('/').pop()}"` },
    query: { slug: attachmentSlug(record), title, alt_text: record.credit.altText.trim(), caption: attachmentCaption(record), post: parent ?? undefined, _fields: 'id,source_url,post,media_details' },
    timeoutMs: 300_000,
  });
  return asPublished(body, record);
}

/** Makes the post the attachment's parent (pictures uploaded before the post existed). */
export async function attach(client: WpClient, attachmentId: number, postId: number): Promise<void> {
  await client.post(`/wp/v2/media/${attachmentId}`, { post: postId }, { _fields: 'id' });
}
