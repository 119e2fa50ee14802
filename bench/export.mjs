// `npm run bench:export`: bundles bench/exportBench.ts with esbuild (the same way the CLI is
// built) and runs it. Environment: BENCH_PICTURES (10), BENCH_MEGAPIXELS (24), BENCH_RUNS (2).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out', 'exportBench.mjs');
await build({
  entryPoints: [join(here, 'exportBench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  define: { 'import.meta.dirname': JSON.stringify(here) },
});
await import(pathToFileURL(out).href);
