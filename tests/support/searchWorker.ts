// The search worker built from its sources, as the app's build makes it, for tests that run the
// index in a real worker thread.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildSearchWorker(dir: string): Promise<string> {
  const workerPath = join(dir, 'searchWorker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'main', 'services', 'search', 'searchWorker.ts')],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return workerPath;
}
