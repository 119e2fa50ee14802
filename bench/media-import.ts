// Importing pictures into the media library, against sharp alone making the same thumbnails in
// the same run. Prints the figures and rewrites the media section of bench/RESULTS.md.
//
//   npm run bench:media                       200 pictures of 12–24 MP (the issue's target)
//   MEDIA_BENCH_COUNT=40 npm run bench:media  fewer, for a quick look
//
// Pictures: a few distinct base images per size (smooth random texture, like a photo, so JPEG
// sizes are realistic), each copied with its own JPEG comment so every file has different bytes
// (a different SHA-256) but costs the same to decode. Generating 200 distinct 24 MP JPEGs would
// take longer than the measurement and measure nothing extra.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createDispatcher } from '../main/api/dispatcher.js';
import { createHandlers } from '../main/api/handlers.js';
import { MediaLibrary } from '../main/services/media/mediaLibrary.js';
import { makeThumbnail } from '../main/services/media/thumbnail.js';
import { createServices } from '../main/services/services.js';
import { MemorySettings } from '../main/services/settings/settingsStore.js';
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

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'ktav-bench-media-'));
  try {
    const inDir = join(root, 'in');
    await mkdir(inDir);
    process.stdout.write(`Generating ${COUNT} pictures (${SIZES.map(([w, h]) => `${((w * h) / 1e6).toFixed(0)} MP`).join(', ')})…\n`);
    const bases: Buffer[] = [];
    for (const [w, h] of SIZES) for (let s = 0; s < BASES_PER_SIZE; s++) bases.push(await basePicture(w, h, s + bases.length));
    const files: string[] = [];
    let totalBytes = 0;
    let totalPixels = 0;
    for (let i = 0; i < COUNT; i++) {
      const bytes = withComment(bases[i % bases.length]!, `ktav bench picture ${i}`);
      const path = join(inDir, `picture-${String(i).padStart(3, '0')}.jpg`);
      await writeFile(path, bytes);
      files.push(path);
      totalBytes += bytes.length;
      const [w, h] = SIZES[Math.floor((i % bases.length) / BASES_PER_SIZE)]!;
      totalPixels += w * h;
    }

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
    let baselineMs = 0;
    let ktavMs = 0;
    for (const [i, f] of files.entries()) {
      baselineLoop.resume();
      let t = performance.now();
      await writeFile(join(baseOut, `${i}.webp`), await makeThumbnail(await readFile(f)));
      baselineMs += performance.now() - t;
      baselineLoop.pause();
      ktavLoop.resume();
      t = performance.now();
      const [outcome] = await library.importFiles([f]);
      ktavMs += performance.now() - t;
      ktavLoop.pause();
      if (!outcome?.ok) throw new Error(`${f} failed to import`);
      if ((i + 1) % 20 === 0) process.stdout.write(`  ${i + 1}/${COUNT}\n`);
    }
    const baselineStall = baselineLoop.result();
    const cliStall = ktavLoop.result();

    // The window's path: base64 through the dispatcher, as `ktav.media.import` sends it.
    const services = await createServices(join(root, 'repo-window'), new MemorySettings());
    const dispatch = createDispatcher(createHandlers(services, { shell: 'browser', version: 'bench' }), { language: () => 'he' });
    const sample = files.slice(0, Math.min(VIA_WINDOW, files.length));
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

    const overhead = ktavMs / baselineMs - 1;
    const stallOk = Math.max(cliStall.maxMs, windowStall.maxMs) <= 50;
    const lines = [
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${(await import('node:os')).cpus().length} cores (shared).`,
      `${COUNT} JPEGs, ${(totalPixels / COUNT / 1e6).toFixed(1)} MP on average (12–24 MP), ${(totalBytes / 1024 / 1024).toFixed(0)} MB in all.`,
      '',
      '| step | time | per picture |',
      '|---|---|---|',
      `| baseline: sharp alone makes the same WebP thumbnails (taking turns with Ktav) | ${fmt(baselineMs)} | ${(baselineMs / COUNT).toFixed(0)} ms |`,
      `| Ktav import (\`ktav media import\`): hash, probe, thumbnail, metadata, durable writes | ${fmt(ktavMs)} | ${(ktavMs / COUNT).toFixed(0)} ms |`,
      `| Ktav import through the window's call (base64), first ${sample.length} | ${fmt(windowMs)} | ${(windowMs / sample.length).toFixed(0)} ms |`,
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
