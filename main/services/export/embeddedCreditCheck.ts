// What a packaged picture says about itself: the credit line, read by the media library's own
// reader (XMP first, IIM in UTF-8), and whether any location data survived.
import ExifReader from 'exifreader';
import { readEmbeddedCredit } from '../media/embeddedCredit.js';

export interface EmbeddedCheck {
  creditLine: string;
  hasLocation: boolean;
}

export function checkEmbedded(bytes: Uint8Array): EmbeddedCheck {
  const tags = ExifReader.load(Buffer.from(bytes), { expanded: true }) as Record<string, Record<string, unknown> | undefined>;
  const gps = Object.keys(tags.gps ?? {});
  const exifGps = Object.keys(tags.exif ?? {}).filter((k) => k.startsWith('GPS'));
  return { creditLine: readEmbeddedCredit(bytes).creditLine ?? '', hasLocation: gps.length + exifGps.length > 0 };
}
