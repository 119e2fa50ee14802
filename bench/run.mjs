// Runs a TypeScript benchmark: bundles it with esbuild into bench/out/ (packages stay
// external), then imports it. `node bench/run.mjs bench/media-import.ts`.
import { build } from 'esbuild';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = resolve(process.argv[2] ?? '');
const outfile = join(here, 'out', basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning', define: { 'import.meta.dirname': JSON.stringify(here) } });
await import(pathToFileURL(outfile).href);
