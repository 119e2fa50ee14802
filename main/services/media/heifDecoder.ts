// HEIF pictures that sharp cannot decode, above all HEVC-coded HEIC (what every iPhone takes):
// sharp's prebuilt libvips has no HEVC decoder. They are decoded by libheif compiled to
// WebAssembly (`libheif-js`, with libde265 for HEVC), which runs the same in Node and Electron
// on every platform. The decoder runs in a worker thread: a 12 MP photo takes seconds in
// WebAssembly, which on main would freeze the window. The worker, and libheif with it, start
// when the first HEIF picture arrives; importing this module loads neither.
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Pixels as sharp takes them for raw input: 8 bits per channel, rows without padding. */
export interface DecodedPixels {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array;
}

/**
 * libheif refused the file. `damaged` when the file itself is broken (cut short, boxes missing,
 * a coded picture that does not decode); otherwise the file may be sound but uses something
 * this decoder lacks, and `message` is libheif's own reason.
 */
export class HeifDecodeError extends Error {
  constructor(
    readonly damaged: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'HeifDecodeError';
  }
}

// libheif's error codes (heif_error_code) that mean the file is broken rather than unsupported.
const INVALID_INPUT = 2;
const DECODER_PLUGIN_ERROR = 7;

// Plain JavaScript, run with `eval` so that the same code serves the sources (tests, benches)
// and the bundled app: a worker file would have to be found beside whichever chunk loads this.
// libheif applies the file's rotation and mirroring (irot/imir) while decoding, so the pixels
// come out upright and carry no orientation for sharp to apply a second time.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const lib = require(workerData.libheif);
const fail = (error) => ({ ok: false, code: error.code.value, message: String(error.message) });
async function handle({ bytes, decode }) {
  const ctx = lib.heif_context_alloc();
  try {
    const read = lib.heif_context_read_from_memory(ctx, bytes);
    if (read.code.value !== 0) return fail(read);
    const handle = lib.heif_js_context_get_primary_image_handle(ctx);
    if (handle.code) return fail(handle);
    try {
      const width = lib.heif_image_handle_get_width(handle);
      const height = lib.heif_image_handle_get_height(handle);
      if (!decode) return { ok: true, width, height };
      const channels = lib.heif_image_handle_has_alpha_channel(handle) ? 4 : 3;
      const chroma = channels === 4 ? lib.heif_chroma.heif_chroma_interleaved_RGBA : lib.heif_chroma.heif_chroma_interleaved_RGB;
      const image = await lib.heif_js_decode_image2(handle, lib.heif_colorspace.heif_colorspace_RGB, chroma);
      if (image.code) return fail(image);
      try {
        const plane = image.channels.find((c) => c.id.value === lib.heif_channel.heif_channel_interleaved.value);
        const row = plane.width * channels;
        const data = new Uint8Array(row * plane.height);
        for (let y = 0; y < plane.height; y++) data.set(plane.data.subarray(y * plane.stride, y * plane.stride + row), y * row);
        return { ok: true, width: plane.width, height: plane.height, channels, data };
      } finally {
        lib.heif_image_release(image.image);
      }
    } finally {
      lib.heif_image_handle_release(handle);
    }
  } finally {
    lib.heif_context_free(ctx);
  }
}
parentPort.on('message', async ({ seq, bytes, decode }) => {
  let reply;
  try {
    reply = await handle({ bytes, decode });
  } catch (error) {
    reply = { ok: false, code: -1, message: String(error && error.message) };
  }
  parentPort.postMessage({ seq, ...reply }, reply.data ? [reply.data.buffer] : []);
});
`;

type Reply = { seq: number } & ({ ok: true; width: number; height: number; channels?: 3 | 4; data?: Uint8Array } | { ok: false; code: number; message: string });

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (reply: Reply) => void>();

/** In a packaged app libheif is unpacked beside the asar archive: a worker thread cannot read inside it. */
function libheifPath(): string {
  const path = createRequire(import.meta.url).resolve('libheif-js/wasm-bundle');
  return path.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
}

function ask(bytes: Uint8Array, decode: boolean): Promise<Reply> {
  if (!worker) {
    const started = new Worker(WORKER, { eval: true, workerData: { libheif: libheifPath() } });
    started.on('message', (reply: Reply) => {
      const resolve = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      // An idle decoder must not keep a command-line run alive; a busy one must, until it answers.
      if (waiting.size === 0) started.unref();
      resolve?.(reply);
    });
    const lost = (message: string) => {
      if (worker === started) worker = null;
      for (const [n, resolve] of waiting) resolve({ seq: n, ok: false, code: -1, message });
      waiting.clear();
    };
    started.on('error', (error) => lost(error.message));
    started.on('exit', () => lost('the HEIF decoder stopped'));
    worker = started;
  }
  worker.ref();
  const n = ++seq;
  const reply = new Promise<Reply>((resolve) => waiting.set(n, resolve));
  // A copy goes to the worker: the caller keeps its bytes (they are also stored as the original).
  worker.postMessage({ seq: n, bytes, decode });
  return reply;
}

function refusal(reply: Extract<Reply, { ok: false }>): HeifDecodeError {
  return new HeifDecodeError(reply.code === INVALID_INPUT || reply.code === DECODER_PLUGIN_ERROR, reply.message.trim());
}

/** The primary picture's size as displayed (after rotation), read from the header without decoding. */
export async function readHeifSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const reply = await ask(bytes, false);
  if (!reply.ok) throw refusal(reply);
  return { width: reply.width, height: reply.height };
}

/** The primary picture, decoded and upright. */
export async function decodeHeif(bytes: Uint8Array): Promise<DecodedPixels> {
  const reply = await ask(bytes, true);
  if (!reply.ok) throw refusal(reply);
  if (!reply.data || !reply.channels) throw new HeifDecodeError(true, 'no picture data');
  return { width: reply.width, height: reply.height, channels: reply.channels, data: reply.data };
}
