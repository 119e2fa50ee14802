// First look at incoming bytes: is this a picture Ktav accepts? Refuses empty files, SVG,
// formats we do not store, and declared dimensions meant to exhaust memory, each with a
// message naming the file. Decoding (which finds truncated files) happens in thumbnail.ts.
// HEIF pictures that are not AVIF are measured by libheif, which will decode them: sharp's
// libvips reads their header but cannot decode HEVC, and refuses some it could not decode anyway.
import sharp, { type Metadata } from 'sharp';
import { KtavError, type MessageKey, type MessageParams } from '../../../shared/api/errors.js';
import type { ImageFormat } from '../../../shared/model/media.js';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './imageLimits.js';
import { HEIC_MIME } from './pictureSource.js';

export interface ProbedImage {
  format: ImageFormat;
  ext: string;
  mime: string;
  /** As displayed: EXIF orientation 5–8 swaps width and height. */
  width: number;
  height: number;
}

const ACCEPTED: Record<string, { format: ImageFormat; ext: string; mime: string }> = {
  jpeg: { format: 'jpeg', ext: 'jpg', mime: 'image/jpeg' },
  png: { format: 'png', ext: 'png', mime: 'image/png' },
  webp: { format: 'webp', ext: 'webp', mime: 'image/webp' },
  tiff: { format: 'tiff', ext: 'tif', mime: 'image/tiff' },
};

const HEIC = { format: 'heif', ext: 'heic', mime: HEIC_MIME } as const;

type Refuse = (key: MessageKey & `media:${string}`, params?: MessageParams) => KtavError;

export async function probeImage(bytes: Uint8Array, file: string): Promise<ProbedImage> {
  const refuse: Refuse = (key, params = {}) => new KtavError('invalid-arguments', key, { file, ...params });
  if (bytes.length === 0) throw refuse('media:emptyFile');
  if (bytes.length > MAX_IMAGE_BYTES) throw refuse('media:tooLarge', { size: megabytes(bytes.length), limit: megabytes(MAX_IMAGE_BYTES) });
  if (looksLikeSvg(bytes)) throw refuse('media:svgRefused');
  let meta: Metadata;
  try {
    // Reading the header decodes no pixels, so the declared size can be checked (and named
    // in the message) before anything is decoded; every decode after this is limited.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    if (looksLikeHeif(bytes)) return probeHeif(bytes, refuse);
    throw refuse('media:notAnImage');
  }
  if (meta.format === 'svg') throw refuse('media:svgRefused');
  const accepted = ACCEPTED[meta.format] ?? heifKind(meta);
  if (!accepted) throw refuse('media:unsupportedFormat', { format: String(meta.format).toUpperCase() });
  if (accepted.mime === HEIC_MIME) return probeHeif(bytes, refuse);
  const { width, height } = meta;
  if (!width || !height) throw refuse('media:damagedImage');
  if (width * height > MAX_IMAGE_PIXELS) throw refuse('media:tooManyPixels', { width, height });
  const swapped = (meta.orientation ?? 1) >= 5;
  return { ...accepted, width: swapped ? height : width, height: swapped ? width : height };
}

// sharp reports both HEIC and AVIF as "heif"; the compression tells them apart.
function heifKind(meta: Metadata): Omit<ProbedImage, 'width' | 'height'> | undefined {
  if (meta.format !== 'heif') return undefined;
  return meta.compression === 'av1'
    ? { format: 'avif', ext: 'avif', mime: 'image/avif' }
    : HEIC;
}

/** A HEIF file by its `ftyp` box: the major brands of HEVC stills and sequences and of plain HEIF. */
function looksLikeHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || new TextDecoder('latin1').decode(bytes.subarray(4, 8)) !== 'ftyp') return false;
  return ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(new TextDecoder('latin1').decode(bytes.subarray(8, 12)));
}

/**
 * Size as libheif reads it (the picture upright, as it will decode; the EXIF orientation
 * of a HEIF file does not apply on top of its own rotation). A file libheif finds broken is
 * damaged; one it refuses for another reason says that reason.
 */
async function probeHeif(bytes: Uint8Array, refuse: Refuse): Promise<ProbedImage> {
  const { HeifDecodeError, readHeifSize } = await import('./heifDecoder.js');
  let size;
  try {
    size = await readHeifSize(bytes);
  } catch (error) {
    if (!(error instanceof HeifDecodeError)) throw error;
    throw error.damaged ? refuse('media:damagedImage') : refuse('media:cannotDecode', { format: 'HEIF', details: error.message });
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw refuse('media:tooManyPixels', size);
  return { ...HEIC, ...size };
}

/** SVG is text: an XML declaration, a doctype or an `<svg` element near the start. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!doctype svg') || (head.startsWith('<') && head.includes('<svg'));
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
