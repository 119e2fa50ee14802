// Serves the app's files and the repository's pictures to a window, for both shells: the
// Electron shell behind `ktav://app/`, the browser shell behind `http://ktav.localhost/`.
// Only known files are served: no folder listings, no paths outside the two roots.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export interface AssetResponse {
  status: number;
  contentType: string;
  body: Buffer;
  headers: Record<string, string>;
}

/** The page's Content Security Policy: nothing but our own origin, no inline script, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.heic': 'image/heic',
  '.tif': 'image/tiff',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

// Media are content-addressed: a SHA-256 and an extension, or a thumbnail of one.
const MEDIA_NAME = /^[a-f0-9]{64}(\.thumb)?\.(jpg|jpeg|png|webp|avif|heic|tif)$/;

export interface AssetRoots {
  /** The built renderer (dist/renderer). */
  appDir: string;
  /** The repository's media folder. */
  mediaDir: () => string;
}

export function createAssetHandler(roots: AssetRoots) {
  return async function handle(pathname: string): Promise<AssetResponse> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return notFound();
    }
    if (decoded.startsWith('/media/')) {
      const name = decoded.slice('/media/'.length);
      if (!MEDIA_NAME.test(name)) return notFound();
      return serve(join(roots.mediaDir(), name));
    }
    const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
    const full = normalize(join(roots.appDir, rel));
    if (full !== roots.appDir && !full.startsWith(roots.appDir + sep)) return notFound();
    return serve(full);
  };
}

async function serve(file: string): Promise<AssetResponse> {
  try {
    const body = await readFile(file);
    return {
      status: 200,
      contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      body,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    };
  } catch {
    return notFound();
  }
}

function notFound(): AssetResponse {
  return { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from('Not found'), headers: {} };
}
