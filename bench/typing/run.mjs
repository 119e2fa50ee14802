// `npm run bench:typing`: bundles the typing benchmark (Node side and the pages of bare
// ProseMirror and Lexical) with esbuild, runs the whole of it three times, and rewrites the typing
// section of bench/RESULTS.md with each run and the spread of the runs (not the best run).
// Options: --runs N (default 3), --keys N (per round, default 250), --rounds N (default 3: a p95
// of 750 keys), --sizes 10000,30000, --pause-every N (default 50 keys; 0: no pauses), --pause-ms N (600).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'bench', 'out');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    keys: { type: 'string' },
    rounds: { type: 'string' },
    sizes: { type: 'string' },
    'pause-every': { type: 'string' },
    'pause-ms': { type: 'string' },
  },
});

await build({ entryPoints: [join(here, 'typingBench.ts')], outfile: join(out, 'typingBench.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
await build({ entryPoints: [join(here, 'barePage.ts')], outfile: join(out, 'bare.js'), bundle: true, platform: 'browser', format: 'iife', logLevel: 'warning' });
// Lexical as a site would ship it: its production build.
await build({
  entryPoints: [join(here, 'lexicalPage.ts')],
  outfile: join(out, 'lexical.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  logLevel: 'warning',
});
const buildConfig = await import(pathToFileURL(join(root, 'build.config.mjs')).href);
await buildConfig.ensureBuilt();

const bench = await import(pathToFileURL(join(out, 'typingBench.mjs')).href);
const options = {
  root,
  bareScript: join(out, 'bare.js'),
  lexicalScript: join(out, 'lexical.js'),
  sizes: (values.sizes ?? '10000,30000').split(',').map(Number),
  keys: Number(values.keys ?? 250),
  rounds: Number(values.rounds ?? 3),
  warmup: 20,
  pauseEvery: Number(values['pause-every'] ?? 50),
  pauseMs: Number(values['pause-ms'] ?? 600),
};
const runs = [];
const count = Number(values.runs ?? 3);
for (let r = 0; r < count; r++) {
  console.log(`Run ${r + 1} of ${count}`);
  runs.push(await bench.runTypingBench(options));
}
await bench.writeSection(join(root, 'bench', 'RESULTS.md'), 'typing', bench.typingSection(runs, options));
console.log('bench/RESULTS.md updated.');
