// Importing pictures into the media library, against sharp alone making the same thumbnails in
// the same run. Prints the figures and rewrites the media section of bench/RESULTS.md.
//
//   npm run bench:media                       200 pictures of 12–24 MP (the issue's target)
//   MEDIA_BENCH_COUNT=40 npm run bench:media  fewer, for a quick look
//
// Pictures: a few distinct base images per size (smooth random texture, like a photo, so JPEG
// sizes are realistic), each copied with its own JPEG comment so every file has different bytes
// (a different SHA-256) but costs the same to decode. Generating 200 distinct 24 MP JPEGs would
// take longer than the measurement and measure nothing extra. One picture in ten is an iPhone-
// sized HEIC (12 MP, HEVC, made with Debian's heif-enc) and one in ten a 12 MP TIFF, each made
// distinct by a trailing byte count of padding the decoders ignore. Every base picture carries
// a Hebrew credit in XMP, IPTC-IIM and EXIF (written by Ktav's credit writer, as an agency's
// files carry one), so the import's ExifTool read has metadata to reconcile.
import { execFile } from 'node:child_process';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createDispatcher } from '../main/api/dispatcher.js';
import { createHandlers } from '../main/api/handlers.js';
import { CreditWriter } from '../main/services/media/creditWriter.js';
import { sharedCreditReader } from '../main/services/media/embeddedCredit.js';
import { MediaLibrary } from '../main/services/media/mediaLibrary.js';
import { makeThumbnail } from '../main/services/media/thumbnail.js';
import { createServices } from '../main/services/services.js';
import { MemorySettings } from '../main/services/settings/settingsStore.js';
import { emptyCredit, type CreditFields } from '../shared/model/media.js';
import { replaceSection } from './resultsFile.js';

const COUNT = Number(process.env.MEDIA_BENCH_COUNT ?? 200);
const VIA_WINDOW = Number(process.env.MEDIA_BENCH_WINDOW_COUNT ?? 20);
const SIZES: [number, number][] = [
  [4000, 3000], // 12 MP
  [4899, 3266], // 16 MP
  [5472, 3648], // 20 MP
  [6000, 4000], // 24 MP
];
const BASES_PER_SIZE = 2;
const EVERY = 10; // one HEIC and one TIFF in this many pictures
const PHONE: [number, number] = [4032, 3024]; // 12 MP, what an iPhone's main camera takes

type Kind = 'jpeg' | 'heic' | 'tiff';
const MIME: Record<Kind, string> = { jpeg: 'image/jpeg', heic: 'image/heic', tiff: 'image/tiff' };

async function basePicture(width: number, height: number, seed: number): Promise<Buffer> {
  const small = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 110 + seed * 7, sigma: 50 } } })
    .png()
    .toBuffer();
  return sharp(small).resize(width, height, { kernel: 'cubic' }).jpeg({ quality: 88 }).toBuffer();
}

/** The same JPEG with a comment segment (FF FE) after SOI: new bytes, same picture. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const payload = Buffer.from(text, 'latin1');
  const seg = Buffer.alloc(4);
  seg.writeUInt16BE(0xfffe, 0);
  seg.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), seg, payload, jpeg.subarray(2)]);
}

/**
 * Event-loop delay, sampled only while resumed, so one run can measure interleaved phases.
 * A fresh histogram per stretch: re-enabling one histogram would count the time it was paused
 * (the other side's turn) as a single long delay.
 */
function stallMonitor() {
  const done: ReturnType<typeof monitorEventLoopDelay>[] = [];
  let current: ReturnType<typeof monitorEventLoopDelay> | null = null;
  return {
    resume: () => {
      current = monitorEventLoopDelay({ resolution: 10 });
      current.enable();
    },
    pause: () => {
      current?.disable();
      if (current) done.push(current);
      current = null;
    },
    result: () => ({
      maxMs: Math.max(0, ...done.map((h) => h.max)) / 1e6,
      p99Ms: Math.max(0, ...done.map((h) => h.percentile(99))) / 1e6,
    }),
  };
}

const CREDIT: CreditFields = {
  ...emptyCredit(),
  creditLine: 'לשכת העיתונות הממשלתית',
  creators: ['נועה לוי', 'דני כהן'],
  source: 'לע"מ',
  copyrightNotice: '© לשכת העיתונות הממשלתית',
  caption: 'ראש העירייה חונך את הפארק החדש ביום ראשון בבוקר',
  altText: 'אישה גוזרת סרט אדום מול קהל',
};

