// A zip whose bytes depend only on its entries: sorted names, one fixed timestamp written in
// the DOS field only (no extended-time field, which would carry the time zone's idea of it),
// fixed permissions, and already-compressed pictures stored rather than deflated again.
import yazl from 'yazl';

/** 1980-01-01 00:00, the first moment a zip can say. Built in local time as yazl reads it. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

const STORED = /\.(jpe?g|webp|png|avif|heic|zip)$/i;

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

export function deterministicZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of sorted) {
    zip.addBuffer(Buffer.from(e.bytes), e.path, {
      mtime: FIXED_TIME,
      mode: 0o100644,
      compress: !STORED.test(e.path),
      forceDosTimestamp: true,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
