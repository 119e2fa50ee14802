// Real pictures for media tests: generated with sharp, tagged with Debian's ExifTool (an
// independent writer), and read back with it (an independent reader).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

const run = promisify(execFile);

/** A JPEG of `width`×`height` filled with a colour; different colours give different bytes. */
export async function jpeg(path: string, width = 64, height = 48, color = '#c33'): Promise<string> {
  await sharp({ create: { width, height, channels: 3, background: color } }).jpeg().toFile(path);
  return path;
}

export async function png(path: string, width = 40, height = 30, color = '#3a6'): Promise<string> {
  await sharp({ create: { width, height, channels: 3, background: color } }).png().toFile(path);
  return path;
}

/** Writes tags with Debian's exiftool (`-TAG=value`), IIM declared as UTF-8. */
export async function exiftoolWrite(path: string, tags: Record<string, string | string[]>): Promise<void> {
  const args = ['-overwrite_original', '-codedcharacterset=utf8', '-charset', 'iptc=utf8'];
  for (const [tag, value] of Object.entries(tags)) for (const v of [value].flat()) args.push(`-${tag}=${v}`);
  await run('exiftool', [...args, path]);
}

/** Every tag Debian's exiftool reads, keyed `Group1:Tag`, values as printed. */
export async function exiftoolRead(path: string): Promise<Record<string, unknown>> {
  const { stdout } = await run('exiftool', ['-j', '-G1', '-a', '-charset', 'iptc=utf8', path]);
  return (JSON.parse(stdout) as Record<string, unknown>[])[0]!;
}

/** A PNG whose header claims `width`×`height` with almost no data: a decompression bomb. */
export async function pixelBomb(path: string, width = 100_000, height = 100_000): Promise<string> {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await writeFile(path, Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]));
  return path;
}

/** A HEVC-coded HEIC, as an iPhone takes: a JPEG made by sharp, encoded by Debian's heif-enc (x265). */
export async function heic(path: string, width = 64, height = 48, color = '#37a'): Promise<string> {
  const source = `${path}.source.jpg`;
  await jpeg(source, width, height, color);
  await run('heif-enc', ['-q', '60', '-o', path, source]);
  return path;
}

export async function tiff(path: string, width = 64, height = 48, color = '#a73'): Promise<string> {
  await sharp({ create: { width, height, channels: 3, background: color } }).tiff().toFile(path);
  return path;
}