/** `bytes` with the bench's credit written in by Ktav's writer (XMP, IIM, EXIF). */
async function credited(writer: CreditWriter, dir: string, bytes: Buffer, ext: string): Promise<Buffer> {
  const input = join(dir, `base-in.${ext}`);
  const output = join(dir, `base-out.${ext}`);
  await writeFile(input, bytes);
  await writer.writeCreditedCopy(input, output, CREDIT);
  return readFile(output);
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'ktav-bench-media-'));
  try {
    const inDir = join(root, 'in');
    await mkdir(inDir);
    process.stdout.write(`Generating ${COUNT} pictures (${SIZES.map(([w, h]) => `${((w * h) / 1e6).toFixed(0)} MP`).join(', ')})…\n`);
    const writer = new CreditWriter();
    const bases: Buffer[] = [];
    for (const [w, h] of SIZES) for (let s = 0; s < BASES_PER_SIZE; s++) bases.push(await credited(writer, root, await basePicture(w, h, s + bases.length), 'jpg'));
    const phoneJpeg = await basePicture(PHONE[0], PHONE[1], 3);
    const phoneJpegPath = join(root, 'phone.jpg');
    await writeFile(phoneJpegPath, phoneJpeg);
    const heicPath = join(root, 'phone.heic');
    await promisify(execFile)('heif-enc', ['-q', '60', '-p', 'preset=ultrafast', '-o', heicPath, phoneJpegPath]);
    const heicBase = await credited(writer, root, await readFile(heicPath), 'heic');
    const tiffBase = await credited(writer, root, await sharp(phoneJpeg).tiff({ compression: 'lzw' }).toBuffer(), 'tif');
    await writer.end();
    const files: { path: string; kind: Kind }[] = [];
    let totalBytes = 0;
    let totalPixels = 0;
    for (let i = 0; i < COUNT; i++) {
      const kind: Kind = i % EVERY === 3 ? 'heic' : i % EVERY === 7 ? 'tiff' : 'jpeg';
      const name = `picture-${String(i).padStart(3, '0')}`;
      const bytes =
        kind === 'jpeg' ? withComment(bases[i % bases.length]!, `ktav bench picture ${i}`) : Buffer.concat([kind === 'heic' ? heicBase : tiffBase, Buffer.alloc(i + 1)]);
      const path = join(inDir, `${name}.${kind === 'jpeg' ? 'jpg' : kind === 'heic' ? 'heic' : 'tif'}`);
      await writeFile(path, bytes);
      files.push({ path, kind });
      totalBytes += bytes.length;
      const [w, h] = kind === 'jpeg' ? SIZES[Math.floor((i % bases.length) / BASES_PER_SIZE)]! : PHONE;
      totalPixels += w * h;
    }
    const count = (kind: Kind) => files.filter((f) => f.kind === kind).length;

    // Baseline and Ktav take turns, picture by picture, so the noise of a shared machine falls
    // on both alike. Baseline: sharp alone, the same thumbnail pipeline, from and to disk.
    // Ktav: what `ktav media import` does — hash, probe, thumbnail, embedded metadata, durable
    // writes of the original, the thumbnail and the record.
    const baseOut = join(root, 'baseline');
    await mkdir(baseOut);
    const mediaDir = join(root, 'repo-cli', 'media');
    await mkdir(mediaDir, { recursive: true });
    const library = new MediaLibrary({ mediaDir });
    await library.open();
    const baselineLoop = stallMonitor();
    const ktavLoop = stallMonitor();
    const baselineMs: Record<Kind, number> = { jpeg: 0, heic: 0, tiff: 0 };
    const ktavMs: Record<Kind, number> = { jpeg: 0, heic: 0, tiff: 0 };
    for (const [i, f] of files.entries()) {
      baselineLoop.resume();
      let t = performance.now();
      // For HEIC, "sharp alone" cannot decode: its baseline is the same decoder feeding sharp.
      await writeFile(join(baseOut, `${i}.webp`), await makeThumbnail(await readFile(f.path), MIME[f.kind]));
      baselineMs[f.kind] += performance.now() - t;
      baselineLoop.pause();
      ktavLoop.resume();
      t = performance.now();
      const [outcome] = await library.importFiles([f.path]);
      ktavMs[f.kind] += performance.now() - t;
      ktavLoop.pause();
      if (!outcome?.ok) throw new Error(`${f.path} failed to import`);
      if (outcome.record.credit.creditLine !== CREDIT.creditLine) throw new Error(`${f.path}: the credit was not read (${JSON.stringify(outcome.record.credit)})`);
      if ((i + 1) % 20 === 0) process.stdout.write(`  ${i + 1}/${COUNT}\n`);
    }
    const baselineStall = baselineLoop.result();
    const cliStall = ktavLoop.result();

    // The window's path: base64 through the dispatcher, as `ktav.media.import` sends it.
    const services = await createServices(join(root, 'repo-window'), new MemorySettings());
    const dispatch = createDispatcher(createHandlers(services, { shell: 'browser', version: 'bench' }), { language: () => 'he' });
    const sample = files.slice(0, Math.min(VIA_WINDOW, files.length)).map((f) => f.path);
    const windowLoop = stallMonitor();
    let windowMs = 0;
    for (const f of sample) {
      const payload = { name: f, data: (await readFile(f)).toString('base64') };
      windowLoop.resume();
      const t = performance.now();
      const o = await dispatch('media.import', payload);
      windowMs += performance.now() - t;
      windowLoop.pause();
      if (!o.ok) throw new Error(o.error.message);
    }
    const windowStall = windowLoop.result();
    await services.close();
    await sharedCreditReader.end();

    const sum = (r: Record<Kind, number>) => r.jpeg + r.heic + r.tiff;
    const overhead = sum(ktavMs) / sum(baselineMs) - 1;
    const overheadOf = (kind: Kind) => `${((ktavMs[kind] / baselineMs[kind] - 1) * 100).toFixed(0)}%`;
    const row = (kind: Kind, label: string) =>
      `| ${label} (${count(kind)}) | ${fmt(baselineMs[kind])} (${(baselineMs[kind] / count(kind)).toFixed(0)} ms each) | ${fmt(ktavMs[kind])} (${(ktavMs[kind] / count(kind)).toFixed(0)} ms each) | ${overheadOf(kind)} |`;
    const stallOk = Math.max(cliStall.maxMs, windowStall.maxMs) <= 50;
    const lines = [
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${(await import('node:os')).cpus().length} cores (shared).`,
      `${COUNT} pictures: ${count('jpeg')} JPEGs of 12–24 MP, ${count('heic')} HEVC HEICs and ${count('tiff')} LZW TIFFs of 12 MP; ${(totalPixels / COUNT / 1e6).toFixed(1)} MP on average, ${(totalBytes / 1024 / 1024).toFixed(0)} MB in all.`,
      '',
      'Baseline: sharp alone makes the same WebP thumbnails, taking turns with Ktav; for HEIC, which sharp alone cannot decode, the baseline is the same WebAssembly decoder feeding sharp. Ktav: `ktav media import` (hash, probe, thumbnail, metadata read through ExifTool and reconciled as MWG says, durable writes). Every picture carries a Hebrew credit in XMP, IPTC-IIM and EXIF.',
      '',
      '| pictures | baseline | Ktav import | overhead |',
      '|---|---|---|---|',
      row('jpeg', 'JPEG'),
      row('heic', 'HEIC (HEVC)'),
      row('tiff', 'TIFF'),
      `| all (${COUNT}) | ${fmt(sum(baselineMs))} | ${fmt(sum(ktavMs))} | ${(overhead * 100).toFixed(0)}% |`,
      '',
      `Ktav import through the window's call (base64), first ${sample.length} pictures: ${fmt(windowMs)}, ${(windowMs / sample.length).toFixed(0)} ms each.`,
      '',
      `Ktav's overhead over sharp alone: **${(overhead * 100).toFixed(0)}%** (target ≤ 25%: ${overhead <= 0.25 ? 'met' : 'NOT met'}).`,
      `Longest main-process stall (event-loop delay) while importing: ${cliStall.maxMs.toFixed(0)} ms from files, ${windowStall.maxMs.toFixed(0)} ms through the window's call; p99 ${cliStall.p99Ms.toFixed(0)} / ${windowStall.p99Ms.toFixed(0)} ms (target ≤ 50 ms: ${stallOk ? 'met' : 'NOT met'}).`,
      `For reference, the same measure while sharp alone made the thumbnails (no Ktav code on the loop): longest ${baselineStall.maxMs.toFixed(0)} ms, p99 ${baselineStall.p99Ms.toFixed(0)} ms — the machine's own noise floor.`,
    ];
    const text = lines.join('\n');
    process.stdout.write(`${text}\n`);
    await replaceSection('media', `## Media import (issue: media and credits)\n\n${text}\n`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
