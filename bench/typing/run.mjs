// `npm run bench:typing`: bundles the typing benchmark (Node side and the bare ProseMirror page)
// with esbuild, runs it, and rewrites the typing section of bench/RESULTS.md.
// Options: --keys N (per round, default 250), --rounds N (default 3: a p95 of 750 keys), --sizes 10000,30000.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'bench', 'out');
const { values } = parseArgs({ options: { keys: { type: 'string' }, rounds: { type: 'string' }, sizes: { type: 'string' } } });

await build({ entryPoints: [join(here, 'typingBench.ts')], outfile: join(out, 'typingBench.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
await build({ entryPoints: [join(here, 'barePage.ts')], outfile: join(out, 'bare.js'), bundle: true, platform: 'browser', format: 'iife', logLevel: 'warning' });
const buildConfig = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
await buildConfig.ensureBuilt();

const bench = await import(pathToFileURL(join(out, 'typingBench.mjs')).href);
const section = await bench.runTypingBench({
  root,
  bareScript: join(out, 'bare.js'),
  sizes: (values.sizes ?? '10000,30000').split(',').map(Number),
  keys: Number(values.keys ?? 250),
  rounds: Number(values.rounds ?? 3),
  warmup: 20,
});
await bench.writeSection(join(root, 'bench', 'RESULTS.md'), 'typing', section);
console.log('bench/RESULTS.md updated.');
